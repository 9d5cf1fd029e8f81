import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerPool, inProcessMapper } from '../../experiments/runner/workerPool.ts';

const module = new URL('./fixtures/toyTask.ts', import.meta.url).href;

describe('workerPool', () => {
  const pool = createWorkerPool(2);
  afterAll(() => pool.terminate());

  it('runs TypeScript task modules in worker threads (not in this thread)', async () => {
    const ids = await pool.map<void, number>({ module, fn: 'whereAmI' }, [
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(ids.every((id) => id !== 0)).toBe(true);
    const local = await inProcessMapper().map<void, number>({ module, fn: 'whereAmI' }, [undefined]);
    expect(local[0]).toBe(0);
  });

  it('gives results in input order even when later inputs finish first', async () => {
    const inputs = [0, 1, 2, 3, 4, 5, 6];
    const out = await pool.map<number, number>({ module, fn: 'slowIdentity' }, inputs);
    expect(out).toEqual(inputs);
  });

  it('gives bitwise the same typed-array results as the in-process mapper', async () => {
    const inputs = [1, 2, 3, 4, 5].map((i) => ({ n: 200, freq: 0.1 * i }));
    const task = { module, fn: 'oscillation' };
    const a = await pool.map<{ n: number; freq: number }, Float64Array>(task, inputs);
    const b = await inProcessMapper().map<{ n: number; freq: number }, Float64Array>(task, inputs);
    expect(a.every((x) => x instanceof Float64Array)).toBe(true);
    expect(a).toEqual(b);
    for (let i = 0; i < a.length; i++) expect(Array.from(a[i])).toEqual(Array.from(b[i]));
  });

  it('rejects with the failing input index and keeps working afterwards', async () => {
    await expect(pool.map({ module, fn: 'failOnThree' }, [1, 2, 3, 4])).rejects.toThrow(
      /failOnThree.*input 2: three is not allowed/,
    );
    await expect(inProcessMapper().map({ module, fn: 'failOnThree' }, [1, 3])).rejects.toThrow(
      /input 1: three is not allowed/,
    );
    expect(await pool.map<number, number>({ module, fn: 'square' }, [3, 4])).toEqual([9, 16]);
  });

  it('reports a missing export and a bad pool size', async () => {
    await expect(pool.map({ module, fn: 'nope' }, [1])).rejects.toThrow(/nope is not an exported function/);
    await expect(inProcessMapper().map({ module, fn: 'nope' }, [1])).rejects.toThrow(
      /nope is not an exported/,
    );
    expect(() => createWorkerPool(0)).toThrow(RangeError);
  });
});
