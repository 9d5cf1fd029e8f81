/**
 * `hippo-prophecy lsim --system sys.json --input u.json [--dt h | --t t.json] [--x0 x0.json] [--interp linear|zoh]
 * [--json]`: simulates a state-space system. A discrete system (sys.json has "dt") runs dlsim; a continuous one runs
 * lsim and needs its sample times, either --dt h (t_k = k h) or --t t.json (an array of equally spaced times).
 * --json prints { t, y } with y an array of L numbers for one output, L rows of P numbers otherwise.
 */
import type { Command } from 'commander';
import { dlsim, lsim } from '../../lti/index.ts';
import { requireOneOf } from '../../util/validate.ts';
import { parseNumberOption, printJson } from '../io.ts';
import { readJsonFile, readSignalFile, readSystemFile } from '../systemFile.ts';

interface LsimCliOptions {
  system: string;
  input: string;
  dt?: string;
  t?: string;
  x0?: string;
  interp: string;
  json?: boolean;
}

/** Registers the `lsim` command on `program`. */
export function register(program: Command): void {
  program
    .command('lsim')
    .description('simulate a state-space system (dlsim when sys.json has dt, else lsim on --dt or --t)')
    .requiredOption(
      '--system <file>',
      'JSON { A, B, C, D, dt } (or the { Ad, Bd, Cd, Dd, dt } of c2d --json)',
    )
    .requiredOption(
      '--input <file>',
      'JSON array of numbers (one input) or of rows [L][M], or { "values": ... }',
    )
    .option('--dt <h>', 'continuous systems: sample at t_k = k h')
    .option('--t <file>', 'continuous systems: JSON array of equally spaced sample times')
    .option('--x0 <file>', 'JSON array: the initial state (at time 0)')
    .option(
      '--interp <kind>',
      'continuous systems: input between samples, linear (scipy default) or zoh',
      'linear',
    )
    .option('--json', 'print { t, y } as JSON')
    .action((opts: LsimCliOptions) => {
      const sys = readSystemFile('system', opts.system);
      const u = readSignalFile('input', opts.input);
      const x0 = opts.x0 === undefined ? undefined : (readJsonFile('x0', opts.x0) as number[]);
      let result: { t: Float64Array; y: { rows: number; cols: number; data: Float64Array } };
      if (sys.dt !== null) {
        if (opts.dt !== undefined || opts.t !== undefined) {
          throw new RangeError(
            `--dt and --t are for continuous systems; ${opts.system} is discrete (dt = ${sys.dt})`,
          );
        }
        result = dlsim(sys, u, { x0, states: false });
      } else {
        if ((opts.dt === undefined) === (opts.t === undefined)) {
          throw new RangeError(
            `${opts.system} is a continuous system (no "dt"): give its sample times with exactly one of --dt <h> or --t <file>`,
          );
        }
        const L = Array.isArray(u) ? u.length : u.rows;
        let t: ArrayLike<number>;
        if (opts.dt !== undefined) {
          const h = parseNumberOption('dt', opts.dt);
          t = Float64Array.from({ length: L }, (_, k) => k * h);
        } else t = readJsonFile('t', opts.t as string) as number[];
        const interp = requireOneOf('--interp', 'value', opts.interp, ['linear', 'zoh']) === 'linear';
        result = lsim(sys, u, t, { x0, interp, states: false });
      }
      const { rows: L, cols: P, data } = result.y;
      const y = P === 1 ? data : Array.from({ length: L }, (_, k) => data.subarray(k * P, (k + 1) * P));
      if (opts.json) {
        printJson({ t: result.t, y });
        return;
      }
      const last =
        L > 0 ? Array.from(data.subarray((L - 1) * P, L * P), (v) => v.toPrecision(6)).join(', ') : '-';
      process.stdout.write(
        `simulated ${L} samples of a ${sys.dt === null ? 'continuous' : 'discrete'} system ` +
          `(N = ${sys.A.rows}, M = ${sys.B.cols}, P = ${P}); last output y = [${last}]\n`,
      );
    });
}
