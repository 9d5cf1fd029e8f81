import { describe, expect, it } from 'vitest';
import { s4dInit } from '../../src/s4/s4dInit.ts';
import { nplr } from '../../src/s4/nplr.ts';

describe('s4dInit', () => {
  it('S4D-Lin: -1/2 + i pi n for n = 0..N/2-1', () => {
    const { re, im } = s4dInit('lin', 10);
    expect(re.length).toBe(5);
    expect(Array.from(re)).toEqual([-0.5, -0.5, -0.5, -0.5, -0.5]);
    im.forEach((v, n) => expect(v).toBe(Math.PI * n));
  });

  it('S4D-Inv: -1/2 + i (N/pi)(N/(2n+1) - 1), decreasing to ~N/pi (N/(N-1) - 1) at the last mode', () => {
    const N = 64;
    const { re, im } = s4dInit('inv', N);
    expect(re.every((v) => v === -0.5)).toBe(true);
    im.forEach((v, n) =>
      expect(Math.abs(v - (N / Math.PI) * (N / (2 * n + 1) - 1))).toBeLessThan(1e-13 * Math.abs(v) + 1e-15),
    );
    for (let n = 1; n < im.length; n++) expect(im[n]).toBeLessThan(im[n - 1]);
  });

  it("S4D-Inv tracks the size of LegS's NPLR spectrum (its motivation): largest |Im| within a factor 2 at N = 64", () => {
    const N = 64;
    const inv = s4dInit('inv', N);
    const legs = nplr('legs', N);
    const ratio = Math.max(...inv.im) / Math.max(...legs.lambda.im);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('refuses unknown kinds and odd or small N', () => {
    expect(() => s4dInit('real' as never, 4)).toThrow(/kind must be one of lin, inv/);
    expect(() => s4dInit('lin', 5)).toThrow(/N must be even/);
    expect(() => s4dInit('inv', 0)).toThrow(/N must be an integer >= 2, got 0/);
  });
});
