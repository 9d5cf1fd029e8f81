/**
 * Building an operator and its predictor from the string options the CLI commands share (`--measure`, `--N`,
 * `--theta`, `--dt`, `--discretization`, ...), so `operator`, `predictor` and `predict` parse them alike.
 *
 * @see arXiv:2407.09375
 */
import type { DiscretePredictor, DiscretizationMethod, OutputRule } from '../construction/index.ts';
import { prophecy } from '../construction/index.ts';
import { hippo } from '../hippo/index.ts';
import type { HippoOperator, MeasureName } from '../hippo/index.ts';
import { checkArguments } from './errors.ts';
import { parseNumberOption } from './io.ts';

/** The raw (string) operator options of a CLI command. */
export interface OperatorCliOptions {
  measure: string;
  N: string;
  theta: string;
}

/** The raw predictor options of a CLI command: the operator's, the step and the discretization. */
export interface PredictorCliOptions extends OperatorCliOptions {
  dt: string;
  discretization: string;
  /** the output rule (--output-rule); absent: prophecy's default (the measure's: trapezoid, forward-euler for fout-authors) */
  outputRule?: string;
  /** absent: prophecy's default (false) */
  authorsFirstStep?: boolean;
}

/**
 * Parses a --discretization value: 'forward' | 'backward' | 'bilinear' | 'zoh' | 'gbt:<alpha>'. Unknown names are
 * passed through so that prophecy() rejects them with the list of choices.
 *
 * @param raw - the option string
 * @returns the discretization method
 * @throws TypeError when the alpha of 'gbt:<alpha>' is not a number
 * @example parseDiscretization('gbt:0.5') // { gbt: 0.5 }
 * @see arXiv:2407.09375
 */
export function parseDiscretization(raw: string): DiscretizationMethod {
  const m = /^gbt:(.*)$/.exec(raw.trim());
  if (m) return { gbt: parseNumberOption('discretization gbt:<alpha>', m[1]) };
  return raw.trim() as DiscretizationMethod;
}

/**
 * The HiPPO operator of `--measure`, `--N`, `--theta`.
 *
 * @param opts - the raw options
 * @returns hippo(measure, N, { theta })
 * @throws TypeError when N or theta is not a number; what hippo() throws otherwise (its TypeError and RangeError
 *   marked as usage errors, exit 2; a MemoryBudgetError stays a run-time failure, exit 1)
 * @example buildOperatorFromOptions({ measure: 'legt', N: '8', theta: '1' }).N // 8
 * @see arXiv:2407.09375
 */
export function buildOperatorFromOptions(opts: OperatorCliOptions): HippoOperator {
  const N = parseNumberOption('N', opts.N);
  const theta = parseNumberOption('theta', opts.theta);
  return checkArguments(() => hippo(opts.measure as MeasureName, N, { theta }));
}

/**
 * The operator and the discrete next-value predictor prophecy(op, { dt, discretization, output,
 * authorsFirstStep }) of the raw CLI options.
 *
 * @param opts - the raw options
 * @returns the operator and its predictor
 * @throws TypeError when a number option is not a number; what hippo() and prophecy() throw otherwise (usage
 *   errors, exit 2, except MemoryBudgetError and NonFiniteError: run-time failures, exit 1)
 * @example buildPredictorFromOptions({ measure: 'legt', N: '8', theta: '1', dt: '1e-3', discretization: 'bilinear' })
 * @see arXiv:2407.09375
 */
export function buildPredictorFromOptions(opts: PredictorCliOptions): {
  op: HippoOperator;
  predictor: DiscretePredictor;
} {
  const op = buildOperatorFromOptions(opts);
  const dt = parseNumberOption('dt', opts.dt);
  const discretization = parseDiscretization(opts.discretization);
  const predictor = checkArguments(() =>
    prophecy(op, {
      dt,
      discretization,
      output: opts.outputRule as OutputRule | undefined,
      authorsFirstStep: opts.authorsFirstStep,
    }),
  );
  return { op, predictor };
}

/**
 * The parsed, defaulted options of a predictor, for the JSON envelope's params.
 *
 * @param p - the predictor built from them
 * @returns { measure, N, theta, dt, discretization, outputRule, authorsFirstStep }
 * @example predictorParams(prophecy(hippo('legt', 4), { dt: 1e-3 })).outputRule === 'trapezoid';
 * @see arXiv:2407.09375
 */
export function predictorParams(p: DiscretePredictor): Record<string, unknown> {
  return {
    measure: p.op.measure,
    N: p.op.N,
    theta: p.op.theta,
    dt: p.dt,
    discretization: discretizationName(p.discretization),
    outputRule: p.output,
    authorsFirstStep: p.authorsFirstStep,
  };
}

/**
 * A discretization method as the CLI writes it: its name, or 'gbt:<alpha>'.
 *
 * @param method - the method
 * @returns e.g. 'bilinear' or 'gbt:0.3'
 * @example discretizationName({ gbt: 0.3 }) === 'gbt:0.3';
 * @see arXiv:2407.09375
 */
export function discretizationName(method: DiscretizationMethod): string {
  return typeof method === 'string' ? method : `gbt:${method.gbt}`;
}
