/**
 * Claims of the order-in-dt experiment: the rows of bounds.ts, measured on the result.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import { extreme } from '../common/claimFactors.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { OrderDtResult } from './compute.ts';

function method(result: OrderDtResult, name: string): OrderDtResult['methods'][number] {
  const m = result.methods.find((x) => x.method === name);
  if (!m) throw new RangeError(`order-dt: method ${name} missing from the result`);
  return m;
}

/**
 * The claims of the order-in-dt experiment (see bounds.ts for each bound and its reason).
 *
 * @param result - from {@link computeOrderDt}
 * @returns the claims, in the order of the bound table
 * @example orderDtClaims(result)
 * @see arXiv:2407.09375
 */
export function orderDtClaims(result: OrderDtResult): Claim[] {
  const dts = result.params.dts;
  const slope = (name: string) => () => {
    const m = method(result, name);
    return {
      value: m.slope,
      detail: `RMS errors ${m.rms.map((e) => e.toExponential(2)).join(', ')} at dt ${dts.join(', ')}`,
    };
  };
  return evaluateRegistered(BOUNDS, {
    bilinear: slope('bilinear'),
    backward: slope('backward'),
    forward: slope('forward'),
    'bilinear-best': () => {
      const bil = method(result, 'bilinear');
      const cells = result.methods
        .filter((m) => m !== bil)
        .flatMap((m) => dts.map((dt, i) => ({ method: m.method, dt, ratio: m.rms[i] / bil.rms[i] })));
      const w = extreme(cells, (c) => c.ratio, 'min', 'other discretization');
      return { value: w.value, detail: `smallest at ${w.at.method}, dt = ${w.at.dt}` };
    },
  });
}
