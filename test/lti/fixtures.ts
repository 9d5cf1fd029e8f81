/**
 * Loaders for the scipy reference values in test/fixtures/scipy (made by generate.py there with Debian's scipy 1.10)
 * and the normwise relative error the parity tests use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRows } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { ss } from '../../src/lti/ss.ts';
import type { LtiSystem } from '../../src/lti/types.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scipy');

/** Parses one fixture file. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T;
}

interface StoredSystem {
  A: number[][];
  B: number[][];
  C: number[][];
  D: number[][];
  x0: number[];
  discreteShift: number;
}

const stored = fixture<{ systems: Record<string, StoredSystem> }>('systems.json').systems;

/** The named random system of systems.json: continuous, or discrete with A scaled by 2^-discreteShift and dt = 1. */
export function system(name: string, kind: 'continuous' | 'discrete' = 'continuous'): LtiSystem {
  const s = stored[name];
  if (!s) throw new Error(`no system ${name} in systems.json`);
  if (kind === 'continuous') return ss(s.A, s.B, s.C, s.D);
  const f = 2 ** -s.discreteShift; // a power of two: the scaling is exact, as in generate.py
  return ss(
    s.A.map((r) => r.map((a) => a * f)),
    s.B,
    s.C,
    s.D,
    { dt: 1 },
  );
}

/** The stored initial state of a system. */
export function x0Of(name: string): Float64Array {
  return Float64Array.from(stored[name].x0);
}

/** Nested rows as a Matrix. */
export function mat(rows: number[][]): Matrix {
  return fromRows(rows);
}

/** ||x - ref||_2 / ||ref||_2 over all entries (Frobenius norm for matrices): the normwise relative error. */
export function relErr(x: ArrayLike<number>, ref: ArrayLike<number>): number {
  if (x.length !== ref.length) throw new Error(`length mismatch ${x.length} vs ${ref.length}`);
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += (x[i] - ref[i]) ** 2;
    den += ref[i] ** 2;
  }
  return Math.sqrt(num) / Math.sqrt(den);
}

/** Flattens nested rows. */
export function flat(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}
