import { describe, expect, it } from 'vitest';
import { cliRunner } from './captureStdout.ts';
import { register as registerForecast } from '../../src/cli/commands/forecast.ts';
import { channelScales, forecastWith, scoreForecast } from '../../src/forecast/index.ts';
import { generate, systems } from '../../src/systems/index.ts';

const run = cliRunner(registerForecast);

describe('cli forecast', () => {
  it('--json reports validTime in Lyapunov times, NRMSE at fixed horizons and the forecast of the method', async () => {
    const out = JSON.parse(
      await run(
        'forecast',
        '--system',
        'lorenz',
        '--context',
        '1500',
        '--horizon',
        '300',
        '--method',
        'ngrc',
        '--seed',
        '4',
        '--stride',
        '2',
        '--json',
      ),
    );
    // the same trajectory and method by the library (second path: no CLI parsing)
    const g = generate('lorenz', { length: 1800, dt: 0.01, seed: 4, stream: 0, transient: 50 });
    const context = g.values.map((c) => c.slice(0, 1500));
    const truth = g.values.map((c) => c.slice(1500));
    const [r] = forecastWith('ngrc', [context], 300, { dt: 0.01, stride: 2 });
    const s = scoreForecast(truth, r.forecast, {
      dt: 0.01,
      scale: channelScales(context),
      lyapunov: systems.lorenz.lyapunov,
      horizons: [1, 10, 100, 1000],
    });
    expect(out.forecast).toEqual(r.forecast.map((c) => Array.from(c)));
    expect(out.validTime).toBe(s.lyapunovTimes);
    expect(out.validTimeUnits).toBe(s.validTime);
    expect(out.validTime).toBeCloseTo(out.validTimeUnits * 0.9056, 12);
    expect(Object.keys(out.nrmse)).toEqual(['1', '10', '100']); // 1000 > horizon
    expect(out.nrmse['100']).toBe(s.nrmse[2].value);
    expect(out.model).toMatchObject({ delays: 3, features: 55, memory: 'delays k = 3, stride s = 2' });
    expect([out.system, out.method, out.context, out.horizon, out.lyapunov]).toEqual([
      'lorenz',
      'ngrc',
      1500,
      300,
      0.9056,
    ]);
  });

  it('gives null with a reason for non-chaotic systems, and a readable line without --json', async () => {
    const out = JSON.parse(
      await run(
        'forecast',
        '--system',
        'mass-spring',
        '--context',
        '800',
        '--horizon',
        '50',
        '--method',
        'legt-stable',
        '--json',
      ),
    );
    expect(out.validTime).toBeNull();
    expect(out.validTimeReason).toMatch(/not chaotic/);
    expect(out.validTimeUnits).toBeGreaterThan(0);
    expect(out.model.radius).toBeLessThanOrEqual(1 + 1e-9);
    const text = await run(
      'forecast',
      '--system',
      'rossler',
      '--context',
      '600',
      '--horizon',
      '40',
      '--method',
      'ar',
    );
    expect(text).toMatch(/^rossler, ar: valid for [\d.]+ Lyapunov times.*NRMSE after 1: /);
  });

  it('propagates errors naming the option', async () => {
    await expect(run('forecast', '--system', 'lorenz63')).rejects.toThrow(/--system must be one of/);
    await expect(run('forecast', '--system', 'lorenz', '--method', 'lstm')).rejects.toThrow(
      /hippo-ridge \| ngrc|--method must be one of/,
    );
    await expect(run('forecast', '--system', 'lorenz', '--context', '1.5')).rejects.toThrow(
      /--context must be an integer/,
    );
    await expect(run('forecast', '--system', 'lorenz', '--N', 'x')).rejects.toThrow(/--N must be a number/);
    await expect(
      run('forecast', '--system', 'lorenz', '--context', '200', '--horizon', '5', '--regularization', 'loo'),
    ).rejects.toThrow(/--regularization must be a number/);
  });
});
