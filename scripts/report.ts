/**
 * `npm run report`: the paper-vs-ours table of the documents, generated from a results folder.
 *
 *   npm run report                          from results/ (the quick run at seed 0 of `npm run reproduce`)
 *   npm run report -- --results DIR         from another results folder
 *   npm run report -- --check               write nothing; exit 1 when README.md or docs/reproduction.md differ from
 *                                           what the committed snapshot docs/results/quick gives
 *
 * It recomputes every experiment's claims from its result.json with the current code (a result written by other
 * code, i.e. another run stamp, is refused: rerun `npm run reproduce`), writes them as the committed snapshot
 * docs/results/quick/<id>/claims.json, then writes the table of the paper-kind claims (experiment, claim, paper value,
 * ours, ratio ours / paper, status reproduced / deviation / fail) and the list of deviations between the markers
 * `<!-- generated:paper-claims:start -->` and `<!-- generated:paper-claims:end -->` of docs/reproduction.md and
 * README.md. test/scripts/report.test.ts checks that both documents match the snapshot, so they cannot drift.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, Experiment } from '../experiments/types.ts';
import { toResultJson } from '../experiments/runner/jsonEncoding.ts';
import { readStoredRun, recomputeClaims } from '../experiments/runner/resultFiles.ts';
import { runStamp } from '../experiments/runner/runOne.ts';
import { formatValue } from '../experiments/runner/summaryTable.ts';
import { packageVersion } from '../src/util/packageVersion.ts';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The committed snapshot of the quick run, relative to the root. */
export const SNAPSHOT_DIR = path.join('docs', 'results', 'quick');

/** The documents holding the generated table, relative to the root. */
export const GENERATED_DOCS: readonly string[] = Object.freeze([
  'README.md',
  path.join('docs', 'reproduction.md'),
]);

const START = '<!-- generated:paper-claims:start -->';
const END = '<!-- generated:paper-claims:end -->';

/** One experiment's claims in the snapshot. */
export interface SnapshotEntry {
  id: string;
  claims: Claim[];
}

/**
 * The snapshot's claims, in the order of `experiments` (ids it does not know last, by name).
 *
 * @param dir - the snapshot folder (`<id>/claims.json` inside)
 * @param experiments - the registry, for the order
 * @returns the entries
 */
export async function readSnapshot(
  dir: string,
  experiments: readonly Experiment[],
): Promise<SnapshotEntry[]> {
  const names = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const order = (id: string) => {
    const i = experiments.findIndex((e) => e.id === id);
    return i < 0 ? experiments.length : i;
  };
  names.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const entries: SnapshotEntry[] = [];
  for (const id of names) {
    const claims = JSON.parse(await readFile(path.join(dir, id, 'claims.json'), 'utf8')) as Claim[];
    entries.push({ id, claims });
  }
  return entries;
}

const cellText = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const num = (v: number | string | undefined) => (v === undefined ? '' : cellText(formatValue(v)));
const statusWord = (c: Claim) =>
  c.status === 'pass' ? 'reproduced' : c.status === 'deviation' ? 'deviation' : 'FAIL';

/**
 * The generated Markdown: the table of paper-kind claims and the list of deviations (rows of one experiment with
 * the same explanation listed once, their names joined by '; ').
 *
 * @param snapshot - from {@link readSnapshot}
 * @returns the text between the markers (without them)
 * @example paperClaimsMarkdown([]) // '_No paper-kind claims in the snapshot yet._'
 */
