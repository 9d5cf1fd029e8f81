/**
 * The plotly.js bundle shared by all figure pages of a results folder: copied once to `<out>/plotly.min.js`
 * (about 4.8 MB) instead of being inlined in every figure file.
 *
 * @see arXiv:2407.09375
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isModuleNotFound, MissingPeerError, PLOTLY_PEER } from '../../util/optionalPeer.ts';
import { writeFileAtomic } from '../../util/writeFileAtomic.ts';

/** File name of the shared bundle inside the results folder. */
export const PLOTLY_FILE_NAME = 'plotly.min.js';

/**
 * Absolute path of plotly.js-dist-min's bundle in node_modules.
 *
 * @throws MissingPeerError (naming the install command) when plotly.js-dist-min is not installed
 */
export function plotlyBundlePath(): string {
  try {
    return createRequire(import.meta.url).resolve(PLOTLY_PEER.name);
  } catch (error) {
    if (isModuleNotFound(error, PLOTLY_PEER.name)) throw new MissingPeerError(PLOTLY_PEER, error);
    throw error;
  }
}

/**
 * Copies the plotly bundle to `<outDir>/plotly.min.js` unless an identical-size copy is already there.
 *
 * @returns the path of the copy
 */
export async function copyPlotlyAsset(outDir: string): Promise<string> {
  const source = plotlyBundlePath();
  const target = join(outDir, PLOTLY_FILE_NAME);
  const [src, dst] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  if (dst === undefined || dst.size !== src.size) await writeFileAtomic(target, await readFile(source));
  return target;
}
