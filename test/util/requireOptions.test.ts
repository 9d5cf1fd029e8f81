/**
 * Issue 13, item 16: an options argument that is null or not an object is refused with a TypeError naming the
 * function and `options`, by every public entry point that takes one (never "Cannot read properties of null").
 * scan, kernel and rollout (src/ssm) are not in this list: their options checks belong to that module.
 */
import { describe, expect, it } from 'vitest';
import * as H from '../../src/index.ts';
import { requireOptions } from '../../src/util/validate.ts';

const op = H.hippo('legt', 4);
const p = H.prophecy(op, { dt: 1e-3 });
const u = Float64Array.from({ length: 64 }, (_, k) => Math.sin(k / 10));
const sys = H.ss([[-1]], [1], [1], 0);
const sysd = H.ss([[0.5]], [1], [1], 0, { dt: 1 });
const M = H.fromRows([
  [2, 0],
  [1, 3],
]);
const rhs = (_t: number, y: Float64Array, d: Float64Array) => {
  d[0] = -y[0];
};

/** [name, call with the options argument] for every public entry point with an options object. */
const ENTRY_POINTS: [string, (o: unknown) => unknown][] = [
  ['solveLowerTriangular', (o) => H.solveLowerTriangular(M, Float64Array.of(1, 2), o as never)],
  ['solveUpperTriangular', (o) => H.solveUpperTriangular(M, Float64Array.of(1, 2), o as never)],
  [
    'skewSymmetricEigen',
    (o) =>
      H.skewSymmetricEigen(
        H.fromRows([
          [0, 1],
          [-1, 0],
        ]),
        o as never,
      ),
  ],
  ['ss', (o) => H.ss([[-1]], [1], [1], 0, o as never)],
  ['cont2discrete', (o) => H.cont2discrete(sys, 0.1, 'zoh', o as never)],
  ['dlsim', (o) => H.dlsim(sysd, [1, 2, 3], o as never)],
  ['lsim', (o) => H.lsim(sys, [1, 2, 3], [0, 1, 2], o as never)],
  ['impulse', (o) => H.impulse(sys, [0, 1], o as never)],
  ['step', (o) => H.step(sys, [0, 1], o as never)],
  ['dimpulse', (o) => H.dimpulse(sysd, o as never)],
  ['dstep', (o) => H.dstep(sysd, o as never)],
  ['legendreValues', (o) => H.legendreValues(3, 0.5, o as never)],
  ['laguerreValues', (o) => H.laguerreValues(3, 0.5, o as never)],
  ['fourierValues', (o) => H.fourierValues(3, 0.5, o as never)],
  ['legt', (o) => H.legt(3, o as never)],
  ['lmu', (o) => H.lmu(3, o as never)],
  ['legs', (o) => H.legs(3, o as never)],
  ['lagt', (o) => H.lagt(3, o as never)],
  ['fout', (o) => H.fout(3, o as never)],
  ['foutAuthors', (o) => H.foutAuthors(3, o as never)],
  ['hippo', (o) => H.hippo('legt', 8, o as never)],
  ['prophecy', (o) => H.prophecy(op, o as never)],
  ['rk4', (o) => H.rk4(rhs, [1], [0, 0.1], o as never)],
  ['dopri5', (o) => H.dopri5(rhs, [1], [0, 0.1], o as never)],
  ['alphaSynapseZoh', (o) => H.alphaSynapseZoh(u, o as never)],
  ['vdpPaper', (o) => H.vdpPaper(Float64Array.of(0, 1), o as never)],
  ['bernoulli', (o) => H.bernoulli(Float64Array.of(0, 0.5), o as never)],
  ['logisticMap', (o) => H.logisticMap(o as never)],
  ['generate', (o) => H.generate('white-signal', o as never)],
  ['generateBatch', (o) => H.generateBatch('white-signal', 1, o as never)],
  ['copyLast', (o) => H.copyLast(u, o as never)],
  ['finiteDifference', (o) => H.finiteDifference(u, o as never)],
  ['savitzkyGolay', (o) => H.savitzkyGolay(u, o as never)],
  ['savitzkyGolayWeights', (o) => H.savitzkyGolayWeights(3, 2, o as never)],
  ['arLeastSquares', (o) => H.arLeastSquares(u, o as never)],
  ['mse', (o) => H.mse(u, u, o as never)],
  ['l1', (o) => H.l1(u, u, o as never)],
  ['rmse', (o) => H.rmse(u, u, o as never)],
  ['nrmse', (o) => H.nrmse(u, u, o as never)],
  ['oneStepError', (o) => H.oneStepError(u, u, o as never)],
  ['meanStd', (o) => H.meanStd([1, 2], o as never)],
  ['higherOrderPredictor', (o) => H.higherOrderPredictor(op, o as never)],
  ['windowBankMembers', (o) => H.windowBankMembers(1e-3, o as never)],
  ['windowBank', (o) => H.windowBank(1e-3, o as never)],
];

/**
 * Entry points that refuse null, numbers and strings but where an array is not an error of the options type:
 * predictorBank takes an array of channel options; predictNext and predictNextBatch (src/ssm, whose validation is
 * that module's) accept an array as an empty options object.
 */
const ARRAY_TOLERANT: [string, (o: unknown) => unknown][] = [
  ['predictorBank', (o) => H.predictorBank(2, o as never)],
  ['predictNext', (o) => H.predictNext(p, u, o as never)],
  ['predictNextBatch', (o) => H.predictNextBatch(p, [u], o as never)],
];

function refusal(call: (o: unknown) => unknown, bad: unknown): unknown {
  try {
    call(bad);
  } catch (e) {
    return e;
  }
  return null;
}

describe('options that are not an object', () => {
  it("hippo('legt', 8, null) names options instead of 'Cannot read properties of null'", () => {
    expect(() => H.hippo('legt', 8, null as never)).toThrow(
      new TypeError('hippo: options must be an object (or omitted), got null'),
    );
  });

  it.each(ENTRY_POINTS)(
    '%s refuses null, a number, a string and an array with a TypeError naming options',
    (name, call) => {
      for (const bad of [null, 5, 'x', [1]]) {
        const error = refusal(call, bad);
        expect(error, `${name}(${JSON.stringify(bad)})`).toBeInstanceOf(TypeError);
        const message = (error as Error).message;
        expect(message, name).toMatch(/options/);
        expect(message, name).not.toMatch(/Cannot read properties|is not a function|undefined/);
      }
    },
  );

  it.each(ARRAY_TOLERANT)(
    '%s refuses null, a number and a string with a TypeError naming options',
    (name, call) => {
      for (const bad of [null, 5, 'x']) {
        const error = refusal(call, bad);
        expect(error, `${name}(${JSON.stringify(bad)})`).toBeInstanceOf(TypeError);
        expect((error as Error).message, name).toMatch(/options/);
      }
    },
  );

  it('requireOptions passes objects through and gives {} for undefined', () => {
    const o = { a: 1 };
    expect(requireOptions('f', o)).toBe(o);
    expect(requireOptions('f', undefined)).toEqual({});
    expect(() => requireOptions('f', 'x' as never, 'opts')).toThrow(
      /^f: opts must be an object \(or omitted\), got "x"$/,
    );
  });
});
