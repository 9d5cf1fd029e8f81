/**
 * `hippo-prophecy generate <system> [--length n] [--seed s] [--dt x] [--param key=value ...] [--json]`: one
 * function of a signal or dynamical system, as { system, channels, t, values } (values: one array per channel).
 */
import type { Command } from 'commander';
import { generate, systemNames, systems } from '../../systems/index.ts';
import type { GenerateOptions } from '../../systems/index.ts';
import { parseNumberOption, printJson } from '../io.ts';

/**
 * Parses one `key=value` parameter: a number, or the word `random` (for initial conditions).
 *
 * @throws TypeError when the text is not key=value or the value is neither a number nor `random`
 * @example parseParam('sigma=10') // ['sigma', 10]
 */
export function parseParam(text: string): [string, number | 'random'] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new TypeError(`--param must look like key=value, got "${text}"`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (raw === 'random') return [key, 'random'];
  const value = Number(raw);
  // "NaN" parses to NaN on purpose: generate then reports the non-finite parameter by name.
  if (raw === '' || (Number.isNaN(value) && raw !== 'NaN')) {
    throw new TypeError(`--param ${key} must be a number or "random", got "${raw}"`);
  }
  return [key, value];
}

/** Registers the `generate` command on `program`. */
export function register(program: Command): void {
  program
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
    .option('--param <key=value...>', 'system parameter (repeatable), e.g. --param rho=28 --param x0=1')
    .option('--json', 'print { system, channels, t, values } as JSON')
    .action(
      (
        system: string,
        opts: {
          length?: string;
          seed: string;
          stream: string;
          dt?: string;
          tSpan?: string;
          scale?: string;
          noise: string;
          param?: string[];
          json?: boolean;
        },
      ) => {
        const options: GenerateOptions = {
          seed: parseNumberOption('seed', opts.seed),
          stream: parseNumberOption('stream', opts.stream),
          noise: parseNumberOption('noise', opts.noise),
        };
        if (opts.length !== undefined) options.length = parseNumberOption('length', opts.length);
        if (opts.dt !== undefined) options.dt = parseNumberOption('dt', opts.dt);
        if (opts.tSpan !== undefined) {
          const parts = opts.tSpan.split(',');
          if (parts.length !== 2) throw new TypeError(`--t-span must look like t0,t1, got "${opts.tSpan}"`);
          options.tSpan = [parseNumberOption('t-span', parts[0]), parseNumberOption('t-span', parts[1])];
        }
        if (opts.scale !== undefined) options.scale = opts.scale as GenerateOptions['scale'];
        for (const text of opts.param ?? []) {
          const [key, value] = parseParam(text);
          options[key] = value;
        }
        const g = generate(system, options);
        if (opts.json) {
          printJson({ system: g.system, channels: g.channels, t: g.t, values: g.values });
          return;
        }
        const def = systems[g.system];
        const lines = [
          `# ${g.system}: ${def.description}`,
          `# ${g.t.length} samples, t in [${g.t[0]}, ${g.t[g.t.length - 1]}]`,
          ['t', ...g.channels].join('\t'),
        ];
        for (let k = 0; k < g.t.length; k++) {
          lines.push([g.t[k], ...g.values.map((c) => c[k])].join('\t'));
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );
}
