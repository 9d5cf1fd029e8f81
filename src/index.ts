/**
 * hippo-prophecy: the public API. Re-exports only (shared/design.md); each folder's index.ts says what it holds.
 *
 * @see arXiv:2407.09375 (HiPPO-Prophecy), arXiv:2008.07669 (HiPPO)
 */
export * from './linalg/index.ts';
export * from './hippo/index.ts';
export * from './discretize/index.ts';
export * from './construction/index.ts';
export * from './ssm/index.ts';
export * from './systems/index.ts';
export * from './baselines/index.ts';
export * from './metrics/index.ts';
export * from './plot/index.ts';
export * from './sweep/index.ts';
export * from './multichannel/index.ts';
export * from './higher-order/index.ts';
export * from './window-bank/index.ts';
export * from './forecast/index.ts';
