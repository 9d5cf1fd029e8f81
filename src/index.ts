/**
 * hippo-prophecy: the public API of the isomorphic core (Node, Deno, browsers). Re-exports only; each folder's
 * index.ts says what it holds. Figure builders are in `hippo-prophecy/plot`, TensorFlow.js training in
 * `hippo-prophecy/train`, the experiments and their runner in `hippo-prophecy/experiments`.
 *
 * @see arXiv:2407.09375 (HiPPO-Prophecy), arXiv:2008.07669 (HiPPO)
 */
export * from './limits/index.ts';
export * from './linalg/index.ts';
export * from './lti/index.ts';
export * from './s4/index.ts';
export * from './hippo/index.ts';
export * from './discretize/index.ts';
export * from './construction/index.ts';
export * from './ssm/index.ts';
export * from './systems/index.ts';
export * from './baselines/index.ts';
export * from './metrics/index.ts';
export * from './sweep/index.ts';
export * from './multichannel/index.ts';
export * from './higher-order/index.ts';
export * from './window-bank/index.ts';
export * from './forecast/index.ts';
