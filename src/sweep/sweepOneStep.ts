import { resolveWindow } from '../metrics/resolveWindow.ts';
import type { AveragingWindow } from '../metrics/resolveWindow.ts';
import { realFftPlan } from '../ssm/fft/plan.ts';
import { convolveBankInto, setBankInput, spectrumBank } from '../ssm/transforms.ts';
import { requireFiniteArray, requireInteger } from '../util/validate.ts';
import type { SweepKernels, SweepOptions, SweepResult } from './types.ts';

const DEFAULT_WINDOWS: readonly AveragingWindow[] = ['second-half', 'whole'];

function checkKernels(where: string, kernels: SweepKernels): void {
  if (typeof kernels !== 'object' || kernels === null || !Array.isArray(kernels.spectra)) {
    throw new TypeError(`${where}: kernels must come from sweepKernels, got ${typeof kernels}`);
  }
  const n = kernels.fftSize;
  const P = kernels.spectra.length;
  if (!Number.isInteger(n) || n < 4 || n % 4 !== 0) {
    throw new TypeError(`${where}: kernels.fftSize must be a real FFT size from sweepKernels, got ${n}`);
  }
  const coefficients = 2 * n + 8;
  if (!(kernels.Dbar instanceof Float64Array) || kernels.Dbar.length !== P) {
    throw new TypeError(`${where}: kernels.Dbar must be a Float64Array of length ${P}`);
  }
  if (!(kernels.firstGain instanceof Float64Array) || kernels.firstGain.length !== P) {
    throw new TypeError(`${where}: kernels.firstGain must be a Float64Array of length ${P}`);
  }
  kernels.spectra.forEach((s, p) => {
    if (!(s instanceof Float64Array) || s.length !== coefficients) {
      throw new TypeError(`${where}: kernels.spectra[${p}] must be a Float64Array of length ${coefficients}`);
    }
  });
}

/**
 * One-step errors of many predictors on many functions through the FFT convolution path, with every spectrum
 * computed once: the spectrum of each function is reused across all P predictors, and the kernel spectrum of each
 * predictor (from {@link sweepKernels}) across all M functions. For predictor p and function u (length L),
 *
 *   out[k] = sum_{j=0..k} K_j u_{k-j} + Dbar u_k,     e[k] = (out[k] - u[k+1])^2,   k = 0..L-2,
 *   errors[p, w, m] = (1 / (to_w - from_w)) sum_{k = from_w}^{to_w - 1} e[k]
 *
 * (exactly oneStepError(predictNext(p, u), u, { window }) up to rounding), and the copy-last-value baseline
 * out[k] = u[k] in the same pass. The convolutions are predictNext's (the same real FFT of size n = fftSizeFor(L),
 * in WebAssembly when available), split in two: each function's packed spectrum (one pruned forward transform of
 * size n/2) is computed once and kept; then per predictor one fused per-bin pass with its coefficients and one pruned
 * inverse transform of size n/2. No prediction is held beyond the current (function, predictor) pair, and at most
 * chunkSize function spectra at once.
 *
 * Reproducibility: every function is convolved on its own, and every sum (over k in a window, over functions per
 * position) runs in a fixed order, so neither the chunk size nor a split of the batch across workers changes a
 * result bit.
 *
 * @param functions - M sequences, each shape [L] with L = kernels.length, finite
 * @param kernels - from sweepKernels(predictors, L)
 * @param options - windows (default ['second-half', 'whole']), perPosition (default false), chunkSize (default 16)
 * @returns errors [P, W, M], copyLast [W, M], windows, and with perPosition the per-index sums [P + 1, L - 1]
 * @throws TypeError for a function of the wrong length or type or malformed kernels; RangeError for a non-finite
 *   sample (naming function and index), an empty or out-of-range window or a chunkSize below 1
 * @example
 *   const L = 64;
 *   const predictors = [4, 8].map((N) => prophecy(hippo('legt', N), { dt: 1 / L }));
 *   const ks = sweepKernels(predictors, L);
 *   const us = [1, 2, 3].map((f) => Float64Array.from({ length: L }, (_, k) => Math.sin((2 * Math.PI * f * k) / L)));
 *   const r = sweepOneStep(us, ks); // windows ['second-half', 'whole']
 *   r.errors.length === 2 * 2 * 3 && r.copyLast.length === 2 * 3;
 *   // errors[(p W + w) M + m] is the one-step MSE of predictor p on function m over window w
 *   const direct = oneStepError(predictNext(predictors[1], us[2]), us[2], { window: 'second-half' });
 *   Math.abs(r.errors[(1 * 2 + 0) * 3 + 2] - direct) <= 1e-9 * direct;
 * @see arXiv:2407.09375
 */
