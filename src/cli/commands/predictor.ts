/**
 * `hippo-prophecy predictor --measure legt --N 8 --dt 1e-3 [--theta 1] [--discretization bilinear]
 * [--output-rule trapezoid] [--authors-first-step] [--steps 3] [--json] [--output FILE]`: the discrete next-value
 * predictor x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k. Without --output-rule, the
 * measure's rule (trapezoid; forward-euler for fout-authors). LegS is time-varying: its JSON says so, gives the
 * per-step rule and the matrices of the first --steps steps instead of one set of matrices.
 */
import type { Command } from 'commander';
import type { DiscretePredictor } from '../../construction/index.ts';
import { predictorStep } from '../../construction/index.ts';
import { trapezoidIsValid } from '../../discretize/index.ts';
import { TRAPEZOID_MARGIN } from '../../discretize/discretizeOutput.ts';
import { measureNames } from '../../hippo/index.ts';
import { usageError } from '../errors.ts';
import { parseNumberOption } from '../io.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';
import { buildPredictorFromOptions, discretizationName, predictorParams } from '../predictorOptions.ts';
import type { PredictorCliOptions } from '../predictorOptions.ts';
import { formatMatrix, formatVectorLine } from './operator.ts';

/** The LTI recurrence every predictor runs (LegS with per-step matrices). */
const LTI_RULE = 'x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k, x_0 = 0';

/**
 * The first step whose trapezoid output is valid for LegS (D h_k/2 < 1 - margin with h_k = 1/(k+1), computed as
 * legsOutputStep does); 0 for forward-euler.
 *
 * @param p - a LegS predictor from prophecy()
 * @returns the step index k
 */
export function legsFirstValidStep(p: DiscretePredictor): number {
  if (p.output !== 'trapezoid') return 0;
  let k = Math.max(0, Math.floor(p.D / 2) - 2);
  while (!trapezoidIsValid((p.D * (1 / (k + 1))) / 2)) k++;
  return k;
}

/**
 * The per-step rule of a LegS predictor (time-varying: t x' = A x + B u, time counted in steps), as formulas.
 *
 * @param p - a LegS predictor from prophecy()
 * @returns { recurrence, state, output, timeUnit }
 */
export function legsRule(p: DiscretePredictor): Record<string, string> {
  const m = p.discretization;
  const alpha =
    typeof m === 'object'
      ? m.gbt
      : m === 'forward'
        ? 0
        : m === 'backward'
          ? 1
          : m === 'bilinear'
            ? 0.5
            : null;
  const state =
    alpha === null
      ? 'k = 0: Abar_0 = 0, Bbar_0 = -A^-1 B; k >= 1 (zoh): Abar_k = e^{A tau_k}, ' +
        'Bbar_k = integral_0^{tau_k} e^{A s} ds B, tau_k = ln((k+1)/k)'
      : `k = 0: Abar_0 = 0, Bbar_0 = -A^-1 B; k >= 1 (gbt alpha = ${alpha}): ` +
        `Abar_k = (I - alpha A/t_k)^-1 (I + (1 - alpha) A/t_k), Bbar_k = (I - alpha A/t_k)^-1 B/t_k, t_k = k + alpha`;
  const first = p.authorsFirstStep ? "; authors' first step: Cbar_0 halved" : '';
  const output =
    p.output === 'trapezoid'
      ? `h_k = 1/(k+1); when D h_k/2 < 1 - ${TRAPEZOID_MARGIN} (k >= ${legsFirstValidStep(p)}): ` +
        'Cbar_k = h_k C/(1 - D h_k/2), Dbar_k = (1 + D h_k/2)/(1 - D h_k/2); earlier steps copy the last value: ' +
        `Cbar_k = 0, Dbar_k = 1${first}`
      : `Cbar_k = C/(k+1), Dbar_k = 1${first}`;
  return {
    recurrence: 'x_{k+1} = Abar_k x_k + Bbar_k u_k, uhat_{k+1} = Cbar_k x_{k+1} + Dbar_k u_k, x_0 = 0',
    state,
    output,
    timeUnit: 'time is counted in steps (x_{k+1} summarizes u_0..u_k over [0, k+1]), so dt cancels',
  };
}

