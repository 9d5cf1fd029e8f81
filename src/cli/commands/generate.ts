/**
 * `hippo-prophecy generate <system> [--length n] [--seed s] [--dt x] [--param key=value ...] [--json]
 * [--output FILE]`: one function of a signal or dynamical system: a tab-separated table (`# ` comment lines, a
 * header `t <channels>`, one row per sample), or with --json { ..., system, channels, t, values } (values: one
 * array per channel). Both are written as they are produced; `predict --input -` reads either.
 */
import type { Command } from 'commander';
import { generate, systemNames, systems } from '../../systems/index.ts';
import type { GenerateOptions } from '../../systems/index.ts';
import { checkArguments, usageError } from '../errors.ts';
import { parseNumberOption } from '../io.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import type { Sink } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';

/**
 * Parses one `key=value` parameter: a number, or the word `random` (for initial conditions).
 *
 * @throws TypeError (a usage error) when the text is not key=value or the value is neither a number nor `random`
 * @example parseParam('sigma=10') // ['sigma', 10]
 */
export function parseParam(text: string): [string, number | 'random'] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw usageError(`--param must look like key=value, got "${text}"`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (raw === 'random') return [key, 'random'];
  const value = Number(raw);
  // "NaN" parses to NaN on purpose: generate then reports the non-finite parameter by name.
  if (raw === '' || (Number.isNaN(value) && raw !== 'NaN')) {
    throw usageError(`--param ${key} must be a number or "random", got "${raw}"`);
  }
  return [key, value];
}

/** Rows per write of the table: a few thousand lines, about 100 KB. */
const ROWS_PER_WRITE = 2048;

/** Writes the tab-separated table of a generated function, a block of rows at a time. */
async function writeTable(
  sink: Sink,
  header: string[],
  t: Float64Array,
  values: readonly Float64Array[],
): Promise<void> {
  await sink.write(`${header.join('\n')}\n`);
  const L = t.length;
  for (let start = 0; start < L; start += ROWS_PER_WRITE) {
    const end = Math.min(L, start + ROWS_PER_WRITE);
    let text = '';
    for (let k = start; k < end; k++) {
      text += String(t[k]);
      for (const c of values) text += `\t${c[k]}`;
      text += '\n';
    }
    await sink.write(text);
  }
}

interface GenerateCliOptions extends OutputCliOptions {
  length?: string;
  seed: string;
  stream: string;
  dt?: string;
  tSpan?: string;
  scale?: string;
  noise: string;
  param?: string[];
}

/** Registers the `generate` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('generate')
    .description('generate one function of a signal or dynamical system (see `list systems`)')
    .argument('<system>', `system name: ${systemNames.join(', ')}`)
    .option('--length <n>', 'number of samples (default: the system default, 10000)')
    .option('--seed <s>', 'seed (integer)', '0')
    .option('--stream <i>', 'stream index: function i of the seed', '0')
    .option('--dt <x>', 'sample spacing (default: the system default)')
    .option('--t-span <t0,t1>', 'time span sampled as linspace (instead of --dt)')
    .option('--scale <mode>', 'minmax | standard | none (default: the system default)')
    .option('--noise <sigma>', 'standard deviation of additive observation noise', '0')
    .option('--param <key=value...>', 'system parameter (repeatable), e.g. --param rho=28 --param x0=1');
  addOutputOptions(command, 'system, channels, t, values').action(
    async (system: string, opts: GenerateCliOptions) => {
      const options: GenerateOptions = {
        seed: parseNumberOption('seed', opts.seed),
        stream: parseNumberOption('stream', opts.stream),
        noise: parseNumberOption('noise', opts.noise),
      };
      if (opts.length !== undefined) options.length = parseNumberOption('length', opts.length);
      if (opts.dt !== undefined) options.dt = parseNumberOption('dt', opts.dt);
      if (opts.tSpan !== undefined) {
        const parts = opts.tSpan.split(',');
        if (parts.length !== 2) throw usageError(`--t-span must look like t0,t1, got "${opts.tSpan}"`);
        options.tSpan = [parseNumberOption('t-span', parts[0]), parseNumberOption('t-span', parts[1])];
      }
      if (opts.scale !== undefined) options.scale = opts.scale as GenerateOptions['scale'];
      const given: Record<string, number | 'random'> = {};
      for (const text of opts.param ?? []) {
        const [key, value] = parseParam(text);
        given[key] = value;
        options[key] = value;
      }
      await checkOutputPath(opts.output);
      // argument errors (unknown system or parameter, bad length, ...) are usage errors; a length beyond the memory
      // budget and a failing ODE solver are run-time failures
      const g = checkArguments(() => generate(system, options));
      const def = systems[g.system];
      const params = {
        system: g.system,
        length: g.t.length,
        seed: options.seed,
        stream: options.stream,
        dt: options.dt ?? (options.tSpan === undefined && def.tSpan === null ? def.dt : null),
        tSpan: options.tSpan ?? (options.dt === undefined ? def.tSpan : null),
        scale: options.scale ?? def.scale,
        noise: options.noise,
        param: { ...def.defaults, ...given },
      };
      await emit({
        command: 'generate',
        params,
        result: { system: g.system, channels: g.channels, t: g.t, values: g.values },
        json: opts.json === true,
        output: opts.output,
        nonFiniteHint: `the ${g.system} system left float64 with these parameters`,
        text: (sink) =>
          writeTable(
            sink,
            [
              `# ${g.system}: ${def.description}`,
              `# ${g.t.length} samples, t in [${g.t[0]}, ${g.t[g.t.length - 1]}]`,
              ['t', ...g.channels].join('\t'),
            ],
            g.t,
            g.values,
          ),
      });
    },
  );
}
