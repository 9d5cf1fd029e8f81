/**
 * Atomic file writes: the data goes to a temporary file in the target's directory, is flushed to disk, then
 * renamed over the target, so a reader (or a run killed midway) sees either the old file whole or the new one whole.
 *
 * @see arXiv:2407.09375
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Names of the temporary files {@link writeFileAtomic} creates: `.<name>.<pid>.<8 hex>.tmp`. */
export const TEMP_FILE_PATTERN = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Writes `data` to `path` atomically (temp file in the same directory + fsync + rename); creates the directory.
 *
 * @param path - target file
 * @param data - text (written as UTF-8) or bytes
 * @throws the underlying fs error (the temporary file is removed first)
 * @example await writeFileAtomic('results/a/result.json', '{}')
 * @see arXiv:2407.09375
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(tmp, 'w');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Removes temporary files left in `dir` by a writer that was killed between write and rename (only the
 * {@link TEMP_FILE_PATTERN} names, never anything else). Call it only when no other process writes into `dir`.
 *
 * @returns the number of files removed (0 when `dir` does not exist)
 */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((n) => TEMP_FILE_PATTERN.test(n));
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  return stale.length;
}
