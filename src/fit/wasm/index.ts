/**
 * The analytic trainer's WebAssembly SIMD module (asm/train.ts, embedded by scripts/build-wasm.ts) and its JS side:
 * one instance per dataset store, availability and the switch the tests use (internal: not re-exported from
 * `hippo-prophecy/fit`).
 *
 * @internal
 */
export type { TrainExports } from './trainWasm.ts';
export { trainWasmAvailable, setTrainWasmEnabled, trainInstance, layout } from './trainWasm.ts';
