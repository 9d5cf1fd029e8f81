/**
 * The results folder (`--out`), checked before any work: a non-empty path whose parent is an existing, writable
 * folder, and which is absent (then created) or a folder. The runner writes only into a folder it created (marked by
 * {@link MARKER_FILE}), an empty one, or one that holds the results of an earlier run of this runner (index.html,
 * plotly.min.js and experiment folders only); any other folder is refused unless `force`, so that `--out ''` or
 * `--out ~` never overwrites someone's index.html.
 *
 * @see arXiv:2407.09375
 */
import { constants } from 'node:fs';
import { access, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { TEMP_FILE_PATTERN, writeFileAtomic } from '../../src/util/writeFileAtomic.ts';
import { errorText } from '../claims/index.ts';
import { LOCK_FILE, MARKER_FILE, RESULT_FILE, ERROR_FILE, STEP_CHECKPOINTS_DIR } from './outputLayout.ts';

function outError(out: string, what: string): RangeError {
  return new RangeError(`runExperiments: --out ${JSON.stringify(out)} ${what}`);
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether a non-empty folder without the marker holds exactly what an earlier run of the runner wrote. */
async function looksLikeEarlierResults(dir: string, names: string[]): Promise<boolean> {
  if (!names.includes('index.html') || !names.includes('plotly.min.js')) return false;
  for (const name of names) {
    if (['index.html', 'plotly.min.js', LOCK_FILE].includes(name) || TEMP_FILE_PATTERN.test(name)) continue;
    const inner = await readdir(join(dir, name)).catch(() => undefined);
    if (inner === undefined) return false;
    if (![RESULT_FILE, ERROR_FILE, STEP_CHECKPOINTS_DIR].some((n) => inner.includes(n))) return false;
  }
  return true;
}

/**
 * Checks `out` and makes it the runner's: creates it when absent (its parent must exist), refuses a file, a missing or
 * read-only parent, or a folder with other content (unless `force`), and writes the marker.
 *
 * @param out - the results folder as given (relative to the working directory)
 * @param force - also write into a non-empty folder the runner did not create @default false
 * @returns the absolute folder
 * @throws RangeError naming --out and the reason (before any work is done)
 * @example const dir = await prepareOutFolder('results')
 */
export async function prepareOutFolder(out: string, force = false): Promise<string> {
  if (typeof out !== 'string' || out.trim() === '') {
    throw outError(String(out), 'must name a folder (an empty path would write into the working directory)');
  }
  const dir = resolve(out);
  const parent = dirname(dir);
  const parentStat = await statOrUndefined(parent).catch((e: unknown) => {
    throw outError(out, `cannot be checked: ${errorText(e)}`);
  });
  if (parentStat === undefined) throw outError(out, `is in a folder that does not exist (${parent})`);
  if (!parentStat.isDirectory()) throw outError(out, `is below ${parent}, which is not a folder`);
  const own = await statOrUndefined(dir).catch((e: unknown) => {
    throw outError(out, `cannot be checked: ${errorText(e)}`);
  });
  if (own === undefined) {
    try {
      await access(parent, constants.W_OK);
      await mkdir(dir);
    } catch (error) {
      throw outError(out, `cannot be created in ${parent}: ${errorText(error)}`);
    }
  } else if (!own.isDirectory()) {
    throw outError(out, 'exists and is not a folder');
  } else {
    const names = await readdir(dir).catch((e: unknown) => {
      throw outError(out, `cannot be read: ${errorText(e)}`);
    });
    const ours =
      names.includes(MARKER_FILE) || names.length === 0 || (await looksLikeEarlierResults(dir, names));
    if (!ours && !force) {
      const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', ...' : '');
      throw outError(
        out,
        `is a folder with other content (${names.length} entries: ${shown}) that this runner did not create; ` +
          'give a new or empty folder, or --force to write into it anyway',
      );
    }
  }
  try {
    await writeFileAtomic(join(dir, MARKER_FILE), 'hippo-prophecy results folder (written by the runner)\n');
  } catch (error) {
    throw outError(out, `is not writable: ${errorText(error)}`);
  }
  return dir;
}
