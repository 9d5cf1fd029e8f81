/**
 * `<out>/seeds.json`: the report of a `--seeds` run, written by the runner and read back for the index page (whose
 * seeds section a later single-seed run into the same folder keeps).
 *
 * @see arXiv:2407.09375
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/util/writeFileAtomic.ts';
import { toResultJson } from './jsonEncoding.ts';
import { SEEDS_FILE, seedFolderName } from './outputLayout.ts';
import type { SeedsSectionInput } from './seedsHtml.ts';
import type { SeedsReport } from './seedsReport.ts';

/**
 * Writes `<out>/seeds.json` atomically.
 *
 * @param outDir - the results folder
 * @param report - the seeds report
 */
export async function writeSeedsReport(outDir: string, report: SeedsReport): Promise<void> {
  await writeFileAtomic(join(outDir, SEEDS_FILE), toResultJson(report));
}

/**
 * The seeds section of `<out>/index.html` from `<out>/seeds.json`, or undefined when there is none (or it is not a
 * seeds report).
 *
 * @param outDir - the results folder
 * @returns the report and the links to each seed's page
 */
export async function readSeedsSection(outDir: string): Promise<SeedsSectionInput | undefined> {
  let report: SeedsReport;
  try {
    report = JSON.parse(await readFile(join(outDir, SEEDS_FILE), 'utf8')) as SeedsReport;
  } catch {
    return undefined;
  }
  if (!Array.isArray(report?.seeds) || !Array.isArray(report.rows)) return undefined;
  const pages: Record<number, string> = {};
  for (const s of report.seeds) pages[s] = `${seedFolderName(s)}/index.html`;
  return { report, pages };
}
