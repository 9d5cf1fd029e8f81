/**
 * The files of a finished experiment: result.json ({ meta, result, types }: reproducible, no timings), run.json (the
 * run record: timings, workers, Node, checkpoint counts, the SHA-256 of result.json) and claims.json, and how the
 * runner reads them back. Claims are always recomputed from result.json by the current code; claims.json is their
 * copy for readers, never an input.
 *
 * @see arXiv:2407.09375
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Claim, Experiment, Scale } from '../types.ts';
import { errorClaim } from '../claims/index.ts';
import { sha256 } from './codeHash.ts';
import { computeClaims } from './computeClaims.ts';
import { toResultJson } from './jsonEncoding.ts';
import { RESULT_FILE, RUN_FILE } from './outputLayout.ts';
import { decodeResult, type EncodedResult } from './resultEncoding.ts';

/** How result.json writes numbers (stated in its meta). */
export const NUMBERS_NOTE =
  'typed arrays as arrays; NaN, Infinity, -Infinity as the strings "NaN", "Infinity", "-Infinity"; `types` gives ' +
  'the class of each typed array and marks each non-finite number (JSON Pointer -> type); numbers under a key ' +
  '"seconds" are timings, kept in run.json';

/** result.json's meta: what was run (no timings: the file is identical between two runs of one seed). */
export interface ResultMeta {
  id: string;
  title: string;
  reproduces: string;
  scale: Scale;
  seed: number;
  version: string;
  params: unknown;
  stamp: unknown;
  status: 'finished';
  numbers: string;
}

/** run.json: how the run went. */
export interface RunRecord {
  id: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  workers: number;
  node: string;
  checkpoints: { computed: number; reused: number };
  /** JSON Pointer -> seconds, the timings taken out of the result */
  timings: Record<string, number>;
  /** SHA-256 of result.json's text */
  resultSha256: string;
}

/**
 * The text of result.json.
 *
 * @param meta - see {@link ResultMeta}
 * @param encoded - the result from encodeResult (its timings go to run.json)
 * @returns the file text
 */
export function resultText(meta: ResultMeta, encoded: EncodedResult): string {
  return toResultJson({ meta, result: encoded.plain, types: encoded.types });
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A finished run read back from disk. */
export interface StoredRun {
  meta: ResultMeta;
  /** the run record, undefined when it is missing or does not match result.json */
  run?: RunRecord;
  /** why the run record was not accepted */
  runProblem?: string;
  /** the result, decoded (typed arrays, non-finite numbers and timings restored) */
  result?: unknown;
  /** why the result could not be decoded */
  decodeError?: unknown;
}

/**
 * Reads `<dir>/result.json` (status 'finished') and its run record.
 *
 * @param dir - the experiment's folder
 * @returns the stored run, or undefined when there is no finished result.json
 */
export async function readStoredRun(dir: string): Promise<StoredRun | undefined> {
  const text = await readText(join(dir, RESULT_FILE));
  if (text === undefined) return undefined;
  let file: { meta?: ResultMeta; result?: unknown; types?: Record<string, string> };
  try {
    file = JSON.parse(text) as typeof file;
  } catch {
    return undefined;
  }
  if (file?.meta?.status !== 'finished') return undefined;
  const stored: StoredRun = { meta: file.meta };
  const runText = await readText(join(dir, RUN_FILE));
  let run: RunRecord | undefined;
  try {
    run = runText === undefined ? undefined : (JSON.parse(runText) as RunRecord);
  } catch {
    run = undefined;
  }
  if (run === undefined) stored.runProblem = `${RUN_FILE} is missing or unreadable`;
  else if (run.resultSha256 !== sha256(text))
    stored.runProblem = `${RESULT_FILE} does not match the checksum in ${RUN_FILE} (edited or corrupt)`;
  else stored.run = run;
  try {
    stored.result = decodeResult(file.result, file.types ?? {}, stored.run?.timings ?? {});
  } catch (error) {
    stored.decodeError = error;
  }
  return stored;
}

/**
 * The claims of a stored run, recomputed by the current code (a result that cannot be decoded is a failed claim).
 *
 * @param exp - the experiment
 * @param stored - from {@link readStoredRun}
 * @returns the claims
 */
export function recomputeClaims(exp: Experiment, stored: StoredRun): Claim[] {
  if (stored.decodeError !== undefined)
    return [errorClaim('result.json', 'decoding result.json', stored.decodeError)];
  return computeClaims(exp, stored.result, stored.meta.scale);
}
