import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/inlineContext.ts';
import { experiments } from '../../experiments/registry.ts';
import {
  generatedDocuments,
  paperClaimsMarkdown,
  readSnapshot,
  replaceGenerated,
  repoRoot,
  writeSnapshot,
} from '../../scripts/report.ts';
import { quietRun } from '../runner/fixtures/quietRun.ts';
import { registeredExperiment } from '../runner/fixtures/registeredExperiment.ts';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'hp-report-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('npm run report', () => {
  it('README.md and docs/reproduction.md hold exactly the table generated from docs/results/quick', async () => {
    const docs = await generatedDocuments(repoRoot, experiments);
    expect(docs.map((d) => d.file)).toEqual(['README.md', join('docs', 'reproduction.md')]);
    for (const { file, current, generated } of docs)
      expect(current, `${file}: run npm run report`).toBe(generated);
  });

  it('the table lists the paper-kind claims with paper value, ours, ratio and status, then the deviations', async () => {
    const exp = registeredExperiment();
    const claims = exp.claims(await exp.run(inlineContext(), exp.scales.quick), 'quick');
    const text = paperClaimsMarkdown([{ id: 'fig4', claims }]);
    expect(text.split('\n')).toEqual([
      '| experiment | claim | paper | ours | ratio ours / paper | status |',
      '|---|---|---|---|---|---|',
      '| fig4 | plateau at the paper \\| level | 0.005 | 1.350e-5 | 0.0027 | deviation |',
      '| fig4 | peak near N = 21 | 0.003 | 0.004 | 1.333 | reproduced |',
      '',
      'Deviations from the paper:',
      '',
      '- fig4, plateau at the paper \\| level: our signal generator is scaled differently. Tried: both noise conventions.',
    ]);
    expect(paperClaimsMarkdown([])).toBe('_No paper-kind claims in the snapshot yet._');
    // rows with the same explanation are listed once
    const twin = { ...claims[0], name: 'plateau, second alpha' };
    const grouped = paperClaimsMarkdown([{ id: 'fig4', claims: [claims[0], twin] }]).split('\n');
    expect(grouped.filter((l) => l.startsWith('- '))).toEqual([
      '- fig4, plateau at the paper \\| level; plateau, second alpha: our signal generator is scaled differently. Tried: both noise conventions.',
    ]);
  });

  it('replaces only what is between the markers, and refuses a document without them', () => {
    const doc = 'a\n<!-- generated:paper-claims:start -->\nold\n<!-- generated:paper-claims:end -->\nb\n';
    expect(replaceGenerated(doc, 'new', 'doc')).toBe(
      'a\n<!-- generated:paper-claims:start -->\nnew\n<!-- generated:paper-claims:end -->\nb\n',
    );
    expect(() => replaceGenerated('no markers', 'x', 'README.md')).toThrow(/README\.md has no .* markers/);
  });

  it('snapshots the claims recomputed from the quick run at seed 0, and refuses a run of another seed', async () => {
    const exps = [registeredExperiment('reported')];
    const run = (out: string, seed: number) => quietRun(exps, out, { seed });
    await run(join(tmp, 'results'), 0);
    // claims.json is not what the snapshot copies: it recomputes
    await rm(join(tmp, 'results', 'reported', 'claims.json'));
    expect(await writeSnapshot(join(tmp, 'results'), join(tmp, 'snap'), exps)).toEqual(['reported']);
    const snap = await readSnapshot(join(tmp, 'snap'), exps);
    expect(snap.map((e) => [e.id, e.claims.map((c) => c.status)])).toEqual([
      ['reported', ['deviation', 'pass', 'pass']],
    ]);
    expect(await readFile(join(tmp, 'snap', 'reported', 'claims.json'), 'utf8')).toContain('"kind": "paper"');
    await run(join(tmp, 'other'), 1);
    await expect(writeSnapshot(join(tmp, 'other'), join(tmp, 'snap2'), exps)).rejects.toThrow(
      /not the quick run at seed 0 of the current code: reported \(scale quick, seed 1\)/,
    );
  });
});
