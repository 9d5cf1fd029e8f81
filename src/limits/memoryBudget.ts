/**
 * The memory budget that the size checks of the library (hippo's N, prophecy's N, generate's length) and the CLI
 * compare their estimates against, so that a size that cannot fit is refused up front, naming the argument and the
 * estimate, instead of growing for minutes and ending in "Invalid typed array length" or a V8 heap abort.
 *
 * The budget, in order of precedence:
 *
 * 1. `setMemoryBudget(bytes)` (the API; `setMemoryBudget(null)` removes it);
 * 2. the environment variable HIPPO_PROPHECY_MEMORY_BUDGET (Node, Deno with --allow-env), a size such as
 *    `536870912`, `512M`, `2G`, `1.5GiB` (K, M, G, T are powers of 1024);
 * 3. MEMORY_BUDGET_FRACTION (half) of the machine's memory: os.totalmem(), or the cgroup limit
 *    (process.constrainedMemory()) when that is smaller (Node);
 * 4. FALLBACK_MEMORY_BUDGET (4 GiB) where the total memory is unknown (browsers).
 *
 * Allocations on the JavaScript heap (plain arrays; only fft.js builds large ones) are checked separately against
 * V8's heap limit (`node --max-old-space-size` sets it), and single Float64Arrays against V8's maximum length.
 *
 * @see arXiv:2407.09375
 */

/** The environment variable that overrides the default budget. */
export const MEMORY_BUDGET_ENV = 'HIPPO_PROPHECY_MEMORY_BUDGET';

/** Fraction of the machine's memory that the default budget allows. @internal */
export const MEMORY_BUDGET_FRACTION = 0.5;

/** The budget where the machine's memory is unknown (browsers): 4 GiB. @internal */
export const FALLBACK_MEMORY_BUDGET = 2 ** 32;

/** The longest typed array V8 allocates (2^32 elements on 64-bit platforms); longer requests are refused. @internal */
export const MAX_TYPED_ARRAY_LENGTH = 2 ** 32;

/** The budget in force and where it comes from. */
export interface MemoryBudget {
  /** bytes that one computation may allocate */
  readonly bytes: number;
  /** human-readable origin, e.g. 'HIPPO_PROPHECY_MEMORY_BUDGET=512M' or 'half of the 23.5 GiB of memory' */
  readonly source: string;
  /** bytes left on the V8 heap (heap limit minus what is in use); Infinity where unknown */
  readonly heapBytes: number;
}

let override: number | null = null;

type NodeLike = {
  env?: Record<string, string | undefined>;
  constrainedMemory?: () => number | undefined;
  getBuiltinModule?: (id: string) => unknown;
};

function nodeProcess(): NodeLike | undefined {
  return (globalThis as { process?: NodeLike }).process;
}

const UNITS: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };

/**
 * Parses a size: a number of bytes (`536870912`, `5e8`) or a number with a binary unit (`512M`, `2G`, `1.5GiB`,
 * `64kb`; K, M, G, T are 1024^1..4, case-insensitive, optionally followed by `B` or `iB`).
 *
 * @param name - what is parsed, for the message (e.g. 'HIPPO_PROPHECY_MEMORY_BUDGET')
 * @param text - the size
 * @returns bytes, a finite number > 0
 * @throws RangeError naming `name` for anything else
 * @example parseByteSize('budget', '512M') === 512 * 2 ** 20 && parseByteSize('budget', '1e9') === 1e9;
 * @see arXiv:2407.09375
 */
export function parseByteSize(name: string, text: string): number {
  const m = /^\s*(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+)\s*([kmgt]?)(i?b)?\s*$/i.exec(String(text));
  const bytes = m ? Number(m[1]) * UNITS[m[2].toUpperCase()] : NaN;
  if (!(bytes > 0) || !Number.isFinite(bytes)) {
    throw new RangeError(
      `${name} must be a size in bytes > 0 such as 536870912, 512M or 2G (K, M, G, T = 1024^1..4), got ${JSON.stringify(text)}`,
    );
  }
  return bytes;
}

