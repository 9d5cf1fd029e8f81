import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineFigure } from '../../../src/plot/lineFigure.ts';
import { extractFigureSpec, figureHtml, writeFigureHtml } from '../../../src/plot/write/writeFigureHtml.ts';
import { indexHtml, writeIndexHtml } from '../../../experiments/runner/writeIndexHtml.ts';
import { toyClaim } from '../../runner/fixtures/toyClaim.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hp-html-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const spec = lineFigure({
  title: 'a </script><b>nasty</b> title',
  xLabel: 'x',
  yLabel: 'y',
  series: [{ name: 's', x: [1, 2], y: [3, 4] }],
});

describe('writeFigureHtml', () => {
  it('references the shared plotly bundle and embeds the spec so it can be read back', async () => {
    const path = join(dir, 'figure-s.html');
    await writeFigureHtml(spec, path, { plotlyPath: '../plotly.min.js' });
    const html = await readFile(path, 'utf8');
    expect(html).toContain('<script src="../plotly.min.js"></script>');
    expect(html).not.toContain('</script><b>');
    expect(html).toContain('<title>a &#60;/script&#62;&#60;b&#62;nasty&#60;/b&#62; title</title>');
    expect(extractFigureSpec(html)).toStrictEqual(spec);
    expect(extractFigureSpec('<html></html>')).toBeUndefined();
  });

  it('inlines the plotly bundle on request', () => {
    const html = figureHtml(spec, { inlinePlotly: true }, 'window.Plotly = {}; // "</script>"');
    expect(html).not.toContain('<script src=');
    expect(html).toContain('window.Plotly = {}; // "<\\/script>"');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });
});

describe('writeIndexHtml', () => {
  it('lists every experiment with its claims table and its figures', async () => {
    const path = join(dir, 'index.html');
    await writeIndexHtml(path, [
      {
        id: 'exp-a',
        title: 'A',
        reproduces: 'Fig. 2',
        status: 'failed',
        scale: 'quick',
        seed: 0,
        seconds: 1.25,
        claims: [
          toyClaim({ name: 'rate', value: 2.01, bound: '[1.7, 2.3]', pass: true, detail: 'slope' }),
          toyClaim({ name: 'err <= 1e-6', value: 3e-5, bound: 1e-6, pass: false, detail: '' }),
        ],
        figures: [{ name: 's', href: 'exp-a/figure-s.html', spec }],
      },
      {
        id: 'exp-b',
        title: 'B',
        reproduces: 'Fig. 3',
        status: 'error',
        claims: [],
        figures: [],
        error: 'boom <x>',
      },
    ]);
    const html = await readFile(path, 'utf8');
    expect(html).toContain('<script src="plotly.min.js"></script>');
    expect(html).toMatch(
      /<td>rate<div class="source">test fixture<\/div><\/td><td>finding<\/td><td>2.01<\/td><td>\[1.7, 2.3\]<\/td><td><\/td><td><\/td><td class="status">PASS<\/td>/,
    );
    expect(html).toMatch(
      /<td>err &#60;= 1e-6<div class="source">test fixture<\/div><\/td><td>finding<\/td><td>3.000e-5<\/td><td>1.000e-6<\/td><td><\/td><td><\/td><td class="status">FAIL<\/td>/,
    );
    expect(html).toContain('href="exp-a/figure-s.html"');
    expect(html).toContain('boom &#60;x&#62;');
    expect(html).toContain('<td>1/0/1</td>'); // pass / deviation / fail
    expect(indexHtml([])).toContain('<tbody>');
  });
});
