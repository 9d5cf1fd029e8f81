/**
 * Documentation coverage of the public API (src/index.ts), checked with the TypeScript checker: every export has a
 * TSDoc summary; every exported function also has an @example and an @param for each of its parameters (the
 * formula and shapes go in the summary and the @param text, which CONTRIBUTING.md asks for; those cannot be checked
 * mechanically beyond their presence).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The package's public entry points (package.json "exports") and their source files. */
const ENTRIES: Record<string, string> = {
  'hippo-prophecy': path.join(root, 'src', 'index.ts'),
  'hippo-prophecy/plot': path.join(root, 'src', 'plot', 'index.ts'),
  'hippo-prophecy/fit': path.join(root, 'src', 'fit', 'index.ts'),
  'hippo-prophecy/train': path.join(root, 'src', 'train', 'index.ts'),
  'hippo-prophecy/experiments': path.join(root, 'experiments', 'index.ts'),
};

interface ExportDoc {
  name: string;
  kind: 'function' | 'value' | 'type';
  summary: string;
  tags: string[];
  /** parameter names of a function's (first) signature, and the names its @param tags document */
  params: string[];
  documentedParams: string[];
  where: string;
}

function publicExports(indexPath: string): ExportDoc[] {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const program = ts.createProgram([indexPath], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(indexPath)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((sym) => {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const decls = target.declarations ?? [];
    const decl = decls.find((d) => ts.getJSDocCommentsAndTags(d).length > 0) ?? decls[0];
    const isFunction = (target.flags & ts.SymbolFlags.Function) !== 0;
    const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
    const tags = target.getJsDocTags(checker);
    const params: string[] = [];
    if (isFunction && decl && ts.isFunctionDeclaration(decl)) {
      for (const p of decl.parameters) params.push(ts.isIdentifier(p.name) ? p.name.text : '(destructured)');
    }
    const sf = decl?.getSourceFile();
    const line = decl && sf ? sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1 : 0;
    return {
      name: sym.name,
      kind: isFunction ? 'function' : isValue ? 'value' : 'type',
      summary: ts.displayPartsToString(target.getDocumentationComment(checker)).trim(),
      tags: tags.map((t) => t.name),
      params,
      documentedParams: tags
        .filter((t) => t.name === 'param')
        .map((t) => ts.displayPartsToString(t.text).trim().split(/\s/)[0]),
      where: sf ? `${path.relative(root, sf.fileName)}:${line}` : '?',
    };
  });
}

describe.each(Object.entries(ENTRIES))('documentation of the public API of %s', (_entry, indexPath) => {
  const docs = publicExports(indexPath);

  it('finds the public exports', () => {
    expect(docs.length).toBeGreaterThan(3);
  });

  it('every export has a TSDoc summary', () => {
    const missing = docs.filter((d) => d.summary === '').map((d) => `${d.name} (${d.where})`);
    expect(missing).toEqual([]);
  });

  it('every exported function has an @example', () => {
    const missing = docs
      .filter((d) => d.kind === 'function' && !d.tags.includes('example'))
      .map((d) => `${d.name} (${d.where})`);
    expect(missing).toEqual([]);
  });

  it('every parameter of an exported function has an @param', () => {
    const missing = docs
      .filter((d) => d.kind === 'function')
      .flatMap((d) =>
        d.params
          .filter((p) => p !== '(destructured)' && !d.documentedParams.includes(p))
          .map((p) => `${d.name}(${p}) (${d.where})`),
      );
    expect(missing).toEqual([]);
  });
});