/**
 * Formats a byte count for messages: the count to 3 significant digits, with MiB or GiB beside it.
 *
 * @param bytes - a byte count
 * @returns e.g. '3.2e+9 bytes (2.98 GiB)'
 * @example formatBytes(3.2e9) === '3.2e+9 bytes (2.98 GiB)' && formatBytes(800) === '800 bytes';
 * @see arXiv:2407.09375
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return `${bytes} bytes`;
  const exact = bytes < 1e6 ? String(Math.round(bytes)) : Number(bytes.toPrecision(3)).toExponential();
  if (bytes < 2 ** 20) return `${exact} bytes`;
  const [unit, size] = bytes < 2 ** 30 ? ['MiB', 2 ** 20] : ['GiB', 2 ** 30];
  const scaled = bytes / size;
  return `${exact} bytes (${scaled >= 1e4 ? scaled.toExponential(2) : Number(scaled.toPrecision(3))} ${unit})`;
}

function machineMemory(): number | null {
  const proc = nodeProcess();
  try {
    const os = proc?.getBuiltinModule?.('node:os') as { totalmem?: () => number } | undefined;
    const total = os?.totalmem?.();
    if (typeof total !== 'number' || !(total > 0)) return null;
    const limit = proc?.constrainedMemory?.();
    return typeof limit === 'number' && limit > 0 && limit < total ? limit : total;
  } catch {
    return null;
  }
}

function heapLeft(): number {
  try {
    const v8 = nodeProcess()?.getBuiltinModule?.('node:v8') as
      { getHeapStatistics?: () => { heap_size_limit: number; used_heap_size: number } } | undefined;
    const stats = v8?.getHeapStatistics?.();
    return stats ? Math.max(0, stats.heap_size_limit - stats.used_heap_size) : Infinity;
  } catch {
    return Infinity;
  }
}

function readEnv(): string | undefined {
  try {
    return nodeProcess()?.env?.[MEMORY_BUDGET_ENV];
  } catch {
    // Deno without --allow-env
    return undefined;
  }
}

/**
 * The memory budget in force (see the module comment for the order of precedence).
 *
 * @returns `{ bytes, source, heapBytes }`
 * @throws RangeError when HIPPO_PROPHECY_MEMORY_BUDGET is set but is not a size
 * @example memoryBudget().bytes > 0;
 * @see arXiv:2407.09375
 */
export function memoryBudget(): MemoryBudget {
  const heapBytes = heapLeft();
  if (override !== null) return { bytes: override, source: 'setMemoryBudget()', heapBytes };
  const env = readEnv();
  if (env !== undefined && env.trim() !== '') {
    return {
      bytes: parseByteSize(MEMORY_BUDGET_ENV, env),
      source: `${MEMORY_BUDGET_ENV}=${env.trim()}`,
      heapBytes,
    };
  }
  const total = machineMemory();
  if (total !== null) {
    return {
      bytes: Math.floor(total * MEMORY_BUDGET_FRACTION),
      source: `half of the ${Number((total / 2 ** 30).toPrecision(3))} GiB of memory`,
      heapBytes,
    };
  }
  return {
    bytes: FALLBACK_MEMORY_BUDGET,
    source: 'the 4 GiB default (the machine memory is unknown)',
    heapBytes,
  };
}

/**
 * Sets the memory budget of this process (it takes precedence over HIPPO_PROPHECY_MEMORY_BUDGET); `null` restores
 * the default.
 *
 * @param bytes - a number of bytes > 0, a size such as '2G' (see {@link parseByteSize}), or null
 * @throws RangeError for anything else
 * @example
 *   setMemoryBudget('1G');
 *   const refused = (() => { try { hippo('legt', 20000); return false; } catch { return true; } })(); // 3.2 GB
 *   setMemoryBudget(null);
 *   refused;
 * @see arXiv:2407.09375
 */
