/**
 * One run per results folder: a lock file `<out>/.hippo-prophecy-lock` holding { pid, host, startedAt, command },
 * created exclusively (O_EXCL). A second run into the same folder refuses, naming the holder; a lock left by a run
 * that died (same host, process gone) or an unreadable one is stale and taken over. A lock of another host cannot be
 * checked and is refused with the path to remove.
 *
 * Sharded runs (`reproduce --shard i/n`) hold one lock per shard, `<out>/.hippo-prophecy-lock.shard-i-of-n`, so that
 * the n shards write into one folder side by side while a second process of the same shard on this host refuses. A
 * shard lock of another host is taken over with a note (the engine, Kubernetes or Slurm, starts a shard again only
 * when its first process is gone, on another node; units are written atomically, so even a live twin only repeats
 * work). A shard refuses while a live run or merge holds the folder lock, and a run or merge refuses while a shard of
 * this host is alive: each takes its own lock first, then looks for the other kind, so two of them starting together
 * cannot both go on.
 *
 * @see arXiv:2407.09375
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readdir, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE, LOCK_FILE_PATTERN } from './outputLayout.ts';

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

/** Options of {@link acquireRunLock}. */
export interface LockOptions {
  /** the lock file's name in the folder @default LOCK_FILE */
  name?: string;
  /** what to do with a lock held on another host: refuse, or take it over (shard locks) @default 'refuse' */
  otherHost?: 'refuse' | 'takeOver';
  /** told when a lock of another host is taken over @default ignore */
  note?: (text: string) => void;
}

function holderText(info: LockInfo, host: string): string {
  const where = info.host === host ? '' : ` on host ${info.host} (its process cannot be checked from here)`;
  return `pid ${info.pid}${where}, started ${info.startedAt}`;
}

/**
 * The locks of `dir` (the folder's and the shards') held by a live process of this host, or of another host (which
 * cannot be checked), but for `except`.
 *
 * @param dir - the results folder
 * @param kind - 'folder' for the folder lock only, 'shards' for the shard locks only
 * @returns the lock file names with their holders, e.g. ".hippo-prophecy-lock.shard-1-of-4 (pid 12, started ...)"
 */
export async function heldLocks(dir: string, kind: 'folder' | 'shards'): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter(
    (n) => LOCK_FILE_PATTERN.test(n) && (kind === 'folder') === (n === LOCK_FILE),
  );
  const host = hostname();
  const held: string[] = [];
  for (const name of names.sort()) {
    const info = (await readLock(join(dir, name)))?.info;
    if (info === undefined || (info.host === host && !processAlive(info.pid))) continue;
    if (kind === 'shards' && info.host !== host) continue; // a shard of another host is not waited for
    held.push(`${name} (${holderText(info, host)})`);
  }
  return held;
}

/**
 * Takes the lock of results folder `dir` (or, with `options.name`, one of its shard locks).
 *
 * @param dir - the results folder (absolute)
 * @param out - the folder as the user gave it, for messages
 * @param options - see {@link LockOptions}
 * @returns the held lock
 * @throws Error naming the folder, the holder (pid, host, start time) and the lock file when another live run holds it
 * @example const lock = await acquireRunLock('/abs/results', 'results'); try { ... } finally { await lock.release() }
 */
export async function acquireRunLock(dir: string, out: string, options: LockOptions = {}): Promise<RunLock> {
  const path = join(dir, options.name ?? LOCK_FILE);
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
    const dead = info === undefined || (info.host === mine.host && !processAlive(info.pid));
    const takeOver = !dead && info.host !== mine.host && options.otherHost === 'takeOver';
    if (!dead && !takeOver) {
      throw new Error(
        `runExperiments: --out ${JSON.stringify(out)} is in use by another run (${holderText(info, mine.host)}): ` +
          `wait until it finishes; if no such run is alive any more, remove ${path}`,
      );
    }
    if (takeOver) options.note?.(`lock ${path} of ${holderText(info, mine.host)}: taken over`);
    // stale: remove it unless someone replaced it meanwhile, then try again
    const again = await readLock(path);
    if (again?.text === held.text) await rm(path, { force: true });
  }
  throw new Error(`runExperiments: could not take the lock ${path} (another run keeps replacing it)`);
}
