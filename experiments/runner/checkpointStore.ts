/**
 * Resumable steps of an experiment: `checkpoint(key, compute)` stores the computed value atomically under
 * `<dir>/<key>.json` together with a stamp (experiment id, scale, seed, version, parameters, code) and a SHA-256
 * checksum of the payload; a later run with the same stamp reads it back instead of recomputing. A checkpoint with
 * another stamp (e.g. written at another scale) is recomputed and overwritten, never reused; one whose payload does
 * not match its checksum (edited, corrupt) or that is not readable is recomputed too, and `onInvalid` names the file.
 *
 *   <key>.json: { stamp, sha256, value }     value: encodeLossless text, sha256 = SHA-256(value)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/util/writeFileAtomic.ts';
import { sha256 } from './codeHash.ts';
import { decodeLossless, encodeLossless } from './jsonEncoding.ts';

/** A checkpoint store with counters (for reports and tests). */
export interface CheckpointStore {
  checkpoint<T>(key: string, compute: () => Promise<T> | T): Promise<T>;
  /** number of keys computed in this run */
  readonly computed: number;
  /** number of keys read back from an earlier run */
  readonly reused: number;
}

/** Keys are file names: letters, digits, '.', '_', '-' (no path separators), 1 to 200 characters. */
export const CHECKPOINT_KEY = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

/**
 * A store writing into `dir` (created on first write).
 *
 * @param dir - checkpoint folder, normally `<out>/<id>/checkpoints`
 * @param stamp - JSON-able description of the run; a stored checkpoint is reused only when its stamp is equal
 * @param onInvalid - told (with the file's path) about a stored checkpoint that is recomputed because it is unreadable
 *   or fails its checksum @default ignore
 * @example const store = createCheckpointStore('results/a/checkpoints', { scale: 'quick', seed: 0 })
 */
export function createCheckpointStore(
  dir: string,
  stamp: Record<string, unknown>,
  onInvalid: (message: string) => void = () => {},
): CheckpointStore {
  const stampText = JSON.stringify(stamp);
  const pending = new Map<string, Promise<unknown>>();
  let computed = 0;
  let reused = 0;

  async function load(key: string): Promise<{ found: boolean; value?: unknown }> {
    const file = join(dir, `${key}.json`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { found: false };
    }
    const invalid = (why: string) => {
      onInvalid(`checkpoint ${file}: ${why}; recomputed`);
      return { found: false };
    };
    let stored: { stamp?: unknown; sha256?: unknown; value?: unknown };
    try {
      stored = JSON.parse(text) as typeof stored;
    } catch {
      return invalid('not valid JSON (truncated or edited)');
    }
    if (JSON.stringify(stored?.stamp) !== stampText) return { found: false }; // another run's: overwritten
    if (typeof stored.value !== 'string' || stored.sha256 !== sha256(stored.value))
      return invalid('checksum mismatch (edited or corrupt)');
    try {
      return { found: true, value: decodeLossless(stored.value) };
    } catch (error) {
      return invalid(`payload not decodable (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  async function run<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
    const hit = await load(key);
    if (hit.found) {
      reused++;
      return hit.value as T;
    }
    const value = await compute();
    const encoded = encodeLossless(value);
    await writeFileAtomic(
      join(dir, `${key}.json`),
      JSON.stringify({ stamp, sha256: sha256(encoded), value: encoded }),
    );
    computed++;
    // hand back the decoded copy so a fresh run and a resumed run see exactly the same data
    return decodeLossless(encoded) as T;
  }

  return {
    checkpoint<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
      if (typeof key !== 'string' || !CHECKPOINT_KEY.test(key)) {
        return Promise.reject(
          new RangeError(
            `checkpoint: key must match ${CHECKPOINT_KEY} (a file name without path separators), got ${JSON.stringify(key)}`,
          ),
        );
      }
      // the same key requested twice concurrently is computed once
      let p = pending.get(key);
      if (p === undefined) {
        p = run(key, compute);
        pending.set(key, p);
        p.catch(() => pending.delete(key));
      }
      return p as Promise<T>;
    },
    get computed() {
      return computed;
    },
    get reused() {
      return reused;
    },
  };
}