export function setMemoryBudget(bytes: number | string | null): void {
  if (bytes === null) override = null;
  else if (typeof bytes === 'string') override = parseByteSize('setMemoryBudget: bytes', bytes);
  else if (typeof bytes === 'number' && bytes > 0 && Number.isFinite(bytes)) override = bytes;
  else
    throw new RangeError(
      `setMemoryBudget: bytes must be a number > 0, a size such as '2G' or null, got ${String(bytes)}`,
    );
}

/** Thrown when a computation would need more memory than the budget (or than V8 can allocate). */
export class MemoryBudgetError extends RangeError {
  /** the estimate, in bytes */
  readonly bytes: number;
  /** the limit it exceeds, in bytes */
  readonly limit: number;
  constructor(message: string, bytes: number, limit: number) {
    super(message);
    this.name = 'MemoryBudgetError';
    this.bytes = bytes;
    this.limit = limit;
  }
}

/** What a computation will allocate, for {@link requireMemory}. */
export interface MemoryEstimate {
  /** total bytes (typed arrays and heap) */
  readonly bytes: number;
  /** the part allocated on the V8 heap (plain arrays); @default 0 */
  readonly heapBytes?: number;
  /** the length of its longest typed array; @default 0 */
  readonly longestArray?: number;
}

/**
 * Refuses a computation whose estimate exceeds the memory budget, the V8 heap left, or the longest typed array V8
 * allocates, before it allocates anything.
 *
 * @param where - the calling function, e.g. 'hippo(legt)'
 * @param subject - what needs the memory, naming the argument, e.g. 'N = 1e9 (A is N^2 float64)'
 * @param estimate - `{ bytes, heapBytes, longestArray }`
 * @throws MemoryBudgetError (a RangeError) with a message naming subject, estimate, budget and how to change it
 * @example
 *   const ok = (() => { requireMemory('demo', 'N = 10 (N^2 float64)', { bytes: 800 }); return true; })();
 *   let message = '';
 *   try { requireMemory('demo', 'N = 1e9 (N^2 float64)', { bytes: 8e18 }); } catch (e) { message = (e as Error).message; }
 *   ok && message.startsWith('demo: N = 1e9 (N^2 float64) needs 8e+18 bytes (7.45e+9 GiB), more than the memory budget');
 * @see arXiv:2407.09375
 * @internal
 */
export function requireMemory(where: string, subject: string, estimate: MemoryEstimate): void {
  const { bytes, heapBytes = 0, longestArray = 0 } = estimate;
  const budget = memoryBudget();
  if (bytes > budget.bytes) {
    throw new MemoryBudgetError(
      `${where}: ${subject} needs ${formatBytes(bytes)}, more than the memory budget of ${formatBytes(budget.bytes)} ` +
        `(${budget.source}); set ${MEMORY_BUDGET_ENV} (e.g. 16G) or call setMemoryBudget() to change the budget`,
      bytes,
      budget.bytes,
    );
  }
  if (longestArray > MAX_TYPED_ARRAY_LENGTH) {
    throw new MemoryBudgetError(
      `${where}: ${subject} needs a Float64Array of ${longestArray.toPrecision(3)} entries; ` +
        `JavaScript allocates at most ${MAX_TYPED_ARRAY_LENGTH} (2^32)`,
      bytes,
      MAX_TYPED_ARRAY_LENGTH * 8,
    );
  }
  if (heapBytes > budget.heapBytes) {
    throw new MemoryBudgetError(
      `${where}: ${subject} needs ${formatBytes(heapBytes)} of JavaScript heap; the V8 heap has ` +
        `${formatBytes(budget.heapBytes)} left (node --max-old-space-size=<MiB> raises its limit)`,
      heapBytes,
      budget.heapBytes,
    );
  }
}
