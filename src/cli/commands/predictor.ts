/**
 * `hippo-prophecy predictor --measure legt --N 8 --dt 1e-3 [--theta 1] [--discretization bilinear]
 * [--output trapezoid] [--authors-first-step] [--json]`: the discrete next-value predictor
 * { Abar, Bbar, Cbar, Dbar, C, D }. Without --output, the measure's rule (trapezoid; forward-euler for fout-authors).
 */
import type { Command } from 'commander';
import { measureNames } from '../../hippo/index.ts';
import { printJson } from '../io.ts';
import { buildPredictorFromOptions } from '../predictorOptions.ts';
import type { PredictorCliOptions } from '../predictorOptions.ts';
import { formatMatrix, formatVectorLine } from './operator.ts';

/** Registers the `predictor` command on `program`. */
export function register(program: Command): void {
  program
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
      '--output <rule>',
      "trapezoid | forward-euler (default: the measure's, trapezoid; fout-authors: forward-euler)",
    )
    .option('--authors-first-step', "store the authors' first-step quirk (Cbar/2 at k = 0)", false)
    .option('--json', 'print { Abar, Bbar, Cbar, Dbar, C, D } as JSON (matrices as arrays of rows)')
    .action((opts: PredictorCliOptions & { output?: string; authorsFirstStep: boolean; json?: boolean }) => {
      const { op, predictor: p } = buildPredictorFromOptions(opts);
      if (opts.json) {
        printJson({ Abar: p.Abar, Bbar: p.Bbar, Cbar: p.Cbar, Dbar: p.Dbar, C: p.C, D: p.D });
        return;
      }
      const method = typeof p.discretization === 'string' ? p.discretization : `gbt:${p.discretization.gbt}`;
      process.stdout.write(
        [
          `${op.description}`,
          `predictor: N = ${op.N}, theta = ${op.theta}, dt = ${p.dt}, discretization ${method}, output ${p.output}` +
            (p.authorsFirstStep ? ", authors' first step" : '') +
            (op.timeVarying ? ' (LegS: step-0 matrices; the scan recomputes them per step)' : ''),
          `D = ${p.D}, D dt/2 = ${(p.D * p.dt) / 2}, Dbar = ${p.Dbar}`,
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
      );
    });
}
