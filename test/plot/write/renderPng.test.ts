import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineFigure } from '../../../src/plot/lineFigure.ts';
import { findChromium, renderPng } from '../../../src/plot/write/renderPng.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hp-png-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const spec = lineFigure({
  title: 't',
  xLabel: 'x',
  yLabel: 'y',
  series: [{ name: 's', x: [1, 2, 3], y: [1, 4, 9] }],
});

describe('renderPng', () => {
  it('without a Chromium returns a note and writes nothing', async () => {
    const path = join(dir, 'f.png');
    const res = await renderPng([spec], [path], { executablePath: join(dir, 'no-chromium') });
    expect(res.rendered).toBe(0);
    expect(res.note).toMatch(/PNG export skipped: no Chromium at/);
    expect(existsSync(path)).toBe(false);
    await expect(renderPng([spec], [])).rejects.toThrow(TypeError);
  });

  it.skipIf(findChromium() === undefined)(
    'with a Chromium writes PNG files for several figures',
    async () => {
      const paths = [join(dir, 'a.png'), join(dir, 'b.png')];
      const res = await renderPng([spec, spec], paths);
      expect(res.rendered).toBe(2);
      for (const p of paths) {
        const bytes = await readFile(p);
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      }
    },
  );
});
