/**
 * `hippo-prophecy reproduce`: runs the registered experiments (experiments/registry.ts) through the runner, writes
 * `<out>/<id>/...` and `<out>/index.html`, prints the claims summary, and sets exit code 1 when a claim or an
 * experiment fails.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { ProgressMode } from '../../../experiments/runner/progressReporter.ts';
import type { Experiment, Scale } from '../../../experiments/types.ts';
import { ReportedFailure, usageError } from '../errors.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';

/** Injection points for tests: the experiments to offer (default: the registry). */
export interface ReproduceDeps {
  experiments?: readonly Experiment[];
}

interface ReproduceOptions {
  scale: Scale;
  only?: string[];
  out: string;
  workers: number;
  force: boolean;
  seed: number;
  png: boolean;
  progress: ProgressMode;
  json?: boolean;
  output?: string;
  backend?: 'auto' | 'tensorflow' | 'wasm' | 'cpu';
}

function parseIds(raw: string): string[] {
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) throw new InvalidArgumentError('expected a comma-separated list of experiment ids');
  return ids;
}

function parseWorkers(raw: string): number {
  if (raw === 'auto') return Math.max(1, availableParallelism());
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected an integer >= 1 or "auto", got "${raw}"`);
  return n;
}

function parseSeed(raw: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(n))
    throw new InvalidArgumentError(`expected an integer, got "${raw}"`);
  return n;
}

/**
 * Registers `reproduce [--scale quick|paper] [--only id,...] [--out results] [--workers n|auto] [--force]
 * [--seed n] [--no-png] [--progress auto|bar|lines|silent] [--json] [--backend auto|tensorflow|wasm|cpu]` on
 * `program`. `--backend` sets process.env.HIPPO_PROPHECY_BACKEND (read by the training experiments, and inherited by
 * worker threads) before anything runs.
 *
 * @param program - the commander program
 * @param deps - test injection (see {@link ReproduceDeps})
 * @throws RangeError (from the action) for unknown --only ids, listing the known ones
 * @example
 *   import { Command } from 'commander';
 *   const program = new Command('hippo-prophecy');
 *   register(program, { experiments: [] }); // no experiments offered: nothing can run
 *   const cmd = program.commands.find((c) => c.name() === 'reproduce');
 *   cmd !== undefined && cmd.options.some((o) => o.long === '--scale');
 */
export function register(program: Command, deps: ReproduceDeps = {}): void {
  program
    .command('reproduce')
    .description('run the paper experiments, check their claims and write figures (skips finished ones)')
    .addOption(
      new Option('--scale <scale>', 'quick (about a minute each on 2 cores) or paper (full size)')
        .choices(['quick', 'paper'])
        .default('quick'),
    )
    .option('--only <ids>', 'comma-separated experiment ids (default: all)', parseIds)
    .option('--out <dir>', 'results folder', 'results')
    .option('--workers <n>', 'worker threads for parallel tasks, or "auto"', parseWorkers, 1)
    .option('--force', 'rerun finished experiments and discard their checkpoints', false)
    .option('--seed <n>', 'base seed of every experiment', parseSeed, 0)
    .option('--no-png', 'do not render PNG files (they need a Chromium: CHROMIUM_PATH or /usr/bin/chromium)')
    .addOption(
      new Option('--progress <mode>', 'progress display on stderr')
        .choices(['auto', 'bar', 'lines', 'silent'])
        .default('auto'),
    )
    .option(
      '--json',
      'print { command, version, params, allPass, out, notes, results } as JSON instead of the summary table',
    )
    .option('--output <file>', 'write the summary (or the JSON) to FILE (atomically) instead of stdout')
    .addOption(
      new Option(
        '--backend <name>',
        'tfjs backend of the training experiments (fig6-trained, icl-families): auto picks tensorflow (tfjs-node, ' +
          'if installed) > wasm > cpu; sets HIPPO_PROPHECY_BACKEND (default: that variable, else auto)',
      ).choices(['auto', 'tensorflow', 'wasm', 'cpu']),
    )
    .action(async (opts: ReproduceOptions) => {
      if (opts.backend !== undefined) process.env.HIPPO_PROPHECY_BACKEND = opts.backend;
      // the registry and the runner are loaded here, not at start-up (they are the CLI's heaviest imports)
      const experiments = deps.experiments ?? (await import('../../../experiments/registry.ts')).experiments;
      const { runExperiments } = await import('../../../experiments/runner/runExperiments.ts');
      const known = experiments.map((e) => e.id);
      const unknown = (opts.only ?? []).filter((id) => !known.includes(id));
      if (unknown.length > 0) {
        throw usageError(
          `reproduce: unknown experiment id${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} in --only; ` +
            `known: ${known.length > 0 ? known.join(', ') : '(none registered)'}`,
        );
      }
      await checkOutputPath(opts.output);
      const { scale, only, out, workers, force, seed, png, progress } = opts;
      const run = { scale, only, out, workers, force, seed, png, progress };
      const report = await runExperiments({ experiments, ...run, summary: false });
      const { formatSummaryTable } = await import('../../../experiments/runner/summaryTable.ts');
      const { join } = await import('node:path');
      const results = report.results.map(({ id, status, cached, seconds, claims, error }) => ({
        id,
        status,
        cached,
        seconds,
        claims,
        ...(error === undefined ? {} : { error }),
      }));
      await emit({
        command: 'reproduce',
        params: {
          ...run,
          only: only ?? null,
          backend: opts.backend ?? process.env.HIPPO_PROPHECY_BACKEND ?? 'auto',
        },
        result: { allPass: report.allPass, out: report.out, notes: report.notes, results },
        json: opts.json === true,
        output: opts.output,
        nonFiniteHint: 'an experiment reported a non-finite value',
        text: (sink) =>
          sink.write(`${formatSummaryTable(report.results)}results: ${join(report.out, 'index.html')}\n`),
      });
      if (!report.allPass) throw new ReportedFailure('reproduce: a claim or an experiment failed');
    });
}
