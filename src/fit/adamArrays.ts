/** Adam hyper-parameters (PyTorch defaults apart from the learning rate). */
export interface AdamOptions {
  /** @default 2e-3 (the paper's rate) */
  learningRate?: number;
  /** @default 0.9 */
  beta1?: number;
  /** @default 0.999 */
  beta2?: number;
  /** @default 1e-8 */
  epsilon?: number;
}

/** The hyper-parameters of {@link AdamOptions} with their defaults, and the bias corrections of step `step`. */
export interface AdamCoefficients {
  readonly lr: number;
  readonly b1: number;
  readonly b2: number;
  readonly eps: number;
  /** 1 - b1^step */
  readonly bc1: number;
  /** 1 - b2^step */
  readonly bc2: number;
}

/**
 * Adam's options with their defaults, and the bias corrections 1 - b1^step, 1 - b2^step of a step (1-based): the
 * one place both Adam steps (arrays here, tfjs variables in hippo-prophecy/train) read them from.
 *
 * @param options - see {@link AdamOptions}
 * @param step - the step being taken, >= 1
 * @returns the coefficients
 * @example adamCoefficients({}, 1).bc1 // 1 - 0.9 = 0.1 (up to rounding)
 * @internal
 */
export function adamCoefficients(options: AdamOptions, step: number): AdamCoefficients {
  const b1 = options.beta1 ?? 0.9;
  const b2 = options.beta2 ?? 0.999;
  return {
    lr: options.learningRate ?? 2e-3,
    b1,
    b2,
    eps: options.epsilon ?? 1e-8,
    bc1: 1 - b1 ** step,
    bc2: 1 - b2 ** step,
  };
}

/** A parameter stored as a typed array: Float32Array for float32 training, Float64Array for float64. */
export type ParamArray = Float32Array | Float64Array;

/** Adam's state on typed arrays: step count and first/second moments per parameter name. */
export interface ArrayAdamState {
  step: number;
  m: Record<string, ParamArray>;
  v: Record<string, ParamArray>;
}

/**
 * A fresh Adam state (zero moments, stored like the parameters: Float32Array moments for Float32Array parameters)
 * for the parameters named in `names`.
 *
 * @param params - parameters by name
 * @param names - the names to optimise
 * @returns the state, step 0
 * @throws RangeError when a name is not a parameter
 * @example arrayAdamState({ w: new Float32Array(2) }, ['w']).m.w instanceof Float32Array
 * @see arXiv:1412.6980
 */
export function arrayAdamState(
  params: Readonly<Record<string, ParamArray>>,
  names: readonly string[],
): ArrayAdamState {
  const m: Record<string, ParamArray> = {};
  const v: Record<string, ParamArray> = {};
  for (const n of names) {
    const p = params[n];
    if (p === undefined) throw new RangeError(`arrayAdamState: no parameter named ${n}`);
    m[n] = p instanceof Float32Array ? new Float32Array(p.length) : new Float64Array(p.length);
    v[n] = p instanceof Float32Array ? new Float32Array(p.length) : new Float64Array(p.length);
  }
  return { step: 0, m, v };
}

/**
 * One Adam step on typed arrays (Kingma and Ba, arXiv:1412.6980, in PyTorch's form), the same update as the tfjs
 * adamStep:
 *
 *   m <- b1 m + (1 - b1) g,   v <- b2 v + (1 - b2) g^2,
 *   p <- p - lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps),
 *
 * each entry computed in float64 and stored in the arrays' precision (float32 arrays round once per store).
 *
 * @param params - parameters by name (updated in place)
 * @param grads - gradients by name, same lengths (float64)
 * @param state - Adam state (updated in place)
 * @param options - see {@link AdamOptions}
 * @throws TypeError when a gradient is missing or of the wrong length
 * @example
 *   const params = { w: Float64Array.of(1, 1) };
 *   const s = arrayAdamState(params, ['w']);
 *   // the first step moves every entry by the learning rate against the sign of its gradient
 *   arrayAdamStep(params, { w: Float64Array.of(3, -5) }, s, { learningRate: 0.1 });
 *   Math.abs(params.w[0] - 0.9) < 1e-9 && Math.abs(params.w[1] - 1.1) < 1e-9 && s.step === 1;
 * @see arXiv:1412.6980
 */
export function arrayAdamStep(
  params: Readonly<Record<string, ParamArray>>,
  grads: Readonly<Record<string, ArrayLike<number>>>,
  state: ArrayAdamState,
  options: AdamOptions = {},
): void {
  for (const name of Object.keys(state.m)) {
    const g = grads[name];
    if (g === undefined || g.length !== params[name].length) {
      throw new TypeError(`arrayAdamStep: gradient ${name} missing or of length ${g?.length}`);
    }
  }
  state.step += 1;
  const { lr, b1, b2, eps, bc1, bc2 } = adamCoefficients(options, state.step);
  const sbc2 = Math.sqrt(bc2);
  const rate = lr / bc1;
  for (const name of Object.keys(state.m)) {
    const g = grads[name];
    const p = params[name];
    const m = state.m[name];
    const v = state.v[name];
    for (let i = 0; i < p.length; i++) {
      const gi = g[i];
      m[i] = b1 * m[i] + (1 - b1) * gi;
      v[i] = b2 * v[i] + (1 - b2) * gi * gi;
      p[i] -= (m[i] / (Math.sqrt(v[i]) / sbc2 + eps)) * rate;
    }
  }
}
