import type { DiscretePredictor } from '../construction/types.ts';
import { requireInteger } from '../util/validate.ts';
import { requirePredictor } from './requirePredictor.ts';
import { makeStepper } from './stepper.ts';
import type { StructuredChoice } from './types.ts';

/** Options of {@link kernel}. */
export interface KernelOptions {
  /** O(N) LegT step for the powers of Abar (see StructuredChoice); @default 'auto' */
  structured?: StructuredChoice;
}

/**
 * The convolution kernel of an LTI predictor, K_j = Cbar Abar^j Bbar for j = 0..L-1, so that
 *
 *   uhat_{k+1} = Cbar x_{k+1} + Dbar u_k = sum_{j=0..k} K_j u_{k-j} + Dbar u_k
 *
 * (from x_{k+1} = sum_{i<=k} Abar^(k-i) Bbar u_i, x_0 = 0). Computed by repeated products v_{j+1} = Abar v_j,
 * v_0 = Bbar: O(L N^2), or O(L N) with the structured LegT step. The authors' first-step quirk is not part of K
 * (it only replaces out[0]).
 *
 * @param predictor - LTI DiscretePredictor (Abar [N, N], Bbar [N], Cbar [N])
 * @param L - kernel length, integer >= 0
 * @param options - see KernelOptions
 * @returns K, shape [L]
 * @throws RangeError for a time-varying (LegS) predictor, which has no single kernel, or L not an integer >= 0;
 *   TypeError for a malformed predictor
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * const K = kernel(p, 3); // K[0] = Cbar . Bbar
 * Math.abs(K[0] - p.Cbar.reduce((s, c, i) => s + c * p.Bbar[i], 0)) < 1e-12;
 * @see arXiv:2407.09375, arXiv:2111.00396 (S4 convolution view)
 */
export function kernel(predictor: DiscretePredictor, L: number, options: KernelOptions = {}): Float64Array {
  const where = 'kernel';
  const p = requirePredictor(where, predictor);
  requireInteger(where, 'L', L, 0);
  if (p.op.timeVarying) {
    throw new RangeError(
      `${where}: the predictor is time-varying (${p.op.measure}); it has no convolution kernel`,
    );
  }
  return kernelUnchecked(p, L, options.structured ?? 'auto');
}

/**
 * kernel() on a validated LTI predictor.
 *
 * @internal used by the FFT path
 */
export function kernelUnchecked(p: DiscretePredictor, L: number, structured: StructuredChoice): Float64Array {
  const K = new Float64Array(L);
  if (L === 0) return K;
  const stepper = makeStepper('kernel', p, structured);
  const N = stepper.N;
  const C = p.Cbar;
  let v = Float64Array.from(p.Bbar);
  let w = new Float64Array(N);
  const zero = new Float64Array(1);
  for (let j = 0; ; j++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += C[i] * v[i];
    K[j] = s;
    if (j === L - 1) break;
    stepper.step(v, w, zero, 1, j);
    const t = v;
    v = w;
    w = t;
  }
  return K;
}
