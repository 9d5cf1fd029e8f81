/**
 * Every experiment `hippo-prophecy reproduce` knows, in run order. Each experiment folder's index.ts exports
 * `experiment` (built with defineExperiment); adding one is one import and one entry here (see README.md).
 *
 * @see arXiv:2407.09375
 */
import type { Experiment } from './types.ts';
import { experiment as fig1Vdp } from './fig1-vdp/index.ts';
import { experiment as fig2Examples } from './fig2-examples/index.ts';
import { experiment as fig3WhiteVsN } from './fig3-white-vs-n/index.ts';
import { experiment as fig4FilteredVsN } from './fig4-filtered-vs-n/index.ts';
import { experiment as fig5Context } from './fig5-context/index.ts';
import { experiment as boundFout } from './bound-fout/index.ts';
import { experiment as rateLegt } from './rate-legt/index.ts';
import { experiment as orderDt } from './order-dt/index.ts';
import { experiment as baselines } from './baselines/index.ts';
import { experiment as noise } from './noise/index.ts';
import { experiment as chaotic } from './chaotic/index.ts';
import { experiment as higherOrder } from './higher-order/index.ts';
import { experiment as windowBank } from './window/index.ts';
import { experiment as legsVsLegt } from './legs-vs-legt/index.ts';
import { experiment as fig6Trained } from './fig6-trained/index.ts';
import { experiment as iclFamilies } from './icl-families/index.ts';
import { experiment as forecast } from './forecast/index.ts';

/** The registered experiments (ids unique; the runner checks). */
export const experiments: readonly Experiment[] = Object.freeze([
  fig1Vdp,
  fig2Examples,
  fig3WhiteVsN,
  fig4FilteredVsN,
  fig5Context,
  boundFout,
  rateLegt,
  orderDt,
  baselines,
  noise,
  chaotic,
  higherOrder,
  windowBank,
  legsVsLegt,
  forecast,
  fig6Trained,
  iclFamilies,
]);
