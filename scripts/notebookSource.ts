/**
 * The notebooks' source of truth is notebooks/source/<name>.ts in the "percent" format (as jupytext writes it):
 * `// %% [markdown]` starts a markdown cell whose lines are `// `-comments, `// %%` starts a code cell. This module
 * turns such a file into an nbformat 4.5 notebook with empty outputs (what is committed as notebooks/<name>.ipynb).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './denoKernel.ts';

export const notebooksDir = path.join(repoRoot, 'notebooks');
export const sourcesDir = path.join(notebooksDir, 'source');

interface Cell {
  cell_type: 'markdown' | 'code';
  id: string;
  metadata: Record<string, unknown>;
  source: string[];
  execution_count?: null;
  outputs?: unknown[];
}

/** Notebook names (without extension), from notebooks/source, sorted. */
export function notebookNames(): string[] {
  return readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Splits text into nbformat source lines (each but the last keeps its newline). */
function sourceLines(text: string): string[] {
  const lines = text.split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l)).filter((l) => l !== '');
}

/** Parses percent-format TypeScript into cells; text before the first marker is a file comment and is dropped. */
export function parsePercent(text: string, name: string): Cell[] {
  const cells: Cell[] = [];
  let current: { type: 'markdown' | 'code'; lines: string[] } | null = null;
  const flush = () => {
    if (current === null) return;
    const lines = current.lines.slice();
    while (lines.length > 0 && lines[0].trim() === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
    const body =
      current.type === 'markdown' ? lines.map((l) => l.replace(/^\/\/ ?/, '')).join('\n') : lines.join('\n');
    const id = `${name.replace(/[^a-z0-9]+/gi, '-')}-${String(cells.length + 1).padStart(2, '0')}`;
    cells.push(
      current.type === 'markdown'
        ? { cell_type: 'markdown', id, metadata: {}, source: sourceLines(body) }
        : {
            cell_type: 'code',
            id,
            metadata: {},
            source: sourceLines(body),
            execution_count: null,
            outputs: [],
          },
    );
  };
  for (const line of text.split('\n')) {
    const marker = /^\/\/ %%( \[markdown\])?\s*$/.exec(line);
    if (marker) {
      flush();
      current = { type: marker[1] ? 'markdown' : 'code', lines: [] };
    } else if (current !== null) {
      current.lines.push(line);
    }
  }
  flush();
  return cells;
}

/** The notebook (outputs cleared) built from notebooks/source/<name>.ts. */
export function buildNotebook(name: string): Record<string, unknown> {
  const text = readFileSync(path.join(sourcesDir, `${name}.ts`), 'utf8');
  return {
    cells: parsePercent(text, name),
    metadata: {
      kernelspec: { display_name: 'Deno', language: 'typescript', name: 'deno' },
      language_info: {
        codemirror_mode: 'typescript',
        file_extension: '.ts',
        mimetype: 'text/x.typescript',
        name: 'typescript',
        nbconvert_exporter: 'script',
        pygments_lexer: 'typescript',
      },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** Serialized like Jupyter does (1-space indent, trailing newline), so regenerating is a no-op diff. */
export function notebookText(nb: Record<string, unknown>): string {
  return `${JSON.stringify(nb, null, 1)}\n`;
}

/** Cell types and sources only: what must agree between the source and the committed notebook. */
export function cellSignature(nb: { cells?: { cell_type: string; source: string | string[] }[] }): string {
  return JSON.stringify(
    (nb.cells ?? []).map((c) => [c.cell_type, Array.isArray(c.source) ? c.source.join('') : c.source]),
  );
}
