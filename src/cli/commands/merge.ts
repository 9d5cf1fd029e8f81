/**
 * `hippo-prophecy merge`: after the shards of a sharded run (`reproduce --shard i/n`, or an engine's index), checks
 * that every unit file is present and valid, names the missing ones (exit 1), and writes result.json, claims.json,
 * figures and index.html exactly as one `reproduce` run would (experiments/runner/mergeShards.ts).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { ProgressMode } from '../../../experiments/runner/progressReporter.ts';
import type { Experiment, Scale } from '../../../experiments/types.ts';
import { checkOutputPath } from '../output/sink.ts';
import { checkOnly, emitRunReport, parseIds, parseSeed } from './reproduce.ts';

/** Injection points for tests: the experiments to offer (default: the registry). */
export interface MergeDeps {
  experiments?: readonly Experiment[];
}

interface MergeOptions {
  scale: Scale;
  only?: string[];
  out: string;
  seed?: number;
  png: boolean;
  progress: ProgressMode;
  json?: boolean;
  output?: string;
}

/**
 * Registers `merge [--out results] [--only id,...] [--scale quick|paper] [--seed n] [--no-png] [--progress ...]
 * [--json] [--output FILE]` on `program`; --scale, --seed and --only must be those the shards ran with.
 *
 * @param program - the commander program
 * @param deps - test injection (see {@link MergeDeps})
 * @example
 *   import { Command } from 'commander';
 *   const program = new Command('hippo-prophecy');
 *   register(program, { experiments: [] });
 *   program.commands.some((c) => c.name() === 'merge');
 */
export function register(program: Command, deps: MergeDeps = {}): void {
  program
    .command('merge')
    .description(
      'combine the unit files of a sharded run (reproduce --shard i/n) into results, claims, figures and index.html',
    )
    .option('--out <dir>', 'the results folder the shards wrote into', 'results')
    .option('--only <ids>', 'comma-separated experiment ids, as given to the shards (default: all)', parseIds)
    .addOption(
      new Option('--scale <scale>', 'the scale the shards ran at')
        .choices(['quick', 'paper'])
        .default('quick'),
    )
    .option('--seed <n>', 'the seed the shards ran with (default 0)', parseSeed)
    .option('--no-png', 'do not render PNG files (they need a Chromium: CHROMIUM_PATH or /usr/bin/chromium)')
    .addOption(
      new Option('--progress <mode>', 'progress display on stderr')
        .choices(['auto', 'bar', 'lines', 'silent'])
        .default('auto'),
    )
    .option('--json', 'print { command, version, params, allPass, counts, out, notes, results } as JSON')
    .option('--output <file>', 'write the summary (or the JSON) to FILE (atomically) instead of stdout')
    .action(async (opts: MergeOptions) => {
      const experiments = deps.experiments ?? (await import('../../../experiments/registry.ts')).experiments;
      checkOnly('merge', experiments, opts.only);
      await checkOutputPath(opts.output);
      const { mergeShards } = await import('../../../experiments/runner/mergeShards.ts');
      const { scale, only, out, seed, png, progress } = opts;
      const report = await mergeShards({
        experiments,
        scale,
        only,
        out,
        seed,
        png,
        progress,
        summary: false,
      });
      const params = { scale, only: only ?? null, out, seed: seed ?? null, png, progress };
      await emitRunReport('merge', report, params, opts);
    });
}
