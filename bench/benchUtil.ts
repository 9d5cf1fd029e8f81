/**
 * Shared helpers of the benchmarks (bench/run.ts): timing with medians, machine description, load average.
 * Not part of the library; Node-only.
 */
import os from 'node:os';

/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Wall times (seconds) of `reps` calls of fn, after `warmup` untimed calls. `setup` runs before every call, untimed
 * (e.g. to make a fresh predictor object so caches start cold).
 */
export function timeRuns<S>(
  fn: (s: S) => void,
  options: { reps: number; warmup?: number; setup: () => S },
): number[] {
  const { reps, warmup = 1, setup } = options;
  for (let w = 0; w < warmup; w++) fn(setup());
  const ts: number[] = [];
  for (let r = 0; r < reps; r++) {
    const s = setup();
    const t0 = performance.now();
    fn(s);
    ts.push((performance.now() - t0) / 1000);
  }
  return ts;
}

/** The machine as benchmarks report it. */
export interface MachineInfo {
  readonly cores: number;
  readonly cpu: string;
  readonly node: string;
  readonly platform: string;
  readonly totalMemGiB: number;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    totalMemGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  };
}

/** The 1-minute load average (other processes sharing the cores skew absolute timings; ratios are what count). */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0] * 100) / 100;
}

/** Rounds to 4 significant digits for the JSON report. */
export function sig(x: number, digits = 4): number {
  return Number.isFinite(x) ? Number(x.toPrecision(digits)) : x;
}
