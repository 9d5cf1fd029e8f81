/**
 * `hippo-prophecy predictor --measure legt --N 8 --dt 1e-3 [--theta 1] [--discretization bilinear]
 * [--output trapezoid] [--authors-first-step] [--json]`: the discrete next-value predictor
 * { Abar, Bbar, Cbar, Dbar, C, D }.
 */
import type { Command } from 'commander';
import type { DiscretizationMethod, OutputRule } from '../../construction/index.ts';
import { prophecy } from '../../construction/index.ts';
import { hippo, measureNames } from '../../hippo/index.ts';
import type { MeasureName } from '../../hippo/index.ts';
import { parseNumberOption, printJson } from '../io.ts';
import { formatMatrix, formatVectorLine } from './operator.ts';

/**
 * Parses a --discretization value: 'forward' | 'backward' | 'bilinear' | 'zoh' | 'gbt:<alpha>'. Unknown names are
 * passed through so that prophecy() rejects them with the list of choices.
 *
 * @throws TypeError when the alpha of 'gbt:<alpha>' is not a number
 */
export function parseDiscretization(raw: string): DiscretizationMethod {
  const m = /^gbt:(.*)$/.exec(raw.trim());
  if (m) return { gbt: parseNumberOption('discretization gbt:<alpha>', m[1]) };
  return raw.trim() as DiscretizationMethod;
}

/** Registers the `predictor` command on `program`. */
export function register(program: Command): void {
  program
    .command('predictor')
    .description(
      'the discrete next-value predictor: x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k',
    )
    .requiredOption('--measure <name>', `measure: ${measureNames.join(', ')}`)
    .requiredOption('--N <n>', 'state size (odd for fout, fout-code)')
    .requiredOption('--dt <dt>', 'step between samples')
    .option('--theta <theta>', 'window length (LagT: time scale)', '1')
    .option('--discretization <method>', 'forward | backward | bilinear | zoh | gbt:<alpha>', 'bilinear')
    .option('--output <rule>', 'trapezoid | forward-euler', 'trapezoid')
    .option('--authors-first-step', "store the authors' first-step quirk (Cbar/2 at k = 0)", false)
    .option('--json', 'print { Abar, Bbar, Cbar, Dbar, C, D } as JSON (matrices as arrays of rows)')
    .action(
      (opts: {
        measure: string;
        N: string;
        dt: string;
        theta: string;
        discretization: string;
        output: string;
        authorsFirstStep: boolean;
        json?: boolean;
      }) => {
        const op = hippo(opts.measure as MeasureName, parseNumberOption('N', opts.N), {
          theta: parseNumberOption('theta', opts.theta),
        });
        const p = prophecy(op, {
          dt: parseNumberOption('dt', opts.dt),
          discretization: parseDiscretization(opts.discretization),
          output: opts.output as OutputRule,
          authorsFirstStep: opts.authorsFirstStep,
        });
        if (opts.json) {
          printJson({ Abar: p.Abar, Bbar: p.Bbar, Cbar: p.Cbar, Dbar: p.Dbar, C: p.C, D: p.D });
          return;
        }
        const method =
          typeof p.discretization === 'string' ? p.discretization : `gbt:${p.discretization.gbt}`;
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
      },
    );
}
