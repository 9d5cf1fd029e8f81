import { prophecy } from '../construction/prophecy.ts';
import type { DiscretePredictor, DiscretizationMethod, OutputRule } from '../construction/types.ts';
import { hippo } from '../hippo/hippo.ts';
import { measures } from '../hippo/measures.ts';
import type { MeasureName } from '../hippo/types.ts';

/**
 * A plain-data description of a constructed predictor, prophecy(hippo(measure, N, { theta }), { dt, ... }), so that
 * worker threads can rebuild the predictors of a sweep from structured-cloneable task inputs.
 */
export interface PredictorSpec {
  readonly measure: MeasureName;
  /** state size N (odd for FouT) */
  readonly N: number;
  /** window length theta; @default 1 */
  readonly theta?: number;
  /** step dt > 0 (the authors use dt = 1/L with theta = 1) */
  readonly dt: number;
  /** @default 'bilinear' */
  readonly discretization?: DiscretizationMethod;
  /** @default the measure's: 'trapezoid' ('forward-euler' for fout-authors) */
  readonly output?: OutputRule;
  /** the authors' first-step quirk; @default false */
  readonly authorsFirstStep?: boolean;
}

const cache = new Map<string, DiscretePredictor>();

/**
 * A canonical string for a spec (defaults filled in), used as a cache key.
 *
 * @param spec - the predictor description
 * @returns e.g. 'legt|17|1|0.0001|"bilinear"|trapezoid|false'
 * @example predictorSpecKey({ measure: 'legt', N: 17, dt: 1e-4 })
 * @see arXiv:2407.09375
 * @internal
 */
export function predictorSpecKey(spec: PredictorSpec): string {
  return [
    spec.measure,
    spec.N,
    spec.theta ?? 1,
    spec.dt,
    JSON.stringify(spec.discretization ?? 'bilinear'),
    spec.output ?? measures[spec.measure]?.output ?? 'trapezoid',
    spec.authorsFirstStep ?? false,
  ].join('|');
}

/**
 * Builds (once per distinct spec, then from a module-level cache) the predictor
 *
 *   prophecy(hippo(measure, N, { theta }), { dt, discretization, output, authorsFirstStep }).
 *
 * @param spec - see PredictorSpec
 * @returns the DiscretePredictor (the same object for equal specs, so per-object caches downstream hit)
 * @throws as hippo and prophecy: RangeError for an unknown measure, a bad N (even N for FouT), dt <= 0,
 *   D dt / 2 >= 1
 * @example predictorFromSpec({ measure: 'fout', N: 21, dt: 1e-4 })
 * @see arXiv:2407.09375
 */
export function predictorFromSpec(spec: PredictorSpec): DiscretePredictor {
  if (typeof spec !== 'object' || spec === null) {
    throw new TypeError(`predictorFromSpec: spec must be an object, got ${String(spec)}`);
  }
  const key = predictorSpecKey(spec);
  let p = cache.get(key);
  if (!p) {
    p = prophecy(hippo(spec.measure, spec.N, { theta: spec.theta ?? 1 }), {
      dt: spec.dt,
      discretization: spec.discretization ?? 'bilinear',
      output: spec.output,
      authorsFirstStep: spec.authorsFirstStep ?? false,
    });
    cache.set(key, p);
  }
  return p;
}
