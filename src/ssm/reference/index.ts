/**
 * Reference twins of the fast paths of src/ssm, straight from the definitions (internal: not re-exported from the
 * package entry; used by the tests and benchmarks): the naive DFT, one radix-r FFT stage, the direct causal
 * convolution and the dense scan.
 *
 * @internal
 */
export { naiveDft } from './naiveDft.ts';
export { radixStage } from './radixStage.ts';
export { directConvolution } from './directConvolution.ts';
export { denseScan } from './denseScan.ts';
