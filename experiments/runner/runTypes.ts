/**
 * The options and the report of the experiment runner (runExperiments.ts).
 *
 * @see arXiv:2407.09375
 */
import type { Claim, Experiment, Scale } from '../types.ts';
import type { ClaimCounts } from './computeClaims.ts';
import type { ProgressMode } from './progressReporter.ts';
import type { SeedsReport } from './seedsReport.ts';

/** Options of runExperiments. */
export interface RunExperimentsOptions {
  /** the experiments known to the run (the index page lists those of them that have results) */
  experiments: readonly Experiment[];
  /** @default 'quick' */
  scale?: Scale;
  /** ids to run; unknown ids are a RangeError listing the known ones @default every experiment */
  only?: string[];
  /**
   * results folder: absent (created; its parent must exist), empty, or made by this runner; other folders are
   * refused unless `force` @default 'results'
   */
  out?: string;
  /** worker threads for ctx.map (1 runs tasks in this thread) @default 1 */
  workers?: number;
  /**
   * rerun finished experiments and discard their checkpoints; also write into a non-empty folder the runner did not
   * create @default false
   */
  force?: boolean;
  /** base seed given to every experiment (the single-seed layout `<out>/<id>/`) @default 0 */
  seed?: number;
  /**
   * run every selected experiment at each of these seeds into `<out>/seed-<s>/<id>/` and report per claim the pass
   * rate and the spread of its value (see seedsReport.ts); replaces `seed` @default undefined (one seed)
   */
  seeds?: readonly number[];
  /** progress display on stderr; 'silent' also suppresses logs and notes (not the stdout summary) @default 'auto' */
  progress?: ProgressMode;
  /** write PNG files when a Chromium is available @default true */
  png?: boolean;
  /** Chromium binary @default process.env.CHROMIUM_PATH, else '/usr/bin/chromium' */
  chromiumPath?: string;
  /** print the claims summary on stdout @default true */
  summary?: boolean;
  /** on SIGINT/SIGTERM stop the bars and workers, say how to resume, exit 130/143 @default true */
  handleSignals?: boolean;
}

/** 'passed': no claim failed (deviations allowed); 'failed': some claim failed; 'error': the run threw. */
export type ExperimentStatus = 'passed' | 'failed' | 'error';

/** What happened to one experiment at one seed. */
export interface ExperimentOutcome {
  id: string;
  title: string;
  seed: number;
  status: ExperimentStatus;
  /** true when a finished earlier run was reused (its claims recomputed from its result.json) */
  cached: boolean;
  claims: Claim[];
  /** run time in seconds (of the earlier run when cached) */
  seconds: number;
  /** error message when status is 'error' */
  error?: string;
  /** the experiment's output folder */
  dir: string;
  /** checkpoints computed and reused in this run */
  checkpoints: { computed: number; reused: number };
}

/** The outcome of a run. */
export interface RunReport {
  /** every experiment at every seed, seed by seed */
  results: ExperimentOutcome[];
  /**
   * one seed: no experiment errored and no claim failed (deviations do not count against it); `seeds`: every claim
   * holds (does not fail at >= ceil(0.9 n) of the n seeds). The CLI turns it into the exit status.
   */
  allPass: boolean;
  /** claims by status, over all results */
  counts: ClaimCounts;
  /** absolute results folder */
  out: string;
  /** notes printed on the way (e.g. PNG export skipped) */
  notes: string[];
  /** the summary (the claims table, or the seeds table, and where the results are), as printed with `summary` */
  summaryText: string;
  /** with `seeds`: the per-claim report (also written to `<out>/seeds.json`) */
  seeds?: SeedsReport;
}