export function sweepOneStep(
  functions: readonly Float64Array[],
  kernels: SweepKernels,
  options: SweepOptions = {},
): SweepResult {
  const where = 'sweepOneStep';
  checkKernels(where, kernels);
  if (!Array.isArray(functions)) {
    throw new TypeError(`${where}: functions must be an array of Float64Arrays, got ${typeof functions}`);
  }
  const L = kernels.length;
  const n = kernels.fftSize;
  const P = kernels.spectra.length;
  const M = functions.length;
  const us = functions.map((u, m) => {
    const v = requireFiniteArray(where, `functions[${m}]`, u);
    if (v.length !== L) {
      throw new TypeError(
        `${where}: functions[${m}] must have length L = ${L} (the kernels' length), got ${v.length}`,
      );
    }
    return v;
  });
  const chunkSize = requireInteger(where, 'options.chunkSize', options.chunkSize ?? 16, 1);
  const windows = (options.windows ?? DEFAULT_WINDOWS).map((w) => resolveWindow(w, L - 1));
  const W = windows.length;
  const perPosition = options.perPosition ?? false;
  const Lm = L - 1;
  const errors = new Float64Array(P * W * M);
  const copyLast = new Float64Array(W * M);
  const ppSum = perPosition ? new Float64Array((P + 1) * Lm) : undefined;
  const ppSq = perPosition ? new Float64Array((P + 1) * Lm) : undefined;

  const plan = realFftPlan(n);
  const bank = spectrumBank(plan, Math.min(chunkSize, Math.max(M, 1)));
  const pred = new Float64Array(L);
  const e = new Float64Array(Lm);

  // windowed means and per-position sums of e for (row, function m); row P is copy-last
  const record = (row: number, m: number) => {
    for (let w = 0; w < W; w++) {
      const { from, to } = windows[w];
      let s = 0;
      for (let k = from; k < to; k++) s += e[k];
      const mean = s / (to - from);
      if (row < P) errors[(row * W + w) * M + m] = mean;
      else copyLast[w * M + m] = mean;
    }
    if (ppSum && ppSq) {
      const o = row * Lm;
      for (let k = 0; k < Lm; k++) {
        ppSum[o + k] += e[k];
        ppSq[o + k] += e[k] * e[k];
      }
    }
  };

  for (let c0 = 0; c0 < M; c0 += chunkSize) {
    const c1 = Math.min(M, c0 + chunkSize);
    for (let m = c0; m < c1; m++) setBankInput(bank, m - c0, us[m], L);
    for (let p = 0; p < P; p++) {
      const C = kernels.spectra[p];
      const Dbar = kernels.Dbar[p];
      const g0 = kernels.firstGain[p];
      for (let m = c0; m < c1; m++) {
        const u = us[m];
        convolveBankInto(bank, m - c0, C, u, L, pred, 0, Dbar);
        // k = 0 apart: the authors' first-step quirk replaces the convolution there
        const out0 = Number.isNaN(g0) ? pred[0] : g0 * u[0];
        e[0] = (out0 - u[1]) * (out0 - u[1]);
        for (let k = 1; k < Lm; k++) {
          const d = pred[k] - u[k + 1];
          e[k] = d * d;
        }
        record(p, m);
      }
    }
    // copy-last, in function order, after the predictors of this chunk (rows are independent)
    for (let m = c0; m < c1; m++) {
      const u = us[m];
      for (let k = 0; k < Lm; k++) {
        const d = u[k] - u[k + 1];
        e[k] = d * d;
      }
      record(P, m);
    }
  }
  const result: SweepResult = { functions: M, predictors: P, windows, errors, copyLast };
  return perPosition ? { ...result, perPositionSum: ppSum, perPositionSumSq: ppSq } : result;
}
