import { wasmConvolutionAvailable } from './wasm/wasmInstance.ts';
import { fastRealFftSize } from './fft/fftSize.ts';

/**
 * Cost model of the FFT path's convolution (causalConvolveInto), in nanoseconds: one call (two complex transforms of
 * size n/2 and three O(n) passes) costs ~NS n log2 n for n = fastRealFftSize(2L - 1), measured 0.95-1.05 for n from
 * 2048 to 614400 on a shared 2-core machine (radix-3 sizes up to ~1.3); NS_WASM for the WebAssembly SIMD version the
 * FFT path uses when available (src/ssm/wasm), measured 0.27-0.35 for n from 2048 to 204800, 0.44 at 2^21.
 *
 * @internal a tuning constant of predictNext's 'auto' mode
 */
export const REAL_FFT_CONVOLUTION_COST = Object.freeze({ NS: 1.05, NS_WASM: 0.4 });

/**
 * The modelled cost (ns) of the FFT path's convolutions of B sequences of length L (see REAL_FFT_CONVOLUTION_COST);
 * used by predictNext's 'auto' mode.
 *
 * @internal
 */
export function realFftConvolutionCostNs(L: number, B: number): number {
  if (L === 0 || B === 0) return 0;
  const n = fastRealFftSize(2 * L - 1);
  const ns = wasmConvolutionAvailable() ? REAL_FFT_CONVOLUTION_COST.NS_WASM : REAL_FFT_CONVOLUTION_COST.NS;
  return B * ns * n * Math.log2(n);
}
