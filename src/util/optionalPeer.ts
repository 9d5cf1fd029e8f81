/**
 * Loading of the optional peer dependencies (TensorFlow.js, plotly.js, playwright-core): the core of the package
 * never needs them, so they are not installed with it. When one is missing, the code that needs it stops with an
 * error that names the exact `npm install` command instead of Node's bare "Cannot find package".
 */

/** An optional peer: its package name and the install command that provides it. */
export interface OptionalPeer {
  /** package name as imported, e.g. '@tensorflow/tfjs' */
  readonly name: string;
  /** what needs it, for the message, e.g. 'hippo-prophecy/train' */
  readonly neededBy: string;
  /** the command that installs it (with every package it needs), e.g. 'npm install @tensorflow/tfjs@^4.22.0' */
  readonly install: string;
}

/** Error thrown when an optional peer dependency is not installed; `peer` says which and how to install it. */
export class MissingPeerError extends Error {
  readonly peer: OptionalPeer;
  constructor(peer: OptionalPeer, cause: unknown) {
    super(
      `${peer.neededBy} needs the optional peer dependency ${peer.name}, which is not installed: run \`${peer.install}\``,
      {
        cause,
      },
    );
    this.name = 'MissingPeerError';
    this.peer = peer;
  }
}

/** True when `error` says that the module `name` itself (not something it imports) could not be found. */
export function isModuleNotFound(error: unknown, name: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  const notFound =
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    /Cannot find (module|package)|Failed to resolve module specifier|Module not found|not found in import map/i.test(
      text,
    );
  return notFound && text.includes(name);
}

/**
 * Imports an optional peer, turning "module not found" into a {@link MissingPeerError} that names the install
 * command; any other failure (a broken install) is rethrown as it is.
 *
 * @param peer - which package, what needs it, and its install command
 * @param load - the import, written at the call site (`() => import('@tensorflow/tfjs')`) so bundlers see it
 * @returns the module namespace
 * @throws MissingPeerError when the package is not installed
 * @example
 * ```ts
 * const peer = { name: 'no-such-package-xyz', neededBy: 'this example', install: 'npm install no-such-package-xyz' };
 * const message = await importOptionalPeer(peer, () => import(peer.name)).catch((e: Error) => e.message);
 * message.includes('npm install no-such-package-xyz');
 * ```
 * @see arXiv:2407.09375
 */
export async function importOptionalPeer<T>(peer: OptionalPeer, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isModuleNotFound(error, peer.name)) throw new MissingPeerError(peer, error);
    throw error;
  }
}

/** TensorFlow.js with its WebAssembly backend: the peer of `hippo-prophecy/train`. */
export const TFJS_PEER: OptionalPeer = Object.freeze({
  name: '@tensorflow/tfjs',
  neededBy: 'hippo-prophecy/train',
  install: 'npm install @tensorflow/tfjs@^4.22.0 @tensorflow/tfjs-backend-wasm@^4.22.0',
});

/** The WebAssembly backend of TensorFlow.js (installed with {@link TFJS_PEER}'s command). */
export const TFJS_WASM_PEER: OptionalPeer = Object.freeze({
  name: '@tensorflow/tfjs-backend-wasm',
  neededBy: 'the wasm training backend of hippo-prophecy/train',
  install: 'npm install @tensorflow/tfjs-backend-wasm@^4.22.0',
});

/** plotly.js, whose bundle the figure pages of `reproduce` load. */
export const PLOTLY_PEER: OptionalPeer = Object.freeze({
  name: 'plotly.js-dist-min',
  neededBy: 'the figure pages of hippo-prophecy reproduce',
  install: 'npm install plotly.js-dist-min@^4.1.2',
});

/** playwright-core, which drives a Chromium to export figures as PNG. */
export const PLAYWRIGHT_PEER: OptionalPeer = Object.freeze({
  name: 'playwright-core',
  neededBy: 'the PNG export of hippo-prophecy reproduce',
  install: 'npm install playwright-core@^1.40.0 (and a Chromium, e.g. apt-get install chromium)',
});
