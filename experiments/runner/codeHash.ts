/**
 * What the run stamp hashes besides the parameters: the code of an experiment's folder and its bound table.
 *
 * - code: SHA-256 over the files of `experiments/<id>/` (path and content, sorted; declaration files and source maps
 *   left out), the folder resolved from this module's own location, so it works in a checkout (`.ts`) and in the
 *   built package (`dist/experiments/<id>/*.js`) alike; 'none' when the experiment has no such folder (a test fixture).
 * - bounds: SHA-256 of the exported `BOUNDS` of `experiments/<id>/bounds` (or of its index), as JSON; 'none' when
 *   there is none.
 *
 * @see arXiv:2407.09375
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toPlainJson } from './jsonEncoding.ts';

/** SHA-256 (hex) of a text or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The folder holding the experiment folders: the parent of this module's folder. */
const EXPERIMENTS_DIR = fileURLToPath(new URL('../', import.meta.url));

/** The extension of this module (`.ts` in a checkout, `.js` in the build). */
const OWN_EXT = /\.(ts|js|mts|mjs)$/.exec(fileURLToPath(import.meta.url))?.[0] ?? '.ts';

const SKIPPED = /(\.d\.ts|\.map)$/;

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !SKIPPED.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * SHA-256 of the files of an experiment's folder, or 'none' when it has no folder.
 *
 * @param id - the experiment id (its folder name)
 * @param root - the folder holding the experiment folders @default this runner's `experiments/`
 * @returns the hex digest or 'none'
 * @example await experimentCodeHash('fig3-white-vs-n') // '3f0c...'
 */
export async function experimentCodeHash(id: string, root: string = EXPERIMENTS_DIR): Promise<string> {
  const dir = join(root, id);
  let files: string[];
  try {
    files = await filesBelow(dir);
  } catch {
    return 'none';
  }
  if (files.length === 0) return 'none';
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(dir, file).split('\\').join('/'));
    hash.update('\0');
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * SHA-256 of the experiment's exported bound table `BOUNDS` (from its bounds module, else its index), or 'none'.
 *
 * @param id - the experiment id (its folder name)
 * @param root - the folder holding the experiment folders @default this runner's `experiments/`
 * @returns the hex digest or 'none'
 * @example await boundTableHash('fig3-white-vs-n')
 */
export async function boundTableHash(id: string, root: string = EXPERIMENTS_DIR): Promise<string> {
  for (const name of ['bounds', 'index']) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(join(root, id, `${name}${OWN_EXT}`)).href)) as Record<
        string,
        unknown
      >;
    } catch {
      continue;
    }
    if (mod.BOUNDS !== undefined) return sha256(JSON.stringify(toPlainJson(mod.BOUNDS)));
  }
  return 'none';
}
