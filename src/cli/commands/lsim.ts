/**
 * `hippo-prophecy lsim --system sys.json --input u.json [--dt h | --t t.json] [--x0 x0.json] [--interp linear|zoh]
 * [--json] [--output FILE]`: simulates a state-space system. A discrete system (sys.json has "dt") runs dlsim; a
 * continuous one runs lsim and needs its sample times, either --dt h (t_k = k h) or --t t.json (an array of equally
 * spaced times). Any one of the files may be stdin (`-`); the input may also be `generate`'s JSON or TSV/CSV
 * columns. --json prints { ..., t, y } with y an array of L numbers for one output, L rows of P numbers otherwise.
 */
import type { Command } from 'commander';
import { dlsim, lsim } from '../../lti/index.ts';
import { usageError } from '../errors.ts';
import { parseChoice, parseOptionalNumber, requireOneStdin } from '../io.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';
import { readJsonFile, readSignalFile, readSystemFile } from '../systemFile.ts';

interface LsimCliOptions extends OutputCliOptions {
  system: string;
  input: string;
  dt?: string;
  t?: string;
  x0?: string;
  interp: string;
}

/** Registers the `lsim` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('lsim')
    .description('simulate a state-space system (dlsim when sys.json has dt, else lsim on --dt or --t)')
    .requiredOption(
      '--system <file>',
      'JSON { A, B, C, D, dt } (or the output of c2d --json), or - for stdin',
    )
    .requiredOption(
      '--input <file>',
      'JSON array of numbers (one input) or of rows [L][M], { "values": ... }, TSV/CSV columns, or - for stdin',
    )
    .option('--dt <h>', 'continuous systems: sample at t_k = k h')
    .option('--t <file>', 'continuous systems: JSON array of equally spaced sample times')
    .option('--x0 <file>', 'JSON array: the initial state (at time 0)')
    .option(
      '--interp <kind>',
      'continuous systems: input between samples, linear (scipy default) or zoh',
      'linear',
    );
  addOutputOptions(command, 't, y').action(async (opts: LsimCliOptions) => {
    requireOneStdin({ system: opts.system, input: opts.input, t: opts.t, x0: opts.x0 });
    const interp = parseChoice('interp', opts.interp, ['linear', 'zoh'] as const);
    const h = parseOptionalNumber('dt', opts.dt);
    if (opts.dt !== undefined && opts.t !== undefined)
      throw usageError('give one of --dt <h> or --t <file>, not both');
    await checkOutputPath(opts.output);
    const sys = await readSystemFile('system', opts.system);
    const u = await readSignalFile('input', opts.input);
    const x0 = opts.x0 === undefined ? undefined : ((await readJsonFile('x0', opts.x0)) as number[]);
    let result: { t: Float64Array; y: { rows: number; cols: number; data: Float64Array } };
    if (sys.dt !== null) {
      if (opts.dt !== undefined || opts.t !== undefined) {
        throw usageError(
          `--dt and --t are for continuous systems; ${opts.system} is discrete (dt = ${sys.dt})`,
        );
      }
      result = dlsim(sys, u, { x0, states: false });
    } else {
      if (h === undefined && opts.t === undefined) {
        throw usageError(
          `${opts.system} is a continuous system (no "dt"): give its sample times with exactly one of --dt <h> or --t <file>`,
        );
      }
      const L = u instanceof Float64Array ? u.length : u.rows;
      const t =
        h !== undefined
          ? Float64Array.from({ length: L }, (_, k) => k * h)
          : ((await readJsonFile('t', opts.t as string)) as number[]);
      result = lsim(sys, u, t, { x0, interp: interp === 'linear', states: false });
    }
    const { rows: L, cols: P, data } = result.y;
    const y = P === 1 ? data : Array.from({ length: L }, (_, k) => data.subarray(k * P, (k + 1) * P));
    await emit({
      command: 'lsim',
      params: {
        system: opts.system,
        input: opts.input,
        ...(sys.dt === null ? { dt: h ?? null, t: opts.t ?? null, interp } : {}),
        x0: opts.x0 ?? null,
      },
      result: { t: result.t, y },
      json: opts.json === true,
      output: opts.output,
      nonFiniteHint: 'the simulation overflows float64 (an unstable system or a large input)',
      text: (sink) => {
        const last =
          L > 0 ? Array.from(data.subarray((L - 1) * P, L * P), (v) => v.toPrecision(6)).join(', ') : '-';
        return sink.write(
          `simulated ${L} samples of a ${sys.dt === null ? 'continuous' : 'discrete'} system ` +
            `(N = ${sys.A.rows}, M = ${sys.B.cols}, P = ${P}); last output y = [${last}]\n`,
        );
      },
    });
  });
}
