/**
 * Reading LTI systems and signals from JSON files for the `c2d` and `lsim` commands.
 *
 * @see arXiv:2407.09375
 */
import { readFileSync } from 'node:fs';
import { fromRows } from '../linalg/matrix.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { requireSystem } from '../lti/requireSystem.ts';
import type { LtiSystem } from '../lti/types.ts';

/** Parses a JSON file, naming the option in the error. */
export function readJsonFile(option: string, path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TypeError(
      `--${option} ${path}: cannot read JSON (${error instanceof Error ? error.message : error})`,
      { cause: error },
    );
  }
}

/**
 * A state-space system from a JSON file { A, B, C, D, dt }: nested arrays (B and C may be flat for one input /
 * output, D a number or omitted for zeros), dt a number for a discrete system, absent or null for a continuous one.
 * The names Ad, Bd, Cd, Dd (what `c2d --json` prints) are read as A, B, C, D.
 *
 * @param option - the option name, for messages
 * @param path - the file
 * @returns the validated system
 * @throws TypeError / RangeError naming the file and the offending entry
 */
export function readSystemFile(option: string, path: string): LtiSystem {
  const raw = readJsonFile(option, path);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TypeError(`--${option} ${path}: expected a JSON object { A, B, C, D, dt }`);
  }
  const o = raw as Record<string, unknown>;
  const pick = (k: string) => o[k] ?? o[`${k}d`];
  return requireSystem(`--${option} ${path}`, {
    A: pick('A'),
    B: pick('B'),
    C: pick('C'),
    D: pick('D'),
    dt: o.dt,
  } as never);
}

/**
 * An input signal from a JSON file: an array of numbers (one input), an array of rows [L][M], or either wrapped as
 * { "values": ... }. Returned as a flat array for one input, a Matrix [L, M] otherwise.
 *
 * @param option - the option name, for messages
 * @param path - the file
 * @throws TypeError for anything else (ragged rows are reported by fromRows)
 */
export function readSignalFile(option: string, path: string): number[] | Matrix {
  const raw = readJsonFile(option, path);
  const values = Array.isArray(raw) ? raw : (raw as { values?: unknown } | null)?.values;
  if (!Array.isArray(values)) {
    throw new TypeError(
      `--${option} ${path}: expected a JSON array (of numbers or of rows) or { "values": [...] }`,
    );
  }
  return values.length > 0 && Array.isArray(values[0])
    ? fromRows(values as number[][])
    : (values as number[]);
}
