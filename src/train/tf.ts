/**
 * TensorFlow.js, the optional peer dependency of `hippo-prophecy/train`, loaded once for every training module.
 * It is imported here and nowhere else, so that a missing install stops with one clear message naming the
 * `npm install` command (see util/optionalPeer.ts) instead of Node's "Cannot find package".
 */
import type * as TF from '@tensorflow/tfjs';
import { importOptionalPeer, TFJS_PEER } from '../util/optionalPeer.ts';

/** The TensorFlow.js namespace (`@tensorflow/tfjs`). */
export const tf: typeof TF = await importOptionalPeer(TFJS_PEER, () => import('@tensorflow/tfjs'));
