/**
 * Runs every TSDoc `@example` of src/**\/*.ts as its own module and fails on any throw or on a top-level boolean
 * expression that is false. The convention is documented in extractExamples.ts and CONTRIBUTING.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleModule, extractExamples, tsFiles, type DocExample } from './extractExamples.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = path.join(root, 'src');
const publicIndex = path.join(srcDir, 'index.ts');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'hippo-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Modules whose exports are in scope: the isomorphic core and the figure builders (`hippo-prophecy/plot`). */
function publicModules(): string[] {
  return [publicIndex, path.join(srcDir, 'plot', 'index.ts')].filter((f) => existsSync(f));
}

const exportCache = new Map<string, string[]>();
async function exportNames(file: string): Promise<string[]> {
  let names = exportCache.get(file);
  if (names === undefined) {
    names = Object.keys((await import(pathToFileURL(file).href)) as object);
    exportCache.set(file, names);
  }
  return names;
}

let counter = 0;
/** Writes the example's module into the temp dir and imports it (cwd = temp dir, so stray writes land there). */
async function runExample(example: DocExample, absFile: string): Promise<void> {
  const scopes: [string, string[]][] = [];
  // the holding file first: its own exports win over a same-named public export of another entry
  for (const m of [absFile, ...publicModules()]) scopes.push([m, await exportNames(m)]);
  const file = path.join(tmp, `example-${++counter}.ts`);
  writeFileSync(file, exampleModule(example, scopes, absFile, publicIndex));
  const cwd = process.cwd();
  process.chdir(tmp);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    process.chdir(cwd);
  }
}

const examples = tsFiles(srcDir).flatMap((f) =>
  extractExamples(readFileSync(f, 'utf8'), path.relative(root, f)).map((e) => ({ ...e, abs: f })),
);

describe('TSDoc @example blocks of src/', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.symbol}`, e] as const))('%s', async (_name, e) => {
    await runExample(e, e.abs);
  });
});

describe('the example convention itself', () => {
  const own = path.join(srcDir, 'linalg', 'matrix.ts');
  const fromComment = (doc: string) => extractExamples(doc, 'synthetic.ts');

  it('reads inline, multi-line and fenced examples, skipping non-code fences', () => {
    const found = fromComment(
      [
        '/**',
        ' * Summary.',
        ' * @example zeros(2, 3).data.length === 6',
        ' * @example',
        ' *   const m = identity(2);',
        ' *   m.data[3] === 1;',
        ' * @example',
        ' * ```ts',
        ' * at(fromRows([[1, 2]]), 0, 1) === 2',
        ' * ```',
        ' * ```text',
        ' * this is output, not code',
        ' * ```',
        ' * @see arXiv:2407.09375',
        ' */',
        'export function f() {}',
      ].join('\n'),
    );
    expect(found.map((e) => e.code)).toEqual([
      'zeros(2, 3).data.length === 6',
      'const m = identity(2);\nm.data[3] === 1;',
      'at(fromRows([[1, 2]]), 0, 1) === 2',
    ]);
    expect(found.map((e) => e.symbol)).toEqual(['f', 'f', 'f']);
    expect(found.map((e) => e.line)).toEqual([3, 4, 7]);
  });

  it('passes true assertions and fails false ones and throws', async () => {
    const make = (code: string): DocExample => ({ file: 'synthetic.ts', line: 1, symbol: 's', code });
    await expect(runExample(make('zeros(2, 3).data.length === 6'), own)).resolves.toBeUndefined();
    await expect(runExample(make('zeros(2, 3).data.length === 7'), own)).rejects.toThrow(
      /assertion is false/,
    );
    await expect(runExample(make('const z = zeros(1, 1);\nz.rows !== 1'), own)).rejects.toThrow(
      /assertion is false/,
    );
    await expect(runExample(make('zeros(-1, 2)'), own)).rejects.toThrow();
    await expect(runExample(make('undefinedName + 1'), own)).rejects.toThrow(/undefinedName/);
    // non-boolean values are documentation, not assertions
    await expect(runExample(make('zeros(2, 2).rows // 2'), own)).resolves.toBeUndefined();
  });
});
