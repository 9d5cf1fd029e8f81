/**
 * Progress display of one experiment: a cli-progress bar on a terminal, plain throttled lines otherwise (logs,
 * CI), or nothing. Everything goes to stderr so that stdout carries only the claims summary.
 */
import cliProgress from 'cli-progress';

/** 'auto' draws a bar when stderr is a terminal and prints lines otherwise. */
export type ProgressMode = 'auto' | 'bar' | 'lines' | 'silent';

/** The progress and log sink given to one experiment. */
export interface ExperimentProgress {
  update(done: number, total: number, label?: string): void;
  log(message: string): void;
  /** finishes the bar (idempotent) */
  stop(): void;
}

/** Seconds between two plain progress lines when the percentage bucket does not change. */
const LINE_INTERVAL_MS = 10_000;

/**
 * A progress display for experiment `id`.
 *
 * @param mode - see {@link ProgressMode}
 * @param id - experiment id shown in front of every line
 * @param stream - output stream @default process.stderr
 */
export function createProgress(
  mode: ProgressMode,
  id: string,
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
): ExperimentProgress {
  const resolved = mode === 'auto' ? (stream.isTTY ? 'bar' : 'lines') : mode;
  if (resolved === 'silent') return { update() {}, log() {}, stop() {} };
  if (resolved === 'lines') {
    let lastBucket = -1;
    let lastTime = 0;
    return {
      update(done, total, label) {
        const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
        const bucket = Math.floor(pct / 10);
        const now = Date.now();
        if (bucket !== lastBucket || done >= total || now - lastTime >= LINE_INTERVAL_MS) {
          lastBucket = bucket;
          lastTime = now;
          stream.write(`[${id}] ${done}/${total} (${pct}%)${label ? ` ${label}` : ''}\n`);
        }
      },
      log(message) {
        stream.write(`[${id}] ${message}\n`);
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `${id} [{bar}] {percentage}% {value}/{total} {label} | eta {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: !stream.isTTY,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  let stopped = false;
  return {
    update(done, total, label) {
      if (stopped) return;
      if (bar === undefined) bar = multi.create(total, done, { label: label ?? '' });
      else {
        if (bar.getTotal() !== total) bar.setTotal(total);
        bar.update(done, { label: label ?? '' });
      }
    },
    log(message) {
      if (stopped || bar === undefined) stream.write(`[${id}] ${message}\n`);
      else multi.log(`[${id}] ${message}\n`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
    },
  };
}

/**
 * Where a run's notes go: kept (for the report) and, unless `mode` is 'silent', printed on stderr; `say` prints
 * without keeping.
 *
 * @param mode - the progress mode
 * @returns the kept notes and the two writers
 * @example const { notes, note } = noteSink('silent'); note('PNG skipped'); notes.length === 1
 */
export function noteSink(mode: ProgressMode): {
  notes: string[];
  note(text: string): void;
  say(text: string): void;
} {
  const notes: string[] = [];
  const say = (text: string) => {
    if (mode !== 'silent') process.stderr.write(`${text}\n`);
  };
  return {
    notes,
    note: (text) => {
      notes.push(text);
      say(text);
    },
    say,
  };
}
