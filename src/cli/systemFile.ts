/**
 * Reading LTI systems and signals (files or stdin, '-') for the `c2d` and `lsim` commands.
 *
 * @see arXiv:2407.09375
 */
import type { Matrix } from '../linalg/matrix.ts';
import { requireSystem } from '../lti/requireSystem.ts';
import type { LtiSystem } from '../lti/types.ts';
import { describeSource, readParsed, readTable } from './input/readInput.ts';

/** A parsed JSON value with its Float64Arrays turned into plain arrays (what the lti validators read). */
function plain(value: unknown): unknown {
  if (value instanceof Float64Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * A JSON value from a file or stdin ('-'), numeric arrays as plain arrays.
 *
 * @param option - the option name, for messages
 * @param path - a file, or '-'
 * @throws TypeError naming the option when the content is not JSON; Error when it cannot be read
 */
export async function readJsonFile(option: string, path: string): Promise<unknown> {
  const parsed = await readParsed(option, path);
  if (parsed.kind !== 'json') throw new TypeError(`${describeSource(option, path)}: expected JSON`);
  return plain(parsed.value);
}

/**
 * A state-space system from JSON { A, B, C, D, dt }: nested arrays (B and C may be flat for one input / output, D a
 * number or omitted for zeros), dt a number for a discrete system, absent or null for a continuous one. The names
 * Ad, Bd, Cd, Dd (what `c2d --json` prints, inside its envelope) are read as A, B, C, D.
 *
 * @param option - the option name, for messages
 * @param path - the file, or '-' for stdin
 * @returns the validated system
 * @throws TypeError / RangeError naming the file and the offending entry
 */
export async function readSystemFile(option: string, path: string): Promise<LtiSystem> {
  const source = describeSource(option, path);
  const raw = await readJsonFile(option, path);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TypeError(`${source}: expected a JSON object { A, B, C, D, dt }`);
  }
  const o = raw as Record<string, unknown>;
  const pick = (k: string) => o[k] ?? o[`${k}d`];
  return requireSystem(source, {
    A: pick('A'),
    B: pick('B'),
    C: pick('C'),
    D: pick('D'),
    dt: o.dt,
  } as never);
}

/**
 * An input signal: a JSON array of numbers (one input), an array of rows [L][M], either wrapped as
 * { "values": ... }, the output of `generate --json` (its channels as the inputs), or delimited columns (one input
 * per column; a first column `t` is the time axis). Returned as a flat array for one input, a Matrix [L, M]
 * otherwise.
 *
 * @param option - the option name, for messages
 * @param path - the file, or '-' for stdin
 * @throws TypeError naming the source for anything else
 */
export async function readSignalFile(option: string, path: string): Promise<Float64Array | Matrix> {
  const table = await readTable(option, path);
  if (table.columns.length === 1) return table.columns[0];
  const L = table.columns[0].length;
  const M = table.columns.length;
  const data = new Float64Array(L * M);
  table.columns.forEach((c, m) => {
    for (let k = 0; k < L; k++) data[k * M + m] = c[k];
  });
  return { rows: L, cols: M, data };
}
