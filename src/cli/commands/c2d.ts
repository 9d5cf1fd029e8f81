/**
 * `hippo-prophecy c2d --system sys.json --dt 0.01 [--method zoh] [--alpha a] [--json]`: discretizes a continuous
 * state-space system as scipy.signal.cont2discrete; --json prints { Ad, Bd, Cd, Dd, dt } (nested arrays), which
 * `lsim --system` reads back.
 */
import type { Command } from 'commander';
import { C2D_METHODS, cont2discrete } from '../../lti/index.ts';
import type { C2dMethod } from '../../lti/index.ts';
import { parseNumberOption, printJson } from '../io.ts';
import { readSystemFile } from '../systemFile.ts';
import { formatMatrix } from './operator.ts';

/** Registers the `c2d` command on `program`. */
export function register(program: Command): void {
  program
    .command('c2d')
    .description('discretize a continuous state-space system (scipy.signal.cont2discrete methods)')
    .requiredOption(
      '--system <file>',
      'JSON { A, B, C, D } (nested arrays; B, C may be flat for SISO, D a number)',
    )
    .requiredOption('--dt <dt>', 'the step (> 0)')
    .option('--method <method>', C2D_METHODS.join(' | '), 'zoh')
    .option('--alpha <alpha>', "the GBT weight in [0, 1] (method 'gbt' only)")
    .option('--json', 'print { Ad, Bd, Cd, Dd, dt } as JSON (matrices as arrays of rows)')
    .action((opts: { system: string; dt: string; method: string; alpha?: string; json?: boolean }) => {
      const sys = readSystemFile('system', opts.system);
      const alpha = opts.alpha === undefined ? undefined : parseNumberOption('alpha', opts.alpha);
      const d = cont2discrete(sys, parseNumberOption('dt', opts.dt), opts.method as C2dMethod, { alpha });
      if (opts.json) {
        printJson({ Ad: d.A, Bd: d.B, Cd: d.C, Dd: d.D, dt: d.dt });
        return;
      }
      process.stdout.write(
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
      );
    });
}
