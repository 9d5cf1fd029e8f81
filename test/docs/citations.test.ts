/**
 * Citations of the project's own documents hold: every "docs/<name>.md eq. N" (also "eqs. 4, 13 and 18",
 * "equation (N)") names a file that exists and an equation "(N)" in it, every "docs/<name>.md section N" (or "§ N")
 * a heading numbered N, every other "docs/<name>.md" an existing file; and nothing cites the notes and design files
 * the project was written from, which are not in the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const self = path.relative(root, fileURLToPath(import.meta.url));

/** What is scanned: source, tests, scripts, notebook sources and documents (text files only). */
const SCANNED = [
  'src',
  'experiments',
  'test',
  'scripts',
  path.join('notebooks', 'source'),
  'docs',
  'README.md',
];
const TEXT = /\.(ts|mts|mjs|js|md)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'api', 'dist']);

/** Mentions of files outside the repository (built so that this file does not match itself). */
const OUTSIDE = new RegExp(['paper' + '-notes', 'design' + '\\.md'].join('|'), 'g');

function filesBelow(rel: string): string[] {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [rel];
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIPPED_DIRS.has(e.name) ? [] : filesBelow(path.join(rel, e.name));
    return TEXT.test(e.name) ? [path.join(rel, e.name)] : [];
  });
}

const files = SCANNED.flatMap(filesBelow).filter((f) => f !== self);

/** The text with comment continuations (`\n * `, `\n // `) joined, so that a citation broken over lines is one. */
function joined(text: string): string {
  return text.replace(/\n[ \t]*(?:\*(?!\/)|\/\/)?[ \t]*/g, ' ');
}

const CITATION =
  /docs\/([A-Za-z0-9_.-]+\.md)(?:[,:]?\s+(?:(eqs?\.|equations?)\s*((?:\(?\d+\)?(?:\s*(?:,|and|-)\s*)?)+)|(section|§)\s*(\d+(?:\.\d+)*)))?/g;

/** The cited documents, read once. */
const docs = new Map<string, string | undefined>();
function doc(name: string): string | undefined {
  if (!docs.has(name)) {
    const p = path.join(root, 'docs', name);
    docs.set(name, existsSync(p) ? readFileSync(p, 'utf8') : undefined);
  }
  return docs.get(name);
}

/** The broken citations of one file's text, as "file: the citation: what is wrong". */
function brokenIn(file: string, content: string): string[] {
  const wrong: string[] = [];
  for (const m of joined(content).matchAll(CITATION)) {
    const [match, name, eqWord, eqList, sectionWord, section] = m;
    const cited = match.replace(/(\s*(,|and|-))+\s*$/, '').trim();
    const text = doc(name);
    if (text === undefined) {
      wrong.push(`${file}: ${cited}: docs/${name} does not exist`);
      continue;
    }
    if (eqWord !== undefined) {
      for (const n of eqList.match(/\d+/g) ?? []) {
        if (!text.includes(`(${n})`)) wrong.push(`${file}: ${cited}: no equation (${n}) in docs/${name}`);
      }
    }
    if (sectionWord !== undefined) {
      const heading = new RegExp(`^#+\\s+${section.replace(/\./g, '\\.')}[.\\s]`, 'm');
      if (!heading.test(text)) wrong.push(`${file}: ${cited}: no section ${section} in docs/${name}`);
    }
  }
  return wrong;
}

/** Every line mentioning a file outside the repository, as "file:line: text". */
function outsideMentions(): string[] {
  return files.flatMap((file) =>
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.match(OUTSIDE) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('citations of the project documents', () => {
  it('scans the tree', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain(path.join('docs', 'theory.md'));
  });

  it('every cited docs file, equation and section exists', () => {
    expect(files.flatMap((f) => brokenIn(f, readFileSync(path.join(root, f), 'utf8')))).toEqual([]);
  });

  it('the checker finds what is wrong (a missing file, equation or section) and accepts what is right', () => {
    const text =
      'see docs/theory.md eqs. 4, 13 and 999, docs/nope.md eq. 1, docs/theory.md section 99 and\n * docs/theory.md\n' +
      ' * eq. (7), docs/theory.md § 12, docs/theory.md equation 19';
    expect(brokenIn('x.ts', text)).toEqual([
      'x.ts: docs/theory.md eqs. 4, 13 and 999: no equation (999) in docs/theory.md',
      'x.ts: docs/nope.md eq. 1: docs/nope.md does not exist',
      'x.ts: docs/theory.md section 99: no section 99 in docs/theory.md',
    ]);
  });

  it('nothing mentions files outside the repository', () => {
    expect(outsideMentions()).toEqual([]);
  });
});