export function paperClaimsMarkdown(snapshot: readonly SnapshotEntry[]): string {
  const rows = snapshot.flatMap((e) =>
    e.claims.filter((c) => c.kind === 'paper').map((c) => ({ id: e.id, c })),
  );
  if (rows.length === 0) return '_No paper-kind claims in the snapshot yet._';
  const lines = [
    '| experiment | claim | paper | ours | ratio ours / paper | status |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ({ id, c }) =>
        `| ${id} | ${cellText(c.name)} | ${num(c.paper)} | ${num(c.value)} | ${num(c.ratio)} | ${statusWord(c)} |`,
    ),
  ];
  const deviations = rows.filter(({ c }) => c.status === 'deviation' && c.deviation !== undefined);
  // rows of one experiment with the same explanation (e.g. one per gamma) are listed once, their names together
  const groups = new Map<string, { id: string; names: string[]; c: Claim }>();
  for (const { id, c } of deviations) {
    const key = JSON.stringify([id, c.deviation!.explanation, c.deviation!.tried]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { id, names: [cellText(c.name)], c });
    else group.names.push(cellText(c.name));
  }
  if (groups.size > 0) {
    lines.push('', 'Deviations from the paper:', '');
    for (const { id, names, c } of groups.values()) {
      lines.push(
        `- ${id}, ${names.join('; ')}: ${cellText(c.deviation!.explanation)} Tried: ${cellText(c.deviation!.tried)}`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * `text` with the part between the paper-claims markers replaced by `generated`.
 *
 * @param text - the document
 * @param generated - the new content
 * @param name - the document's name, for the error
 * @returns the new document
 * @throws Error when the markers are missing or out of order
 */
export function replaceGenerated(text: string, generated: string, name: string): string {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`report: ${name} has no ${START} ... ${END} markers`);
  return `${text.slice(0, a + START.length)}\n${generated}\n${text.slice(b)}`;
}

/**
 * Recomputes the claims of every experiment in a results folder (quick scale, seed 0, run with the current code)
 * and writes them as the snapshot.
 *
 * @param results - the results folder
 * @param snapshot - the snapshot folder
 * @param experiments - the registry
 * @returns the ids written
 * @throws Error listing the experiments that were run at another scale or seed or with other code
 */
export async function writeSnapshot(
  results: string,
  snapshot: string,
  experiments: readonly Experiment[],
): Promise<string[]> {
  const written: string[] = [];
  const stale: string[] = [];
  for (const exp of experiments) {
    const stored = await readStoredRun(path.join(results, exp.id));
    if (stored === undefined) continue;
    const { stamp } = await runStamp(exp, 'quick', 0, packageVersion());
    if (JSON.stringify(stored.meta.stamp) !== JSON.stringify(stamp)) {
      stale.push(`${exp.id} (scale ${stored.meta.scale}, seed ${stored.meta.seed})`);
      continue;
    }
    await mkdir(path.join(snapshot, exp.id), { recursive: true });
    await writeFile(path.join(snapshot, exp.id, 'claims.json'), toResultJson(recomputeClaims(exp, stored)));
    written.push(exp.id);
  }
  if (stale.length > 0) {
    throw new Error(
      `report: not the quick run at seed 0 of the current code: ${stale.join(', ')}; rerun npm run reproduce`,
    );
  }
  return written;
}

/**
 * The documents as they should be, from the snapshot.
 *
 * @param root - the folder holding README.md and docs/
 * @param experiments - the registry
 * @returns per document (relative path) its current and its generated text
 */
export async function generatedDocuments(
  root: string,
  experiments: readonly Experiment[],
): Promise<{ file: string; current: string; generated: string }[]> {
  const markdown = paperClaimsMarkdown(await readSnapshot(path.join(root, SNAPSHOT_DIR), experiments));
  return Promise.all(
    GENERATED_DOCS.map(async (file) => {
      const current = await readFile(path.join(root, file), 'utf8');
      return { file, current, generated: replaceGenerated(current, markdown, file) };
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const i = argv.indexOf('--results');
  const results = path.resolve(i >= 0 ? (argv[i + 1] ?? '') : 'results');
  const { experiments } = await import('../experiments/registry.ts');
  if (!check) {
    const ids = await writeSnapshot(results, path.join(repoRoot, SNAPSHOT_DIR), experiments);
    process.stdout.write(`report: ${ids.length} experiments from ${results} into ${SNAPSHOT_DIR}\n`);
    const missing = experiments.filter((e) => !ids.includes(e.id)).map((e) => e.id);
    if (missing.length > 0) process.stdout.write(`report: not in ${results}: ${missing.join(', ')}\n`);
  }
  let differs = false;
  for (const { file, current, generated } of await generatedDocuments(repoRoot, experiments)) {
    if (current === generated) continue;
    differs = true;
    if (check) process.stderr.write(`report: ${file} differs from ${SNAPSHOT_DIR}; run npm run report\n`);
    else await writeFile(path.join(repoRoot, file), generated);
  }
  if (!check) process.stdout.write('report: README.md and docs/reproduction.md updated\n');
  return check && differs ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && /[\\/]scripts[\\/]report\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
