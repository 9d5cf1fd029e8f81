import { describe, expect, it } from 'vitest';
import { rollout, teacherStepsFor } from '../../src/ssm/rollout.ts';
import { scan } from '../../src/ssm/scan.ts';
import { randomPredictor, randomSequence } from './fixtures.ts';

describe('rollout', () => {
  it('counts ceil(teacherRatio L) teacher steps, at least 1, without float artefacts', () => {
    expect(teacherStepsFor(0.3, 10)).toBe(3); // 0.3 * 10 = 3.0000000000000004
    expect(teacherStepsFor(0.5, 11)).toBe(6);
    expect(teacherStepsFor(0, 10)).toBe(1);
    expect(teacherStepsFor(1, 10)).toBe(10);
    expect(teacherStepsFor(0.01, 1000)).toBe(10);
    expect(teacherStepsFor(0.5, 0)).toBe(0);
  });

  it('equals the scan with teacherSteps and validates its ratio', () => {
    const p = randomPredictor(6, 9, 0.8);
    const u = randomSequence(40, 1);
    expect(Array.from(rollout(p, u, { teacherRatio: 0.25 }))).toEqual(
      Array.from(scan(p, [u], { teacherSteps: 10 })[0]),
    );
    expect(Array.from(rollout(p, u))).toEqual(Array.from(scan(p, [u], { teacherSteps: 20 })[0]));
    expect(() => rollout(p, u, { teacherRatio: 2 })).toThrow(/teacherRatio must lie in \[0, 1\]/);
    expect(() => rollout(p, [1, NaN])).toThrow(/u\[1\]/);
  });
});
