/**
 * Backend selection for the tfjs training code: tfjs-node (native TensorFlow) when it is installed, else the
 * WebAssembly backend, else the plain JavaScript cpu backend. tfjs-node is an optionalDependency that cannot install
 * offline, so it is only ever reached through a dynamic import that may fail.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { importOptionalPeer, TFJS_WASM_PEER } from '../util/optionalPeer.ts';
import { tf } from './tf.ts';

/** The tfjs backends this package can run on, fastest first. */
export const BACKENDS = ['tensorflow', 'wasm', 'cpu'] as const;

/** A tfjs backend name: 'tensorflow' is tfjs-node. */
export type BackendName = (typeof BACKENDS)[number];

/** A backend request: 'auto' picks the first of BACKENDS that initialises. */
export type BackendChoice = 'auto' | BackendName;

/** Options of {@link selectBackend}. */
export interface SelectBackendOptions {
  /** which backend to use; 'auto' tries tensorflow, wasm, cpu in that order. @default 'auto' */
  backend?: BackendChoice;
  /** print the chosen backend (console.log) @default false */
  verbose?: boolean;
  /**
   * How tfjs-node is imported (tests inject a failing importer to check the fall-back).
   * @default () => import('@tensorflow/tfjs-node')
   */
  importNode?: () => Promise<unknown>;
}

/** What {@link selectBackend} did: the backend now active and why the ones before it were skipped. */
export interface BackendSelection {
  name: BackendName;
  skipped: { name: BackendName; reason: string }[];
}

// the specifier lives in a variable so that TypeScript does not require the (optional, absent) package's types
const TFJS_NODE = '@tensorflow/tfjs-node';
const defaultImportNode = (): Promise<unknown> => import(TFJS_NODE);

let wasmRegistered: Promise<void> | undefined;

/**
 * Registers the wasm backend and points it at the package's `dist/` folder: under Node the backend would otherwise
 * look for `tfjs-backend-wasm*.wasm` next to the running script, not inside node_modules.
 */
function registerWasm(): Promise<void> {
  wasmRegistered ??= (async () => {
    const wasm = await importOptionalPeer(TFJS_WASM_PEER, () => import('@tensorflow/tfjs-backend-wasm'));
    const require = createRequire(import.meta.url);
    const dist = path.join(
      path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
      'dist',
    );
    // a plain file path (with a trailing separator) is what the Node build of the loader reads with fs
    wasm.setWasmPaths(dist + path.sep);
  })();
  return wasmRegistered;
}

async function tryBackend(
  name: BackendName,
  importNode: () => Promise<unknown>,
): Promise<string | undefined> {
  try {
    if (name === 'tensorflow') {
      if (tf.findBackend('tensorflow') === null) await importNode();
      if (tf.findBackendFactory('tensorflow') === null && tf.findBackend('tensorflow') === null) {
        return 'tfjs-node loaded but registered no "tensorflow" backend (a second copy of tfjs-core?)';
      }
    } else if (name === 'wasm') {
      await registerWasm();
    }
    const ok = await tf.setBackend(name);
    if (!ok) return `tf.setBackend('${name}') returned false`;
    await tf.ready();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/**
 * Selects and initialises the tfjs backend: the requested one, or with 'auto' the first of tensorflow (tfjs-node),
 * wasm, cpu that initialises.
 *
 * @param options - see {@link SelectBackendOptions}
 * @returns the active backend and the reasons the earlier candidates were skipped
 * @throws RangeError for an unknown backend name; Error when a forced backend fails to initialise
 * @example const { name } = await selectBackend({ backend: 'cpu' }); // name === 'cpu'
 * @see arXiv:2407.09375
 */
export async function selectBackend(options: SelectBackendOptions = {}): Promise<BackendSelection> {
  const choice = options.backend ?? 'auto';
  const known: readonly string[] = ['auto', ...BACKENDS];
  if (typeof choice !== 'string' || !known.includes(choice)) {
    throw new RangeError(
      `selectBackend: backend must be one of ${known.join(', ')}; got ${JSON.stringify(choice)}`,
    );
  }
  // PROD mode silences the cpu backend's "install tfjs-node" banner; it changes no numerics
  tf.env().set('PROD', true);
  const importNode = options.importNode ?? defaultImportNode;
  const candidates: BackendName[] = choice === 'auto' ? [...BACKENDS] : [choice as BackendName];
  const skipped: BackendSelection['skipped'] = [];
  for (const name of candidates) {
    const reason = await tryBackend(name, importNode);
    if (reason === undefined) {
      if (options.verbose) console.log(`tfjs backend: ${name}`);
      return { name, skipped };
    }
    skipped.push({ name, reason });
  }
  const why = skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
  throw new Error(`selectBackend: no tfjs backend could be initialised (${why})`);
}

/**
 * The name of the active tfjs backend ('tensorflow', 'wasm' or 'cpu' once {@link selectBackend} ran).
 *
 * @example
 * ```ts
 * await selectBackend({ backend: 'cpu' });
 * activeBackend() === 'cpu';
 * ```
 */
export function activeBackend(): string {
  return tf.getBackend();
}

export { tf };
