/**
 * Where a command writes its result: stdout, or `--output FILE` written atomically (a temporary file in the
 * target's folder, flushed to disk and renamed over the target on success, removed on failure), so a reader never
 * sees half a file. Text goes out in chunks of CHUNK_CHARS as it is produced: no output is ever built as one string.
 */
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StdoutClosedError, usageError } from '../errors.ts';

/** Characters buffered before a write: large enough to amortize the writes, small against any memory. */
export const CHUNK_CHARS = 1 << 16;

/** A destination for text, written in order. */
export interface Sink {
  /** appends text (buffered; flushed in CHUNK_CHARS pieces) */
  write(text: string): Promise<void>;
  /** flushes and finishes: an --output file appears under its name only now */
  close(): Promise<void>;
  /** gives up: an --output file's temporary file is removed, the target left as it was */
  discard(): Promise<void>;
}

let stdoutState: { closed: boolean; error: Error | null } | null = null;

/**
 * Watches process.stdout for a reader that went away (EPIPE, e.g. `| head`): from then on writes throw
 * StdoutClosedError, which the CLI turns into a quiet exit 0, instead of Node's unhandled 'error' stack trace.
 */
export function watchStdout(): void {
  if (stdoutState !== null) return;
  const state = { closed: false, error: null as Error | null };
  stdoutState = state;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    state.closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') state.error = error;
  });
}

/** True once stdout's reader has gone. */
export function stdoutClosed(): boolean {
  return stdoutState?.closed === true;
}

abstract class BufferedSink implements Sink {
  private pending: string[] = [];
  private size = 0;

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  protected async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    await this.emit(chunk);
  }

  protected abstract emit(chunk: string): Promise<void>;
  abstract close(): Promise<void>;
  abstract discard(): Promise<void>;
}

class StdoutSink extends BufferedSink {
  protected async emit(chunk: string): Promise<void> {
    const out = process.stdout;
    if (stdoutState?.error) throw stdoutState.error;
    if (stdoutClosed() || out.destroyed) throw new StdoutClosedError();
    if (!out.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          out.off('error', done);
          resolve();
        };
        out.on('drain', done);
        out.on('close', done);
        out.on('error', done);
      });
    } else {
      // let an EPIPE from this write surface before the next one
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (stdoutState?.error) throw stdoutState.error;
    if (stdoutClosed()) throw new StdoutClosedError();
  }

  async close(): Promise<void> {
    await this.flush();
  }

  async discard(): Promise<void> {
    // what was written to stdout stays written; the error message follows on stderr
    try {
      await this.flush();
    } catch {
      // the reader is gone or stdout failed: nothing more to say there
    }
  }
}

class FileSink extends BufferedSink {
  constructor(
    private readonly target: string,
    private readonly tmp: string,
    private readonly handle: FileHandle,
  ) {
    super();
  }

  protected async emit(chunk: string): Promise<void> {
    await this.handle.write(chunk);
  }

  async close(): Promise<void> {
    try {
      await this.flush();
      await this.handle.sync();
      await this.handle.close();
      await rename(this.tmp, this.target);
    } catch (error) {
      await this.discard();
      throw new Error(`--output ${this.target}: cannot write (${describe(error)})`, { cause: error });
    }
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.tmp, { force: true });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks an --output target before any work: its folder exists and it is not a folder itself (the write can still
 * fail later, e.g. on a full disk; then the target is left as it was).
 *
 * @param path - the --output value, or undefined for stdout
 * @throws Error naming --output; a usage error (exit 2) for an empty or option-like name
 */
export async function checkOutputPath(path: string | undefined): Promise<void> {
  if (path === undefined || path === '-') return;
  if (path.trim() === '') throw usageError('--output must name a file, got an empty string');
  if (path.startsWith('-')) {
    throw usageError(
      `--output must name a file, got the option-like "${path}" (write ./${path} for such a file name)`,
    );
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new Error(`--output ${path} is a folder; give a file name`);
  const dir = await stat(dirname(path)).catch(() => null);
  if (!dir?.isDirectory()) throw new Error(`--output ${path}: the folder ${dirname(path)} does not exist`);
}

/**
 * Opens the destination of a command's result: stdout when `path` is undefined or '-', else the file `path`
 * (written atomically). The folder must exist and the target must not be a folder.
 *
 * @param path - the --output value, or undefined for stdout
 * @returns a {@link Sink}
 * @throws Error naming --output when the file cannot be created
 */
export async function openSink(path: string | undefined): Promise<Sink> {
  if (path === undefined || path === '-') {
    watchStdout();
    return new StdoutSink();
  }
  await checkOutputPath(path);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(tmp, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `the folder ${dir} does not exist` : describe(error);
    throw new Error(`--output ${path}: cannot create the file (${why})`, { cause: error });
  }
  return new FileSink(path, tmp, handle);
}

/**
 * Runs `body` with the sink of `path` and finishes it: closed (the file renamed into place) when `body` succeeds,
 * discarded (the temporary file removed) when it throws.
 *
 * @param path - the --output value, or undefined for stdout
 * @param body - writes the result
 * @throws what body or the sink throws
 */
export async function withSink(path: string | undefined, body: (sink: Sink) => Promise<void>): Promise<void> {
  const sink = await openSink(path);
  try {
    await body(sink);
  } catch (error) {
    await sink.discard();
    throw error;
  }
  await sink.close();
}
