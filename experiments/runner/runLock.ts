/**
 * One run per results folder: a lock file `<out>/.hippo-prophecy-lock` holding { pid, host, startedAt, command },
 * created exclusively (O_EXCL). A second run into the same folder refuses, naming the holder; a lock left by a run
 * that died (same host, process gone) or an unreadable one is stale and taken over. A lock of another host cannot be
 * checked and is refused with the path to remove.
 *
 * @see arXiv:2407.09375
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from './outputLayout.ts';

/** What a lock file holds. */
export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

/** A held lock. */
export interface RunLock {
  /** the lock file */
  readonly path: string;
  /** removes the lock file if it is still ours (idempotent) */
  release(): Promise<void>;
  /** the same, synchronously (for a signal handler that exits right after) */
  releaseSync(): void;
}

/** Whether process `pid` exists on this host (EPERM: it exists but belongs to another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<{ text: string; info?: LockInfo } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    if (Number.isInteger(info.pid) && typeof info.host === 'string') return { text, info };
  } catch {
    // unreadable: a writer died between create and write
  }
  return { text };
}

/**
 * Takes the lock of results folder `dir`.
 *
 * @param dir - the results folder (absolute)
 * @param out - the folder as the user gave it, for messages
 * @returns the held lock
 * @throws Error naming the folder, the holder (pid, host, start time) and the lock file when another live run holds it
 * @example const lock = await acquireRunLock('/abs/results', 'results'); try { ... } finally { await lock.release() }
 */
export async function acquireRunLock(dir: string, out: string): Promise<RunLock> {
  const path = join(dir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' '),
  };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const ours = () => {
        try {
          return readFileSync(path, 'utf8') === text;
        } catch {
          return false;
        }
      };
      return {
        path,
        async release() {
          if (ours()) await rm(path, { force: true });
        },
        releaseSync() {
          if (ours()) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = await readLock(path);
    if (held === undefined) continue; // removed meanwhile: try again
    const info = held.info;
    const stale = info === undefined || (info.host === mine.host && !processAlive(info.pid));
    if (!stale) {
      const where =
        info.host === mine.host ? '' : ` on host ${info.host} (its process cannot be checked from here)`;
      throw new Error(
        `runExperiments: --out ${JSON.stringify(out)} is in use by another run (pid ${info.pid}${where}, started ` +
          `${info.startedAt}): wait until it finishes; if no such run is alive any more, remove ${path}`,
      );
    }
    // stale: remove it unless someone replaced it meanwhile, then try again
    const again = await readLock(path);
    if (again?.text === held.text) await rm(path, { force: true });
  }
  throw new Error(`runExperiments: could not take the lock ${path} (another run keeps replacing it)`);
}
