import type { DiscretePredictor } from '../construction/types.ts';
import { kernel } from '../ssm/kernel.ts';
import { fftSizeFor } from '../ssm/fftPredict.ts';
import { convolutionSpectrum } from '../ssm/fft/convolution.ts';
import { realFftPlan } from '../ssm/fft/plan.ts';
import { requireInteger } from '../util/validate.ts';
import type { SweepKernels } from './types.ts';

/**
 * The kernel spectra of many LTI predictors for sequences of length L, computed once for a whole sweep:
 *
 *   K_j = Cbar Abar^j Bbar (j = 0..L-1),   spectra[p] = the spectrum of K zero-padded to n,   n = fftSizeFor(L),
 *
 * in the form the FFT path's fused per-bin pass uses (ssm's convolutionSpectrum: per bin pair, the four complex
 * coefficients that separate the packed real spectrum, multiply by the kernel's and pack the product; 2n + 8
 * numbers). The kernels come from ssm/kernel (O(L N^2), O(L N) for LegT bilinear); only L terms are needed, because
 * the causal outputs k < L take K_j for j <= k and n >= 2L - 1 never wraps around. This is the lower-level entry
 * point src/ssm lacks: fftPredict caches one spectrum per predictor object, while a sweep needs the spectra as plain
 * data (structured-cloneable, for worker threads) and the input spectra reused across predictors (see
 * sweepOneStep).
 *
 * @param predictors - P LTI DiscretePredictors (any N, any measure)
 * @param L - sequence length, integer >= 2
 * @returns { length: L, fftSize: n, spectra [P][2n + 8], Dbar [P], firstGain [P] }
 * @throws RangeError for a time-varying (LegS) predictor or L < 2; TypeError for a malformed predictor
 * @example const ks = sweepKernels([prophecy(hippo('legt', 17), { dt: 1e-4 })], 10_000); // ks.fftSize === 20480
 * @see arXiv:2407.09375
 */
export function sweepKernels(predictors: readonly DiscretePredictor[], L: number): SweepKernels {
  const where = 'sweepKernels';
  if (!Array.isArray(predictors)) {
    throw new TypeError(
      `${where}: predictors must be an array of DiscretePredictors, got ${typeof predictors}`,
    );
  }
  requireInteger(where, 'L', L, 2);
  const n = fftSizeFor(L);
  const plan = realFftPlan(n);
  const P = predictors.length;
  const spectra: Float64Array[] = [];
  const Dbar = new Float64Array(P);
  const firstGain = new Float64Array(P).fill(NaN);
  for (let p = 0; p < P; p++) {
    const pred = predictors[p];
    // validates the predictor, refuses LegS; the kernel fftPredict computes (the O(N) chains whenever legtFactor)
    const K = kernel(pred, L, { structured: pred.legtFactor !== undefined });
    spectra.push(convolutionSpectrum(plan, K));
    Dbar[p] = pred.Dbar;
    if (pred.authorsFirstStep) firstGain[p] = K[0] / 2 + pred.Dbar;
  }
  return { length: L, fftSize: n, spectra, Dbar, firstGain };
}