/** Registers the `predictor` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('predictor')
    .description(
      'the discrete next-value predictor: x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k',
    )
    .requiredOption('--measure <name>', `measure: ${measureNames.join(', ')}`)
    .requiredOption('--N <n>', 'state size (odd for fout, fout-code, fout-authors)')
    .requiredOption('--dt <dt>', 'step between samples')
    .option('--theta <theta>', 'window length (LagT: time scale)', '1')
    .option('--discretization <method>', 'forward | backward | bilinear | zoh | gbt:<alpha>', 'bilinear')
    .option(
      '--output-rule <rule>',
      "trapezoid | forward-euler (default: the measure's, trapezoid; fout-authors: forward-euler)",
    )
    .option('--authors-first-step', "store the authors' first-step quirk (Cbar/2 at k = 0)", false)
    .option('--steps <n>', 'LegS (time-varying): the number of steps whose matrices --json prints', '3');
  addOutputOptions(
    command,
    'timeVarying, rule, Abar, Bbar, Cbar, Dbar, C, D (LegS: rule, A, B, C, D and steps)',
  ).action(async (opts: PredictorCliOptions & { steps: string } & OutputCliOptions) => {
    const { op, predictor: p } = buildPredictorFromOptions(opts);
    const steps = parseNumberOption('steps', opts.steps);
    if (!Number.isInteger(steps) || steps < 0 || steps > 1000) {
      throw usageError(`--steps must be an integer in [0, 1000], got ${opts.steps}`);
    }
    await checkOutputPath(opts.output);
    const params = { ...predictorParams(p), ...(op.timeVarying ? { steps } : {}) };
    const result: Record<string, unknown> = op.timeVarying
      ? {
          timeVarying: true,
          rule: legsRule(p),
          firstValidStep: legsFirstValidStep(p),
          A: op.A,
          B: op.B,
          C: p.C,
          D: p.D,
          steps: Array.from({ length: steps }, (_, k) => {
            const s = predictorStep(p, k);
            return { k, Abar: s.Abar, Bbar: s.Bbar, Cbar: s.Cbar, Dbar: s.Dbar, valid: s.valid };
          }),
        }
      : {
          timeVarying: false,
          rule: LTI_RULE,
          Abar: p.Abar,
          Bbar: p.Bbar,
          Cbar: p.Cbar,
          Dbar: p.Dbar,
          C: p.C,
          D: p.D,
        };
    const legs = op.timeVarying ? legsRule(p) : null;
    await emit({
      command: 'predictor',
      params,
      result,
      json: opts.json === true,
      output: opts.output,
      nonFiniteHint: `dt = ${p.dt} overflows float64 in the predictor's matrices; use a smaller dt`,
      text: (sink) =>
        sink.write(
          [
            `${op.description}`,
            `predictor: N = ${op.N}, theta = ${op.theta}, dt = ${p.dt}, discretization ${discretizationName(p.discretization)}, output ${p.output}` +
              (p.authorsFirstStep ? ", authors' first step" : ''),
            ...(legs
              ? [
                  'time-varying (LegS): the matrices change at every step; below are those of step k = 0',
                  `  ${legs.recurrence}`,
                  `  state: ${legs.state}`,
                  `  output: ${legs.output}`,
                  `  ${legs.timeUnit}`,
                ]
              : [`  ${LTI_RULE}`]),
            // LegS counts time in steps (dt cancels), so D dt/2 means nothing there and overflows for a huge dt
            legs
              ? `D = ${p.D}, Dbar_0 = ${p.Dbar}`
              : `D = ${p.D}, D dt/2 = ${(p.D * p.dt) / 2}, Dbar = ${p.Dbar}`,
            'C =',
            formatVectorLine(p.C),
            'Cbar =',
            formatVectorLine(p.Cbar),
            'Abar =',
            formatMatrix(p.Abar),
            'Bbar =',
            formatVectorLine(p.Bbar),
            '',
          ].join('\n'),
        ),
    });
  });
}
