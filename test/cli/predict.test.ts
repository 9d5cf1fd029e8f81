import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIVERGENCE_FACTOR } from '../../src/cli/commands/predict.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { oneStepError } from '../../src/metrics/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { teacherStepsFor } from '../../src/ssm/rollout.ts';
import { generate } from '../../src/systems/index.ts';
import { runCli, spawnCli } from './runCli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hippo-predict-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const u = Float64Array.from({ length: 400 }, (_, k) => Math.sin(k / 15) + 0.3 * Math.cos(k / 7));
const legt = ['--measure', 'legt', '--N', '8', '--dt', '0.01'];
const ssm = prophecy(hippo('legt', 8), { dt: 0.01 });

describe('cli predict', () => {
  it('--json prints the envelope with the prediction and the metric that the text prints', async () => {
    const input = file('u.json', JSON.stringify(Array.from(u)));
    const r = await runCli('predict', ...legt, '--input', input, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'command',
      'version',
      'params',
      'input',
      'teacherSteps',
      'prediction',
      'metrics',
      'warnings',
    ]);
    expect(out.params).toMatchObject({
      measure: 'legt',
      N: 8,
      dt: 0.01,
      teacherRatio: 1,
      mode: 'auto',
      input,
    });
    const ref = predictNext(ssm, u);
    expect(out.prediction).toEqual(Array.from(ref));
    const mse = oneStepError(ref, u, { window: 'second-half' });
    expect(out.metrics).toMatchObject({ kind: 'one-step', window: { from: 199, to: 399 }, diverged: false });
    expect(out.metrics.mse).toBe(mse);
    expect(out.metrics.baseline).toEqual({
      name: 'copy-last',
      mse: oneStepError(u, u, { window: 'second-half' }),
    });
    expect(out.warnings).toEqual([]);
    const text = await runCli('predict', ...legt, '--input', input);
    expect(text.stdout).toBe(
      `predicted 400 values of u (out[k] predicts u[k+1]); one-step MSE over the second half (k = 199..398, ` +
        `targets u[k+1]): ${mse.toExponential(3)} (copy-last: ${out.metrics.baseline.mse.toExponential(3)})\n`,
    );
  });

  it("reads { values }, generate's JSON and TSV, CSV and space-separated columns; --channel by name or index", async () => {
    const expected = Array.from(predictNext(ssm, u));
    const g = JSON.parse(
      (await runCli('generate', 'lorenz', '--length', '300', '--dt', '0.01', '--json')).stdout,
    );
    const tsv = (await runCli('generate', 'lorenz', '--length', '300', '--dt', '0.01')).stdout;
    const z = Float64Array.from(g.values[2] as number[]);
    const zPrediction = Array.from(predictNext(ssm, z));
    const cases: [string, string, string[], number[]][] = [
      ['values.json', JSON.stringify({ values: Array.from(u) }), [], expected],
      ['generate.json', JSON.stringify(g), ['--channel', 'z'], zPrediction],
      ['generate-index.json', JSON.stringify(g), ['--channel', '2'], zPrediction],
      ['generate.tsv', tsv, ['--channel', 'z'], zPrediction],
      ['plain.csv', Array.from(u, (v, k) => `${k},${v}`).join('\n'), ['--channel', '1'], expected],
      [
        'named.csv',
        `k,"signal"\n${Array.from(u, (v, k) => `${k},${v}`).join('\r\n')}\r\n`,
        ['--channel', 'signal'],
        expected,
      ],
      ['spaces.txt', `# a comment\n\n${Array.from(u, (v) => `  ${v}`).join('\n')}`, [], expected],
    ];
    for (const [name, text, extra, prediction] of cases) {
      const r = await runCli('predict', ...legt, '--input', file(name, text), ...extra, '--json');
      expect(r.stderr, name).toBe('');
      expect(JSON.parse(r.stdout).prediction, name).toEqual(prediction);
    }
    const generated = JSON.parse(
      (
        await runCli(
          'predict',
          ...legt,
          '--input',
          file('g.json', JSON.stringify(g)),
          '--channel',
          'x',
          '--json',
        )
      ).stdout,
    );
    expect(generated.input).toEqual({
      source: `--input ${path.join(dir, 'g.json')}`,
      format: 'json',
      channels: ['x', 'y', 'z'],
      channel: 'x',
      length: 300,
    });
  });

  it('asks for --channel when the input has several, and names the channels there are (exit 2)', async () => {
    const g = (await runCli('generate', 'lorenz', '--length', '50', '--json')).stdout;
    const input = file('g3.json', g);
    const none = await runCli('predict', ...legt, '--input', input);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /has 3 channels \(0: x, 1: y, 2: z\): choose one with --channel <name\|index>/,
    );
    const bad = await runCli('predict', ...legt, '--input', input, '--channel', 'w');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--channel w: .* has no such channel; its channels are 0: x, 1: y, 2: z/);
    expect((await runCli('predict', ...legt, '--input', input, '--channel', '3')).code).toBe(2);
  });

  it('labels a rollout truly: free-running MSE after the last true input, holding that input beside it', async () => {
    const input = file('r.json', JSON.stringify(Array.from(u)));
    const r = await runCli('predict', ...legt, '--input', input, '--teacher-ratio', '0.5', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const T = teacherStepsFor(0.5, 400);
    expect(out.teacherSteps).toBe(T);
    const ref = predictNext(ssm, u, { teacherRatio: 0.5 });
    expect(out.metrics.kind).toBe('free-running');
    expect(out.metrics.window).toEqual({ from: T, to: 399 });
    expect(out.metrics.mse).toBe(oneStepError(ref, u, { from: T, to: 399 }));
    let hold = 0;
    for (let k = T; k < 399; k++) hold += (u[T - 1] - u[k + 1]) ** 2;
    expect(out.metrics.baseline.mse).toBeCloseTo(hold / (399 - T), 14);
    expect(out.metrics.label).toMatch(/^free-running MSE after step 200 /);
    const text = await runCli('predict', ...legt, '--input', input, '--teacher-ratio', '0.5');
    expect(text.stdout).toMatch(
      /free-running MSE after step 200 .*: \d\.\d{3}e[+-]\d+ \(holding the last true input u\[199\]/,
    );
    expect(text.stdout).not.toMatch(/one-step/);
  });

  it('warns when the closed loop diverges and fails (exit 1) once the prediction or its MSE leaves float64', async () => {
    // the issue's case: a white signal, LegT, teacher ratio 0.1 diverges (to 1e34 MSE with N = 8, 1e182 with N = 17)
    const w = generate('white-signal', { length: 10000 }).values[0];
    const input = file('white.json', JSON.stringify(Array.from(w)));
    const args = ['--dt', '1e-3', '--input', input, '--teacher-ratio', '0.1'];
    const warned = await runCli('predict', '--measure', 'legt', '--N', '8', ...args, '--json');
    expect(warned.code).toBe(0);
    const out = JSON.parse(warned.stdout);
    expect(out.metrics.diverged).toBe(true);
    expect(out.metrics.maxAbsPrediction).toBeGreaterThan(DIVERGENCE_FACTOR);
    expect(out.warnings).toHaveLength(1);
    expect(warned.stderr).toBe(`hippo-prophecy: warning: ${out.warnings[0]}\n`);
    expect(out.warnings[0]).toMatch(/closed loop \(k >= 1000, predictions fed back as inputs\) is unstable/);
    const overflow = await runCli('predict', '--measure', 'legt', '--N', '17', ...args);
    expect(overflow.code).toBe(1);
    expect(overflow.stdout).toBe('');
    expect(overflow.stderr).toMatch(
      /^hippo-prophecy: predict: metrics\.mse is Infinity .*reaches \|uhat\| = 1\.\d\de\+182 .*diverged/,
    );
    const infinite = await runCli('predict', '--measure', 'legt', '--N', '32', ...args, '--json');
    expect(infinite.code).toBe(1);
    expect(infinite.stderr).toMatch(
      /^hippo-prophecy: predict: prediction\[\d+\] is (Infinity|-Infinity|NaN) \(not finite\): the free-running closed loop diverged: --teacher-ratio 0.1 feeds the true input for the first 1000 of 10000 steps/,
    );
    // a teacher-forced run of the same predictors stays finite and unwarned
    const forced = await runCli(
      'predict',
      '--measure',
      'legt',
      '--N',
      '17',
      '--dt',
      '1e-3',
      '--input',
      input,
      '--json',
    );
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).metrics.diverged).toBe(false);
  });

  it('values near 1e308 give an error naming the overflowing quantity, never null (exit 1)', async () => {
    // the predictions themselves stay finite (the FFT path scales extreme inputs, the scan never overflows here);
    // their squared errors do not
    const huge = Array.from({ length: 100 }, (_, k) => 9e307 * Math.sin(k / 10 + 1));
    const r = await runCli('predict', ...legt, '--input', file('huge.json', JSON.stringify(huge)), '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^hippo-prophecy: predict: metrics\.mse is Infinity \(not finite, so it has no JSON or text form\): the squared errors overflow float64 \(the largest \|u\| is 9\.00e\+307\); rescale the input\n$/,
    );
    const big = Array.from({ length: 100 }, (_, k) => 1e200 * Math.sin(k / 10 + 1));
    const m = await runCli('predict', ...legt, '--input', file('big.json', JSON.stringify(big)));
    expect(m.code).toBe(1);
    expect(m.stderr).toMatch(/metrics\.mse is Infinity .*the squared errors overflow float64/);
  });

  it('reports unreadable or malformed input as a run-time failure (exit 1) naming --input', async () => {
    const cases: [string, string | null, RegExp][] = [
      ['missing.json', null, /--input .*missing\.json: cannot read \(no such file\)/],
      [
        'bad.json',
        '[1, 2,\n 3, x]',
        /--input .*bad\.json: invalid JSON at line 2, column 5: unexpected character/,
      ],
      ['nan.json', '[1, 2, NaN]', /invalid JSON at line 1/],
      ['object.json', '{ "u": [1, 2] }', /expected a JSON array of numbers.*has no "values"/],
      ['strings.json', '["a", "b"]', /element 0 is "a"/],
      ['ragged.csv', 'a,b\n1,2\n3\n', /line 3 has 1 field, expected 2 \(as the header\)/],
      ['word.tsv', '1\t2\n3\tfour\n', /line 2, column 2: "four" is not a number/],
      ['overflow.txt', '1e400\n2\n', /channel u, sample 0 is Infinity; the input must be finite/],
      ['empty.json', '  \n', /the input is empty/],
      ['truncated.json', '[1, 2, 3', /unexpected end \(unclosed \[ or \{\)/],
    ];
    for (const [name, text, message] of cases) {
      const input = text === null ? path.join(dir, name) : file(name, text);
      const r = await runCli('predict', ...legt, '--input', input, '--channel', '0');
      expect(r.code, name).toBe(1);
      expect(r.stderr.trimEnd().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).toMatch(message);
    }
  });

  it('refuses inconsistent options as usage errors (exit 2)', async () => {
    const input = file('v.json', JSON.stringify(Array.from(u)));
    for (const [extra, message] of [
      [['--mode', 'fft', '--teacher-ratio', '0.5'], /--mode fft needs --teacher-ratio 1/],
      [['--mode', 'fast'], /--mode must be one of auto, scan, fft; got "fast"/],
      [['--teacher-ratio', '2'], /--teacher-ratio must lie in \[0, 1\], got 2/],
      [['--teacher-ratio', 'half'], /--teacher-ratio must be a number, got "half"/],
    ] as const) {
      const r = await runCli('predict', ...legt, '--input', input, ...extra);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('refuses a call estimated beyond --max-seconds (exit 2), naming the estimate and the cheaper ways', async () => {
    const u = file(
      'max-seconds.json',
      JSON.stringify(Array.from({ length: 2000 }, (_, k) => Math.sin(k / 30))),
    );
    const args = [
      'predict',
      '--measure',
      'lagt',
      '--N',
      '64',
      '--dt',
      '1e-3',
      '--input',
      u,
      '--mode',
      'scan',
    ];
    const r = await runCli(...args, '--max-seconds', '1e-9');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /the scan path for N = 64, L = 2000 is estimated at .* over --max-seconds 1e-9; raise --max-seconds/,
    );
    expect(r.stderr).toMatch(/--mode fft/);
    const ok = await runCli(...args);
    expect(ok.code).toBe(0);
  });

  it('shows progress lines on stderr for a long call (threshold HIPPO_PROPHECY_PROGRESS_AFTER)', () => {
    const u = file(
      'progress.json',
      JSON.stringify(Array.from({ length: 200_000 }, (_, k) => Math.sin(k / 300))),
    );
    const args = [
      'predict',
      '--measure',
      'legt',
      '--N',
      '8',
      '--dt',
      '1e-6',
      '--input',
      u,
      '--mode',
      'scan',
      '--json',
    ];
    const shown = spawnCli(args, { env: { HIPPO_PROPHECY_PROGRESS_AFTER: '0' } });
    expect(shown.code).toBe(0);
    const lines = shown.stderr.split('\n').filter((l) => l.startsWith('predict: '));
    expect(lines[0]).toMatch(/^predict: scan path, estimated /);
    expect(lines.slice(1).map((l) => /(\d+)%/.exec(l)?.[1])).toEqual(['33', '66', '98']);
    const quiet = spawnCli(args, { env: { HIPPO_PROPHECY_PROGRESS_AFTER: '1e9' } });
    expect(quiet.stderr).not.toMatch(/predict: /);
    expect(quiet.stdout).toBe(shown.stdout);
  }, 60_000);
});
