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
import { parseSeeds } from '../../../experiments/runner/seedsReport.ts';
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
  seed?: number;
  seeds?: number[];
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

function parseSeedList(raw: string): number[] {
  try {
    return parseSeeds(raw);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

function parseSeed(raw: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(n))
    throw new InvalidArgumentError(`expected an integer, got "${raw}"`);
  return n;
}

/**
 * Registers `reproduce [--scale quick|paper] [--only id,...] [--out results] [--workers n|auto] [--force]
 * [--seed n | --seeds list] [--no-png] [--progress auto|bar|lines|silent] [--json] [--backend
 * auto|tensorflow|wasm|cpu]` on `program`. `--backend` sets process.env.HIPPO_PROPHECY_BACKEND (read by the training
 * experiments, and inherited by worker threads) before anything runs. Run from the command line (not with injected
 * experiments), the run itself goes to a supervised child process, so that Ctrl-C prints "stopped, rerun to resume"
 * and exits 130 even while an experiment computes.
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
    .option(
      '--force',
      'rerun finished experiments and discard their checkpoints; also write into a non-empty folder that the runner ' +
        'did not create',
      false,
    )
    .option('--seed <n>', 'base seed of every experiment (default 0)', parseSeed)
    .option(
      '--seeds <list>',
      'run at each of these seeds ("0-9", "0,3,7") into <out>/seed-<s>/ and report per claim the pass rate and ' +
        'spread; a claim holds when it does not fail at >= 90% of them',
      parseSeedList,
    )
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
      if (opts.seed !== undefined && opts.seeds !== undefined)
        throw usageError('reproduce: give either --seed or --seeds, not both');
      if (opts.backend !== undefined) process.env.HIPPO_PROPHECY_BACKEND = opts.backend;
      const supervisor = await import('../../../experiments/runner/superviseReproduce.ts');
      if (deps.experiments === undefined && supervisor.shouldSupervise()) {
        // the run goes to a child process, so that Ctrl-C is answered at once (see superviseReproduce.ts)
        // the child has reported everything (stdio inherited); its status (1, 2, 130, 143) is this process's
        const code = await supervisor.superviseReproduce();
        if (code !== 0) process.exit(code);
        return;
      }
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
      const { scale, only, out, workers, force, seed, seeds, png, progress } = opts;
      const run = { scale, only, out, workers, force, seed, seeds, png, progress };
      const { toPlainJson } = await import('../../../experiments/runner/jsonEncoding.ts');
      const report = await runExperiments({ experiments, ...run, summary: false });
      const results = report.results.map(({ id, seed, status, cached, seconds, claims, error }) => ({
        id,
        seed,
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
          seed: seed ?? null,
          seeds: seeds ?? null,
          backend: opts.backend ?? process.env.HIPPO_PROPHECY_BACKEND ?? 'auto',
        },
        // claim values that are not finite (a diverging error) are the strings "NaN", "Infinity" as in claims.json
        result: toPlainJson({
          allPass: report.allPass,
          counts: report.counts,
          out: report.out,
          notes: report.notes,
          ...(report.seeds === undefined ? {} : { seeds: report.seeds }),
          results,
        }) as Record<string, unknown>,
        json: opts.json === true,
        output: opts.output,
        text: (sink) => sink.write(report.summaryText),
      });
      if (!report.allPass) throw new ReportedFailure('reproduce: a claim or an experiment failed');
    });
}
