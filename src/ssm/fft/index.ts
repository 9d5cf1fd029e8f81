/**
 * The library's own float64 FFT (internal: not re-exported from the package entry; its users go through
 * src/ssm/transforms.ts, which runs the WebAssembly version when available): a mixed-radix (8, 4, 2, 3, 5) Stockham
 * complex transform with precomputed twiddle tables (plan.ts; stages generated from one definition of the
 * butterflies, butterflies.generated.ts, driven by complexFft.ts), a real-input transform of size n = 2m through one
 * complex transform of size m (realFft.ts), and a fused causal convolution (convolution.ts: copy, transform, one
 * per-bin pass, inverse, output pass, no allocation per call) with the known-zero upper half of the padded input and
 * the unused upper half of the output pruned from the transforms.
 *
 * Why not fft.js (a maintained package would do for generic needs): fft.js only has power-of-two sizes, so
 * a convolution of length L = 10^4 needs a transform of size 32768 where 20480 (= 2^12 5) suffices, and its real
 * transform still runs a complex transform of size n. predictNext once per sequence (bench W0) is bound by exactly
 * these two transforms. Measured (bench/realFft.bench.ts, shared 2-core AMD EPYC, Node 20, ns per n log2 n, +-15%
 * run to run): at powers of two the complex transform is on par with fft.js (0.78-0.84 vs 0.71-0.88 at 2^14, 2^15),
 * the gain is elsewhere: the size 20480 (0.84) instead of 32768, the pruned halves and the fused passes make one
 * convolution of L = 10^4 ~260 us instead of ~470 us with fft.js blocks.
 *
 * @internal
 */
export type { Stage, ComplexFftPlan, RealFftPlan } from './plan.ts';
export { stageRadices, complexFftPlan, realFftPlan } from './plan.ts';
export { fastRealFftSize, fastComplexFftSize } from './fftSize.ts';
export { complexFft, complexFftPingPong } from './complexFft.ts';
export { realFft, inverseRealFft } from './realFft.ts';
export {
  convolutionSpectrum,
  packedSpectrum,
  spectrumProductInto,
  unpackConvolutionInto,
  causalConvolveInto,
  convolveSpectrumInto,
} from './convolution.ts';
