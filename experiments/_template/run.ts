/**
 * TEMPLATE run.ts: the result type and run(ctx, params). Return plain JSON (numbers, strings, arrays, typed arrays,
 * records); wrap expensive steps in ctx.checkpoint so an interrupted run resumes; seed everything from ctx.seed; use
 * ctx.map with a TaskRef for work that should go to worker threads.
 *
 * @see arXiv:2407.09375
 */
import { copyLast } from '../../src/baselines/index.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { oneStepError } from '../../src/metrics/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import type { ExperimentContext } from '../types.ts';
import type { TemplateParams } from './params.ts';

/** The result: the second-half one-step MSE of LegT and of copy-last on the test signal. */
export interface TemplateResult {
  params: TemplateParams;
  legt: number;
  copyLast: number;
}

/**
 * LegT (window theta, dt = 1 / L) and copy-last on sin(2 pi cycles t), t in [0, 1).
 *
 * @param ctx - the runner's context
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runTemplate(ctx: ExperimentContext, params: TemplateParams): Promise<TemplateResult> {
  return ctx.checkpoint('errors', () => {
    const { N, theta, L, cycles } = params;
    const u = Float64Array.from({ length: L }, (_, k) => Math.sin((2 * Math.PI * cycles * k) / L));
    const p = prophecy(hippo('legt', N, { theta }), { dt: 1 / L });
    ctx.progress(1, 1, 'errors');
    return {
      params,
      legt: oneStepError(predictNext(p, u), u, { window: 'second-half' }),
      copyLast: oneStepError(copyLast(u), u, { window: 'second-half' }),
    };
  });
}
