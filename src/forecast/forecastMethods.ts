import { prophecy, stabilizeClosedLoop } from '../construction/index.ts';
import type { DiscretePredictor } from '../construction/index.ts';
import { hippo } from '../hippo/index.ts';
import { scan } from '../ssm/index.ts';
import { requireInteger, requireOneOf, requirePositive } from '../util/validate.ts';
import { inContextForecaster } from './inContextForecaster.ts';
import { ngrcForecaster } from './ngrcForecaster.ts';
import type { InContextForecast, Regularization } from './types.ts';

/** The forecasting methods of the `forecast` command and the measurement script. */
export const FORECAST_METHODS = ['hippo-ridge', 'ngrc', 'ar', 'legt', 'legt-stable', 'copy-last'] as const;
/** A forecasting method name (one of FORECAST_METHODS). */
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** Options of {@link forecastWith}; each method reads the ones it uses. */
export interface ForecastMethodOptions {
  /** sample step in time units (> 0) */
  dt: number;
  /** hippo-ridge: LegT states per channel (@default 4); legt, legt-stable: LegT state size (@default 4) */
  N?: number;
  /**
   * hippo-ridge: window(s) in time units (@default [4, 8, 16] dt, chosen on the context); legt, legt-stable: the
   * window (@default 32 dt)
   */
  theta?: number | readonly number[];
  /** hippo-ridge: leading Legendre coefficients in the quadratic monomials @default 2 */
  leading?: number;
  /** ngrc: time-delayed copies k @default 3 */
  delays?: number;
  /** ngrc: stride(s) between delays @default [1, 2, 4], chosen on the context */
  stride?: number | readonly number[];
  /** ar: order p of the per-channel autoregression @default 4 */
  order?: number;
  /** hippo-ridge, ngrc: how the ridge strength is chosen @default 'holdout' */
  regularization?: Regularization;
}

/** A forecast with a plain description of the model behind it. */
export interface MethodForecast {
  /** H channels of shape [horizon] */
  readonly forecast: Float64Array[];
  /** what was fitted or built (features, rho, window, gamma, ...), JSON-ready */
  readonly model: Readonly<Record<string, number | string | null | readonly number[]>>;
}

/**
 * Relative ridge strength of the AR fit: 0, i.e. least squares (the minimum-norm solution past the rank cutoff of
 * ridgeSystem, so an exactly rank-deficient design such as a pure sine at p > 2 is fine).
 */
const AR_RIDGE = 0;

/**
 * Forecasts a batch of multichannel contexts with one of the library's methods, each seeing the context only:
 *
 * - 'hippo-ridge': {@link inContextForecaster} (HiPPO-LegT features, ridge on the increment, free run);
 * - 'ngrc': {@link ngrcForecaster} (the NG-RC twin: time delays in place of the LegT states);
 * - 'ar': per channel, AR(p) u_{k+1} - u_k ~ b + sum_{i<p} a_i u_{k-i}, least squares on the context (the NG-RC
 *   pipeline with p delays, stride 1, no quadratic terms, rho = 0), iterated;
 * - 'legt': the HiPPO-Prophecy construction prophecy(legt(N, theta)) per channel, run free (ssm scan with
 *   teacherSteps = T, the channels as one batch): nothing is fitted;
 * - 'legt-stable': the same with the closed loop stabilised (stabilizeClosedLoop);
 * - 'copy-last': the last context value, held.
 *
 * @param method - one of FORECAST_METHODS
 * @param contexts - B trajectories, each H channels of equal length T
 * @param horizon - forecast steps (integer >= 1)
 * @param options - dt and the method's settings (see ForecastMethodOptions)
 * @returns one frozen { forecast, model } per trajectory
 * @throws RangeError for an unknown method (listing them) and whatever the method refuses (e.g. D dt/2 >= 1 for
 *   legt, a context too short); TypeError for malformed contexts
 * @example
 *   const u = Float64Array.from({ length: 500 }, (_, k) => Math.sin(0.05 * k));
 *   const [r] = forecastWith('ar', [[u]], 10, { dt: 1 });
 *   Math.abs(r.forecast[0][9] - Math.sin(0.05 * 509)) < 1e-6; // a sine obeys an exact AR(2) recurrence
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
export function forecastWith(
  method: ForecastMethod,
  contexts: readonly (readonly Float64Array[])[],
  horizon: number,
  options: ForecastMethodOptions,
): MethodForecast[] {
  const where = 'forecastWith';
  const m = requireOneOf(where, 'method', method, FORECAST_METHODS);
  const dt = requirePositive(where, 'dt', options.dt);
  requireInteger(where, 'horizon', horizon, 1);
  switch (m) {
    case 'hippo-ridge':
      return inContextForecaster(contexts, horizon, { ...options, dt }).map((r) =>
        ridgeModel(r, { N: options.N ?? 4, leading: options.leading ?? 2 }),
      );
    case 'ngrc':
      return ngrcForecaster(contexts, horizon, options).map((r) =>
        ridgeModel(r, { delays: options.delays ?? 3 }),
      );
    case 'ar': {
      const order = requireInteger(where, 'order', options.order ?? 4, 1);
      return contexts.map((context) => {
        const channels = context.map(
          (c) =>
            ngrcForecaster([[c]], horizon, {
              delays: order,
              stride: 1,
              quadratic: false,
              regularization: AR_RIDGE,
            })[0].forecast[0],
        );
        return Object.freeze({ forecast: channels, model: Object.freeze({ order, rho: AR_RIDGE }) });
      });
    }
    case 'legt':
    case 'legt-stable': {
      const N = requireInteger(where, 'N', options.N ?? 4, 1);
      const theta = options.theta ?? 32 * dt;
      if (typeof theta !== 'number') {
        throw new RangeError(`${where}: ${m} takes one window theta, got ${theta.length}`);
      }
      const plain = prophecy(hippo('legt', N, { theta }), { dt });
      let p: DiscretePredictor = plain;
      const model: Record<string, number> = { N, theta };
      if (m === 'legt-stable') {
        const s = stabilizeClosedLoop(plain);
        p = s;
        Object.assign(model, { gamma: s.gamma, radius: s.radius, plainRadius: s.plainRadius });
      }
      return contexts.map((context) =>
        Object.freeze({ forecast: constructionForecast(p, context, horizon), model: Object.freeze(model) }),
      );
    }
    case 'copy-last':
      return contexts.map((context) =>
        Object.freeze({
          forecast: context.map((c) => new Float64Array(horizon).fill(c[c.length - 1])),
          model: Object.freeze({}),
        }),
      );
  }
}

/** The model summary of a ridge forecaster. */
function ridgeModel(r: InContextForecast, extra: Record<string, number>): MethodForecast {
  return Object.freeze({
    forecast: r.forecast,
    model: Object.freeze({
      ...extra,
      memory: r.memory,
      features: r.features,
      rho: Array.from(r.rho),
      selection: r.selection.method,
      score: Number.isFinite(r.selection.score) ? r.selection.score : null,
      rejected: r.selection.rejected,
      diverged: r.diverged,
    }),
  });
}

/**
 * The construction run free after T true values, channels batched through one scan: out[T - 1 + j] predicts u_{T+j}.
 */
function constructionForecast(
  p: DiscretePredictor,
  context: readonly Float64Array[],
  horizon: number,
): Float64Array[] {
  const T = context[0].length;
  const padded = context.map((c) => {
    const u = new Float64Array(T + horizon - 1);
    u.set(c);
    return u;
  });
  return scan(p, padded, { teacherSteps: T }).map((out) => out.slice(T - 1, T - 1 + horizon));
}
