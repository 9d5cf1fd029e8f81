import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseParam, register } from '../../src/cli/commands/generate.ts';
import { generate } from '../../src/systems/generate.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `generate ...args` on a fresh program and returns what it printed on stdout. */
async function run(args: string[]): Promise<string> {
  const program = new Command('hippo-prophecy').exitOverride();
  register(program);
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  await program.parseAsync(['node', 'hippo-prophecy', 'generate', ...args]);
  return out;
}

describe('generate command', () => {
  it('parses key=value parameters', () => {
    expect(parseParam('rho=28')).toEqual(['rho', 28]);
    expect(parseParam('x0=random')).toEqual(['x0', 'random']);
    expect(Number.isNaN(parseParam('rho=NaN')[1])).toBe(true);
    expect(() => parseParam('rho')).toThrow(/key=value/);
    expect(() => parseParam('rho=abc')).toThrow(/--param rho must be a number or "random", got "abc"/);
  });

  it('--json prints { system, channels, t, values } equal to the library call', async () => {
    const out = await run([
      'lorenz',
      '--length',
      '5',
      '--seed',
      '3',
      '--dt',
      '0.1',
      '--param',
      'rho=30',
      '--json',
    ]);
    const parsed = JSON.parse(out) as { t: number[]; values: number[][]; channels: string[] };
    const g = generate('lorenz', { length: 5, seed: 3, dt: 0.1, rho: 30 });
    expect(parsed.t).toEqual(Array.from(g.t));
    expect(parsed.values).toEqual(g.values.map((c) => Array.from(c)));
    expect(parsed.channels).toEqual(['x', 'y', 'z']);
  });

  it('prints a table without --json and reports bad arguments', async () => {
    const out = await run(['white-signal', '--length', '4', '--dt', '0.25', '--scale', 'none']);
    expect(out.split('\n')[2]).toBe('t\tu');
    expect(out.trim().split('\n').length).toBe(7);
    await expect(run(['nope'])).rejects.toThrow(/system must be one of/);
    await expect(run(['lorenz', '--param', 'rho=NaN'])).rejects.toThrow(
      /parameter rho must be finite, got NaN/,
    );
    await expect(run(['lorenz', '--length', '-2'])).rejects.toThrow(/length must be an integer >= 1, got -2/);
  });
});
