import type { DiscretePredictor } from '../construction/types.ts';
import { memoryBudget } from '../limits/memoryBudget.ts';
import { realFftConvolutionCostNs } from './convolutionCost.ts';
import { fastRealFftSize } from './fft/fftSize.ts';
import { STRUCTURED_MIN_N } from './stepper.ts';
import type { StructuredChoice } from './types.ts';
import { wasmConvolutionAvailable } from './wasm/wasmInstance.ts';

/**
 * Cost model of predictNext, in nanoseconds (fitted to bench/run.ts W2 and the growth table on a shared 2-core
 * machine, whose timings vary by ~2x with load): a scan step costs ~DENSE_NS N^2 per sample with the dense Abar and
 * ~STRUCTURED_NS N with the structured LegT step (output dot product included); the FFT path costs
 * realFftConvolutionCostNs (convolutionCost.ts REAL_FFT_CONVOLUTION_COST) plus, when the predictor's kernel is not
 * cached yet, KERNEL_SHARE times the kernel: ~KERNEL_STRUCTURED_NS N per sample with legtFactor (the O(N) chains),
 * else ~DENSE_NS N^2 (the dense chain). The kernel is charged at a share because it is cached for every later call
 * with the same predictor object: a first call then costs at most 1/KERNEL_SHARE times the scan, and every later
 * call only its convolutions. The structured kernel costs KERNEL_STRUCTURED_WASM_NS N per sample when it runs as
 * WebAssembly (wasm/wasmLegtKernel.ts: both ends at once, measured ~1.8 at N = 97, L = 10^4).
 *
 * @internal tuning constants
 */
export const AUTO_COST = Object.freeze({
  DENSE_NS: 0.9,
  STRUCTURED_NS: 6,
  KERNEL_STRUCTURED_NS: 7,
  KERNEL_STRUCTURED_WASM_NS: 2.5,
  KERNEL_SHARE: 0.5,
});

/**
 * Bytes per real-FFT size n that the FFT path holds at once besides its inputs and outputs (measured 7.2 GB at
 * L = 5e7, n = 1e8, before it failed): the kernel spectrum (8 n), the plan's twiddles (8 n), and in WebAssembly the
 * expanded twiddles (16 n), the kernel coefficients (16 n) and three work buffers (24 n); plus the kernel K itself
 * (8 L bytes, counted separately).
 *
 * @internal
 */
export const FFT_BYTES_PER_SIZE = 72;

/** WebAssembly's memory limit (4 GiB, 32-bit addresses): the wasm FFT path falls back to JavaScript beyond it. */
const WASM_MEMORY_LIMIT = 2 ** 32;

/** Whether the scan takes the O(N) structured LegT step for this predictor and choice. */
function structuredScan(predictor: DiscretePredictor, structured: StructuredChoice): boolean {
  const N = predictor.Abar.rows;
  return (
    structured !== false &&
    (structured === true || N >= STRUCTURED_MIN_N) &&
    predictor.legtFactor !== undefined
  );
}

/** Time (ns) of one scan step per sequence. */
export function scanStepNs(predictor: DiscretePredictor, structured: StructuredChoice): number {
  const N = predictor.Abar.rows;
  return structuredScan(predictor, structured) ? AUTO_COST.STRUCTURED_NS * N : AUTO_COST.DENSE_NS * N * N;
}

/** What one evaluation of predictNext costs: time, and memory beyond the inputs. */
export interface PredictCost {
  readonly mode: 'scan' | 'fft';
  /** estimated wall time in seconds (the cost model: right within ~2x on an idle machine) */
  readonly seconds: number;
  /** estimated bytes held at once: the outputs and the path's working arrays */
  readonly bytes: number;
}

/**
 * Estimated cost of the scan for B sequences of length L: O(B L N^2) time (O(B L N) with the structured LegT
 * step), memory for the outputs (8 B L bytes) and the states.
 *
 * @internal
 */
export function scanCost(
  predictor: DiscretePredictor,
  B: number,
  L: number,
  structured: StructuredChoice,
): PredictCost {
  const N = predictor.Abar.rows;
  return {
    mode: 'scan',
    seconds: (B * L * scanStepNs(predictor, structured)) / 1e9,
    bytes: 8 * B * L + 8 * 4 * N * Math.min(B, 2),
  };
}

/**
 * Estimated cost of the FFT path for B sequences of length L: the kernel (unless cached) and one convolution per
 * sequence in time; the kernel, its spectrum, the plan and the transform buffers (~FFT_BYTES_PER_SIZE n bytes with
 * n = fftSizeFor(L) ~ 2 L) and the outputs in memory.
 *
 * @internal
 */
export function fftCost(
  predictor: DiscretePredictor,
  B: number,
  L: number,
  kernelCached: boolean,
): PredictCost {
  const N = predictor.Abar.rows;
  const structuredNs = wasmConvolutionAvailable()
    ? AUTO_COST.KERNEL_STRUCTURED_WASM_NS
    : AUTO_COST.KERNEL_STRUCTURED_NS;
  const kernelStepNs = predictor.legtFactor !== undefined ? structuredNs * N : AUTO_COST.DENSE_NS * N * N;
  const kernelNs = kernelCached ? 0 : L * kernelStepNs;
  const n = L > 0 ? fastRealFftSize(2 * L - 1) : 0;
  return {
    mode: 'fft',
    seconds: (kernelNs + realFftConvolutionCostNs(L, B)) / 1e9,
    bytes: 8 * L + FFT_BYTES_PER_SIZE * n + 8 * B * L,
  };
}

/**
 * Whether the WebAssembly transform buffers of the FFT path for length L fit WebAssembly's 4 GiB memory (beyond it
 * the path runs in JavaScript).
 *
 * @internal
 */
export function fftFitsWasm(L: number): boolean {
  return L <= 0 || (FFT_BYTES_PER_SIZE - 16) * fastRealFftSize(2 * L - 1) < WASM_MEMORY_LIMIT;
}

/**
 * The memory budget's bytes (limits/memoryBudget.ts): what 'auto' may use.
 *
 * @internal
 */
export function budgetBytes(): number {
  return memoryBudget().bytes;
}
