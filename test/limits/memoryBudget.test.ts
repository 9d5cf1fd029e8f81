import { afterEach, describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import {
  formatBytes,
  MEMORY_BUDGET_ENV,
  MemoryBudgetError,
  memoryBudget,
  parseByteSize,
  setMemoryBudget,
} from '../../src/limits/index.ts';
import { requireMemory } from '../../src/limits/memoryBudget.ts';
import { generate } from '../../src/systems/index.ts';
import { inverseDftMemory } from '../../src/systems/signals/inverseDft.ts';

const saved = process.env[MEMORY_BUDGET_ENV];
afterEach(() => {
  setMemoryBudget(null);
  if (saved === undefined) delete process.env[MEMORY_BUDGET_ENV];
  else process.env[MEMORY_BUDGET_ENV] = saved;
});

describe('memory budget', () => {
  it('parses sizes with binary units and refuses anything else, naming the setting', () => {
    expect(parseByteSize('x', '512M')).toBe(512 * 2 ** 20);
    expect(parseByteSize('x', '2G')).toBe(2 ** 31);
    expect(parseByteSize('x', '1.5GiB')).toBe(1.5 * 2 ** 30);
    expect(parseByteSize('x', '64kb')).toBe(65536);
    expect(parseByteSize('x', ' 5e8 ')).toBe(5e8);
    for (const bad of ['', 'abc', '-1G', '0', '2 X', 'Infinity']) {
      expect(() => parseByteSize('HIPPO', bad)).toThrow(/^HIPPO must be a size in bytes > 0 such as/);
    }
  });

  it('takes setMemoryBudget over the environment variable over half the machine memory', () => {
    delete process.env[MEMORY_BUDGET_ENV];
    const machine = memoryBudget();
    expect(machine.source).toMatch(/^half of the [\d.]+ GiB of memory$/);
    expect(machine.bytes).toBeGreaterThan(0);
    process.env[MEMORY_BUDGET_ENV] = '256M';
    expect(memoryBudget()).toMatchObject({ bytes: 2 ** 28, source: `${MEMORY_BUDGET_ENV}=256M` });
    setMemoryBudget(1e6);
    expect(memoryBudget()).toMatchObject({ bytes: 1e6, source: 'setMemoryBudget()' });
    setMemoryBudget(null);
    expect(memoryBudget().bytes).toBe(2 ** 28);
    expect(memoryBudget().heapBytes).toBeGreaterThan(0);
    process.env[MEMORY_BUDGET_ENV] = 'lots';
    expect(() => memoryBudget()).toThrow(/HIPPO_PROPHECY_MEMORY_BUDGET must be a size/);
    expect(() => setMemoryBudget(-1)).toThrow(RangeError);
  });

  it('requireMemory names the subject, the estimate and the budget; refuses typed arrays V8 cannot allocate', () => {
    setMemoryBudget('1M');
    expect(() => requireMemory('f', 'n = 1', { bytes: 2 ** 20 })).not.toThrow();
    let error: unknown;
    try {
      requireMemory('f', 'n = 3e6 (float64)', { bytes: 2.4e7 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MemoryBudgetError);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as MemoryBudgetError).bytes).toBe(2.4e7);
    expect((error as Error).message).toBe(
      'f: n = 3e6 (float64) needs 2.4e+7 bytes (22.9 MiB), more than the memory budget of 1.05e+6 bytes (1 MiB) ' +
        `(setMemoryBudget()); set ${MEMORY_BUDGET_ENV} (e.g. 16G) or call setMemoryBudget() to change the budget`,
    );
    setMemoryBudget(1e15);
    expect(() => requireMemory('f', 'L', { bytes: 8 * 2 ** 33, longestArray: 2 ** 33 })).toThrow(
      /needs a Float64Array of 8\.59e\+9 entries; JavaScript allocates at most 4294967296/,
    );
    expect(() => requireMemory('f', 'fft', { bytes: 1, heapBytes: 1e15 })).toThrow(
      /of JavaScript heap; the V8 heap has/,
    );
    expect(formatBytes(3.2e9)).toBe('3.2e+9 bytes (2.98 GiB)');
    expect(formatBytes(8e18)).toBe('8e+18 bytes (7.45e+9 GiB)');
  });

  it('hippo, prophecy and generate check their sizes against it before allocating', () => {
    setMemoryBudget(8 * 400 * 400 - 1);
    expect(hippo('legt', 399).N).toBe(399);
    expect(() => hippo('legt', 400)).toThrow(
      /^legt: N = 400 \(A is N\^2 float64\) needs 1\.28e\+6 bytes \(1\.22 MiB\), more than the memory budget/,
    );
    expect(() => hippo('fout', 401)).toThrow(MemoryBudgetError);
    // the dense discretization holds 4 N^2 arrays; LegT bilinear (O(N^2) structured path) one
    setMemoryBudget(8 * 4 * 100 * 100 - 1);
    const op = hippo('lagt', 100);
    expect(() => prophecy(op, { dt: 1e-3 })).toThrow(
      /^prophecy: N = 100 \(Abar and the discretization's working copies, 4 N\^2 float64\)/,
    );
    expect(prophecy(hippo('legt', 100), { dt: 1e-6 }).Abar.rows).toBe(100);
    setMemoryBudget(8 * 1e5 * 13 - 1);
    expect(() => generate('lorenz', { length: 1e5 })).toThrow(
      /^generate\(lorenz\): length = 100000 \(the sample times and 3 channels with working copies\) needs 1\.04e\+7 bytes/,
    );
    expect(generate('lorenz', { length: 1e5 - 100 }).t).toHaveLength(1e5 - 100);
    setMemoryBudget(inverseDftMemory(5000).bytes + 8 * 4 * 5000 - 1);
    expect(() => generate('white-signal', { length: 5000 })).toThrow(/its generator's working arrays/);
    expect(() => generate('white-signal', { length: 3e7 + 1 })).toThrow(MemoryBudgetError);
  });
});
