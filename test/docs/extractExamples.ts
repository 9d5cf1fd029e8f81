/**
 * Extraction and preparation of the TSDoc `@example` blocks of src/ (used by examples.test.ts).
 *
 * Convention (also in CONTRIBUTING.md):
 * - An `@example` runs as its own ES module. Its text is the code, unless it contains Markdown fences: then only
 *   the fenced blocks whose language is empty, ts, typescript, js or javascript run (use ```text for output or
 *   prose that must not run).
 * - Every public export (src/index.ts) is in scope, and so is every export of the file holding the example, so
 *   examples need no import lines; explicit imports from 'hippo-prophecy' or relative paths work too.
 * - Examples are self-contained: every other name they use must be defined in the example itself.
 * - Any throw fails. A top-level expression statement whose value is a boolean is an assertion: `false` fails
 *   (so `zeros(2, 3).data.length === 6` is checked). Other values, and `// comments` after them, are documentation.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface DocExample {
  /** source file, relative to the repository root */
  file: string;
  /** 1-based line of the `@example` tag */
  line: number;
  /** the export the comment documents (or '(module)') */
  symbol: string;
  /** the code that runs */
  code: string;
}

/** Every .ts file under `dir`, sorted, as absolute paths. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

const RUNNABLE = new Set(['', 'ts', 'typescript', 'js', 'javascript']);

/** The code of one @example body: the runnable fenced blocks, or the whole text when there is no fence. */
export function exampleCode(body: string): string {
  if (!/^\s*```/m.test(body)) return dedent(body);
  const blocks: string[] = [];
  const fence = /^\s*```([\w-]*)[^\n]*\n([\s\S]*?)^\s*```\s*$/gm;
  for (const m of body.matchAll(fence)) {
    if (RUNNABLE.has(m[1].toLowerCase())) blocks.push(dedent(m[2]));
  }
  return blocks.join('\n');
}

function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** The @example blocks of one source text. */
export function extractExamples(text: string, file: string): DocExample[] {
  const examples: DocExample[] = [];
  const comment = /\/\*\*([\s\S]*?)\*\//g;
  for (const m of text.matchAll(comment)) {
    const startLine = text.slice(0, m.index).split('\n').length;
    const lines = m[1].split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const after = text.slice(m.index + m[0].length);
    const decl =
      /^\s*export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([\w$]+)/.exec(
        after,
      );
    const symbol = decl ? decl[1] : '(module)';
    let i = 0;
    while (i < lines.length) {
      const tag = /^\s*@example\b ?(.*)$/.exec(lines[i]);
      if (!tag) {
        i++;
        continue;
      }
      const line = startLine + i;
      const body: string[] = [tag[1]];
      let inFence = /^\s*```/.test(tag[1]);
      i++;
      for (; i < lines.length; i++) {
        const l = lines[i];
        if (!inFence && /^\s*@\w+/.test(l)) break;
        if (/^\s*```/.test(l)) inFence = !inFence;
        body.push(l);
      }
      const code = exampleCode(body.join('\n'));
      if (code.trim() !== '') examples.push({ file, line, symbol, code });
    }
  }
  return examples;
}

/** Names an example declares or imports at its top level (these are not auto-imported). */
export function declaredNames(code: string): Set<string> {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const names = new Set<string>();
  const bind = (n: ts.BindingName) => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else for (const e of n.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s)) s.declarationList.declarations.forEach((d) => bind(d.name));
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) names.add(s.name.text);
    else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      if (c.name) names.add(c.name.text);
      const b = c.namedBindings;
      if (b && ts.isNamespaceImport(b)) names.add(b.name.text);
      if (b && ts.isNamedImports(b)) b.elements.forEach((e) => names.add(e.name.text));
    }
  }
  return names;
}

/**
 * The module text that runs an example: auto-imports, the example with its import specifiers resolved, and
 * every top-level expression statement wrapped in `await __check(value, source)`.
 *
 * @param scopes - modules whose exports are put in scope, in priority order: [absolute path, export names][]
 * @param exampleFile - absolute path of the source file (for relative imports)
 * @param publicIndex - absolute path that the specifier 'hippo-prophecy' maps to
 */
export function exampleModule(
  example: DocExample,
  scopes: [string, string[]][],
  exampleFile: string,
  publicIndex: string,
): string {
  const sf = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const taken = declaredNames(example.code);
  const header: string[] = [];
  for (const [modulePath, names] of scopes) {
    const pick = names.filter((n) => !taken.has(n) && n !== 'default');
    pick.forEach((n) => taken.add(n));
    if (pick.length > 0) header.push(`import { ${pick.join(', ')} } from ${JSON.stringify(modulePath)};`);
  }
  header.push(
    'async function __check(value: unknown, source: string): Promise<void> {',
    '  const v = value !== null && typeof value === "object" && "then" in value ? await value : value;',
    '  if (v === false) throw new Error(`example assertion is false: ${source}`);',
    '}',
  );
  // rewrite from the end so earlier positions stay valid
  const edits: { start: number; end: number; text: string }[] = [];
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) {
      const spec = s.moduleSpecifier;
      if (spec && ts.isStringLiteral(spec)) {
        const target =
          spec.text === 'hippo-prophecy'
            ? publicIndex
            : spec.text.startsWith('.')
              ? path.resolve(path.dirname(exampleFile), spec.text)
              : spec.text;
        edits.push({ start: spec.getStart(sf), end: spec.getEnd(), text: JSON.stringify(target) });
      }
    } else if (ts.isExpressionStatement(s)) {
      const expr = s.expression;
      const src = expr.getText(sf);
      edits.push({
        start: s.getStart(sf),
        end: s.getEnd(),
        text: `await __check((${src}), ${JSON.stringify(src.replace(/\s+/g, ' '))});`,
      });
    }
  }
  let body = example.code;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    body = body.slice(0, e.start) + e.text + body.slice(e.end);
  }
  return `${header.join('\n')}\n// ${example.file}:${example.line} (${example.symbol})\n${body}\nexport {};\n`;
}
