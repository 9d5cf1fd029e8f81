/**
 * Claims of the noise experiment: the rows of bounds.ts, measured on the result (errors against the clean next
 * value).
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import { extreme } from '../common/claimFactors.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS, SIGMA_HIGH, SIGMA_MID } from './bounds.ts';
import type { NoiseResult } from './run.ts';

/** The methods the in-context LegT must beat at sigma = 1e-3. */
const COMPETITORS: MethodId[] = ['copyLast', 'fd1', 'fd2', 'fd3', 'fd4', 'polyExtrap'];

function noiseIndex(r: NoiseResult, sigma: number): number {
  const i = r.noises.indexOf(sigma);
  if (i < 0) throw new RangeError(`noise claims: sigma = ${sigma} was not run`);
  return i;
}

function med(r: NoiseResult, i: number, key: string, m: MethodId): number {
  const row = r.clean[i][key];
  if (!row) throw new RangeError(`noise claims: no result for ${key}`);
  return row[m].median;
}

/** Mean of log2 W of the in-context choices at noise index i (NaN when there is none). */
export function meanLog2Window(r: NoiseResult, i: number): number {
  let s = 0;
  let n = 0;
  for (const row of Object.values(r.selected[i])) {
    for (const [cfg, count] of Object.entries(row)) {
      const W = Number(cfg.split('/W')[1]);
      s += Math.log2(W) * count;
      n += count;
    }
  }
  return n === 0 ? NaN : s / n;
}

/**
 * The claims of the noise experiment (see bounds.ts for each bound and its reason).
 *
 * @param r - from runNoise
 * @returns the claims, in the order of the bound table
 * @see arXiv:2407.09375
 */
export function noiseClaims(r: NoiseResult): Claim[] {
  const fraction = (keys: readonly string[], wins: (k: string) => boolean) => {
    const won = keys.filter(wins);
    const lost = keys.filter((k) => !wins(k));
    return {
      value: won.length / keys.length,
      detail: `${won.length} of ${keys.length}; not on: ${lost.join(', ') || 'none'}`,
    };
  };
  return evaluateRegistered(BOUNDS, {
    'fd4-vs-legt': () => {
      const i = noiseIndex(r, SIGMA_HIGH);
      const w = extreme(
        r.keys,
        (k) => med(r, i, k, 'fd4') / Math.max(med(r, i, k, 'legt-select'), med(r, i, k, 'legt-short')),
        'min',
        'signal',
      );
      const G = r.gains.signal;
      return {
        value: w.value,
        detail: `at ${w.at}; G: FD p = 4 ${G.fd4?.toPrecision(3)}, short-window LegT ${G['legt-short']?.toPrecision(3)}`,
      };
    },
    gain: () => {
      const [i0, i] = [noiseIndex(r, 0), noiseIndex(r, SIGMA_HIGH)];
      const cells = r.keys.flatMap((k) => {
        const G = r.gains[r.systems.includes(k) ? 'system' : 'signal'];
        return (Object.entries(G) as [MethodId, number][]).map(([m, g]) => ({
          at: `${m} on ${k}`,
          v: (med(r, i, k, m) - med(r, i0, k, m)) / (SIGMA_HIGH * SIGMA_HIGH * g),
        }));
      });
      const w = extreme(cells, (c) => Math.abs(Math.log(c.v)), 'max', 'linear method');
      const gains = (kind: 'signal' | 'system') =>
        Object.entries(r.gains[kind])
          .map(([m, g]) => `${m} ${Number(g).toPrecision(3)}`)
          .join(', ');
      return {
        value: w.at.v,
        detail: `farthest at ${w.at.at}; G (paper signals): ${gains('signal')}; G (systems): ${gains('system')}`,
      };
    },
    'wins-1e-3': () => {
      const i = noiseIndex(r, SIGMA_MID);
      return fraction(r.keys, (k) => COMPETITORS.every((m) => med(r, i, k, 'legt-select') < med(r, i, k, m)));
    },
    'ar4-1e-2': () => {
      const i = noiseIndex(r, SIGMA_HIGH);
      return fraction(r.keys, (k) => med(r, i, k, 'ar4') < med(r, i, k, 'legt-select'));
    },
    'window-doubles': () => {
      const [clean, noisy] = [
        meanLog2Window(r, noiseIndex(r, 0)),
        meanLog2Window(r, noiseIndex(r, SIGMA_HIGH)),
      ];
      return {
        value: noisy - clean,
        detail: `mean log2 W ${clean.toFixed(2)} clean, ${noisy.toFixed(2)} at sigma = ${SIGMA_HIGH}`,
      };
    },
  });
}
