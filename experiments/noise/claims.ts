/**
 * Claims of the noise experiment, all on the error against the CLEAN next value unless they say otherwise.
 * Bounds were set after measuring, with the reason in each detail.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, between, evaluateClaims } from '../claims/index.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { Claim } from '../types.ts';
import type { NoiseResult } from './run.ts';

const COMPETITORS: MethodId[] = ['copyLast', 'fd1', 'fd2', 'fd3', 'fd4', 'polyExtrap'];

function med(
  r: NoiseResult,
  i: number,
  key: string,
  m: MethodId,
  target: 'clean' | 'noisy' = 'clean',
): number {
  return r[target][i][key][m].median;
}

/** Index of a noise level, or -1. */
function at(r: NoiseResult, sigma: number): number {
  return r.noises.indexOf(sigma);
}

/** Mean of log2 W of the in-context choices at noise index i. */
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
 * The claims of the noise experiment.
 *
 * @param r - from runNoise
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function noiseClaims(r: NoiseResult): Claim[] {
  const i0 = at(r, 0);
  const iMid = at(r, 1e-3);
  const iHi = at(r, 1e-2);
  const sHi = 1e-2;
  return evaluateClaims([
    atLeast('FD p=4 error grows > 100x from clean to sigma = 1e-2', 100, () => {
      let worst = { v: Infinity, k: '' };
      for (const k of r.keys) {
        const v = med(r, iHi, k, 'fd4') / med(r, i0, k, 'fd4');
        if (!(v >= worst.v)) worst = { v, k };
      }
      return {
        value: worst.v,
        detail:
          `smallest ratio over all signals (at ${worst.k}) of FD(p=4) MSE at sigma = 1e-2 to its clean MSE: the ` +
          'coefficients [5, -10, 10, -5, 1] amplify white noise by G = 251, so the error is ~251 sigma^2 = 2.5e-2 ' +
          'whatever the clean accuracy.',
      };
    }),
    atLeast('FD p=4 exceeds the construction at sigma = 1e-2 on every signal', 10, () => {
      let worst = { v: Infinity, k: '' };
      for (const k of r.keys) {
        const v =
          med(r, iHi, k, 'fd4') / Math.max(med(r, iHi, k, 'legt-select'), med(r, iHi, k, 'legt-short'));
        if (!(v >= worst.v)) worst = { v, k };
      }
      return {
        value: worst.v,
        detail:
          `smallest ratio FD(p=4) / (worse of the short-window and in-context LegT) at sigma = 1e-2 (at ${worst.k}); ` +
          'the LegT noise gain is 1-2 (measured G = 1.62 for N = 9, W = 300) against 251.',
      };
    }),
    between('noise adds sigma^2 G to every LTI predictor (G from its impulse response)', 0.8, 1.25, () => {
      let worst = { v: 1, k: '' };
      for (const [m, G] of Object.entries(r.gains) as [MethodId, number][]) {
        for (const k of r.keys) {
          const v = (med(r, iHi, k, m) - med(r, i0, k, m)) / (sHi * sHi * G);
          if (!(Math.abs(Math.log(v)) <= Math.abs(Math.log(worst.v)))) worst = { v, k: `${m} on ${k}` };
        }
      }
      return {
        value: worst.v,
        detail:
          `(MSE at sigma = 1e-2 - clean MSE) / (sigma^2 G), the value farthest from 1 over the linear methods and ` +
          `signals (${worst.k}); G: ${Object.entries(r.gains)
            .map(([m, g]) => `${m} ${Number(g).toPrecision(3)}`)
            .join(', ')}. Medians over few functions, hence the 20% band.`,
      };
    }),
    between('noisy target = clean target + sigma^2 (in-context LegT, sigma = 1e-2)', 0.8, 1.2, () => {
      let worst = { v: 1, k: '' };
      for (const k of r.keys) {
        const v = (med(r, iHi, k, 'legt-select', 'noisy') - med(r, iHi, k, 'legt-select')) / (sHi * sHi);
        if (!(Math.abs(v - 1) <= Math.abs(worst.v - 1))) worst = { v, k };
      }
      return {
        value: worst.v,
        detail:
          `(MSE vs noisy next value - MSE vs clean next value) / sigma^2 for the in-context LegT, farthest from 1 at ` +
          `${worst.k}: the next noise sample is independent of a causal prediction, so the two targets differ by ` +
          'sigma^2 (a check that the two scorings are aligned; the cross term fluctuates by ~2 rms(error)/(sigma ' +
          'sqrt(L/2)), a few percent here).',
      };
    }),
    atLeast('where the construction wins: sigma = 1e-3', Math.ceil(0.65 * r.keys.length), () => {
      const lost: string[] = [];
      for (const k of r.keys) {
        const legt = med(r, iMid, k, 'legt-select');
        const beaten = COMPETITORS.filter((m) => med(r, iMid, k, m) < legt);
        if (beaten.length > 0) lost.push(`${k} (${beaten.join(', ')})`);
      }
      return {
        value: r.keys.length - lost.length,
        detail:
          `signals (of ${r.keys.length}) where the in-context LegT beats copy-last, FD p=1..4 and polynomial ` +
          `extrapolation at sigma = 1e-3; it loses on: ${lost.join('; ') || 'none'}. Long windows average the noise ` +
          '(G ~ 1) while still following the signal; on the fast chaotic systems (Lorenz, Rossler at their default ' +
          'dt) the signal changes too fast for any window long enough to average.',
      };
    }),
    atMost('where the construction loses: AR(4) at sigma = 1e-2', Math.floor(0.2 * r.keys.length), () => {
      const legtWins = r.keys.filter((k) => med(r, iHi, k, 'legt-select') <= med(r, iHi, k, 'ar4'));
      return {
        value: legtWins.length,
        detail:
          `signals where the in-context LegT is at least as good as AR(4) least squares at sigma = 1e-2 (${
            legtWins.join(', ') || 'none'
          }): AR(4) refitted in context learns a smoothing predictor (MSE below sigma^2 on smooth signals), while the ` +
          'LegT derivative readout cannot go below its noise gain G >= ~1 (it extrapolates u_k plus a derivative).',
      };
    }),
    atLeast('the in-context choice lengthens the window under noise', 1, () => {
      const clean = meanLog2Window(r, i0);
      const noisy = meanLog2Window(r, iHi);
      return {
        value: noisy - clean,
        detail:
          `mean log2 W of the chosen windows: ${clean.toFixed(2)} clean, ${noisy.toFixed(2)} at sigma = 1e-2 (the ` +
          'choice sees only the noisy first half)',
      };
    }),
  ]);
}
