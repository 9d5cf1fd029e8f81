/**
 * `hippo-prophecy c2d --system sys.json --dt 0.01 [--method zoh] [--alpha a] [--json] [--output FILE]`:
 * discretizes a continuous state-space system as scipy.signal.cont2discrete; --json prints
 * { ..., Ad, Bd, Cd, Dd, dt } (nested arrays), which `lsim --system` reads back (also from stdin, `-`).
 */
import type { Command } from 'commander';
import { C2D_METHODS, cont2discrete } from '../../lti/index.ts';
import type { C2dMethod } from '../../lti/index.ts';
import { checkArguments } from '../errors.ts';
import { parseNumberOption, parseOptionalNumber } from '../io.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';
import { readSystemFile } from '../systemFile.ts';
import { formatMatrix } from './operator.ts';

/** Registers the `c2d` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('c2d')
    .description('discretize a continuous state-space system (scipy.signal.cont2discrete methods)')
    .requiredOption(
      '--system <file>',
      'JSON { A, B, C, D } (nested arrays; B, C may be flat for SISO, D a number), or - for stdin',
    )
    .requiredOption('--dt <dt>', 'the step (> 0)')
    .option('--method <method>', C2D_METHODS.join(' | '), 'zoh')
    .option('--alpha <alpha>', "the GBT weight in [0, 1] (method 'gbt' only)");
  addOutputOptions(command, 'Ad, Bd, Cd, Dd, dt (matrices as arrays of rows)').action(
    async (opts: { system: string; dt: string; method: string; alpha?: string } & OutputCliOptions) => {
      const dt = parseNumberOption('dt', opts.dt);
      const alpha = parseOptionalNumber('alpha', opts.alpha);
      await checkOutputPath(opts.output);
      const sys = await readSystemFile('system', opts.system);
      const d = checkArguments(() => cont2discrete(sys, dt, opts.method as C2dMethod, { alpha }));
      await emit({
        command: 'c2d',
        params: { system: opts.system, dt, method: opts.method, ...(alpha === undefined ? {} : { alpha }) },
        result: { Ad: d.A, Bd: d.B, Cd: d.C, Dd: d.D, dt: d.dt },
        json: opts.json === true,
        output: opts.output,
        nonFiniteHint: `the discretization overflows float64 at dt = ${dt}; use a smaller dt`,
        text: (sink) =>
          sink.write(
            [
              `discrete system (method ${opts.method}, dt = ${d.dt}): N = ${d.A.rows} states, M = ${d.B.cols} inputs, P = ${d.C.rows} outputs`,
              'Ad =',
              formatMatrix(d.A),
              'Bd =',
              formatMatrix(d.B),
              'Cd =',
              formatMatrix(d.C),
              'Dd =',
              formatMatrix(d.D),
              '',
            ].join('\n'),
          ),
      });
    },
  );
}
