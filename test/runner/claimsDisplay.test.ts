import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../experiments/types.ts';
import { registeredExperiment as registered } from './fixtures/registeredExperiment.ts';
import { reproduceCli } from './reproduceCli.ts';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'hp-display-'));
  process.exitCode = undefined;
});
afterEach(async () => {
  process.exitCode = undefined;
  await rm(out, { recursive: true, force: true });
});

describe('claims on stdout, in --json and on the index page', () => {
  it('the summary shows kind, paper value, ratio and status; a deviation does not fail the exit code', async () => {
    const text = await reproduceCli([registered()], out, []);
    expect(process.exitCode).toBeUndefined();
    expect(text).toMatch(/experiment\s+claim\s+kind\s+value\s+bound\s+paper\s+ratio\s+status/);
    expect(text).toMatch(
      /shown\s+plateau at the paper \| level\s+paper\s+1\.350e-5\s+\[0\.0025, 0\.01\]\s+0\.005\s+0\.0027\s+DEVIATION/,
    );
    expect(text).toMatch(
      /shown\s+peak near N = 21\s+paper\s+0\.004\s+\[0\.0015, 0\.006\]\s+0\.003\s+1\.333\s+PASS/,
    );
    expect(text).toMatch(/shown\s+slope -3\s+theory\s+-3\.08\s+\[-3\.3, -2\.7\]\s+PASS/);
    expect(text).toMatch(/1 experiment: 1 passed, 0 failed, 0 errored; claims: 2 pass, 1 deviation, 0 fail/);

    const index = await readFile(join(out, 'index.html'), 'utf8');
    const deviations = index.slice(index.indexOf('<section id="deviations">'), index.indexOf('</section>'));
    expect(deviations).toContain('plateau at the paper | level');
    expect(deviations).toContain(
      'our signal generator is scaled differently. <em>Tried:</em> both noise conventions.',
    );
    expect(deviations).not.toContain('peak near N = 21');
    expect(index).toMatch(
      /<tr class="deviation"><td>plateau at the paper \| level<div class="source">figure 4, poster log plot<\/div><\/td><td>paper<\/td>/,
    );
    expect(index).toContain('<td class="status">DEVIATION</td>');
    expect(index).toContain('<td>2/1/0</td>'); // pass / deviation / fail in the summary table
  });

  it('--json gives the counts and each claim with its kind, status, paper value, ratio and deviation', async () => {
    const parsed = JSON.parse(await reproduceCli([registered()], out, ['--json'])) as {
      allPass: boolean;
      counts: Record<string, number>;
      results: { seed: number; claims: Claim[] }[];
    };
    expect(parsed.allPass).toBe(true);
    expect(parsed.counts).toEqual({ pass: 2, deviation: 1, fail: 0 });
    const plateau = parsed.results[0].claims[0];
    expect(plateau).toMatchObject({
      id: 'plateau',
      kind: 'paper',
      status: 'deviation',
      pass: false,
      paper: 5e-3,
    });
    expect(plateau.ratio).toBe(1.35e-5 / 5e-3); // the same division the claim does
    expect(plateau.deviation?.tried).toBe('both noise conventions.');
    expect(parsed.results[0].seed).toBe(0);
  });
});
