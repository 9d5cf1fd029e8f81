import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findNonFinite, requireFiniteOutput, writeJson } from '../../src/cli/output/jsonStream.ts';
import type { Sink } from '../../src/cli/output/sink.ts';
import { CHUNK_CHARS, openSink, withSink } from '../../src/cli/output/sink.ts';
import { fromRows, toRows } from '../../src/linalg/matrix.ts';
import { NonFiniteError } from '../../src/limits/nonFinite.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hippo-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sink collecting what it is given, and the size of every write. */
function memorySink(): Sink & { text: () => string; writes: number[] } {
  const parts: string[] = [];
  const writes: number[] = [];
  return {
    write: async (t: string) => {
      parts.push(t);
      writes.push(t.length);
    },
    close: async () => undefined,
    discard: async () => undefined,
    text: () => parts.join(''),
    writes,
  };
}

describe('writeJson', () => {
  it('writes what JSON.stringify writes for plain data, typed arrays and matrices as arrays', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const sink = memorySink();
        await writeJson('test', sink, value);
        expect(sink.text()).toBe(`${JSON.stringify(value)}\n`);
      }),
      { numRuns: 200 },
    );
    const m = fromRows([
      [1, -0.5],
      [3e-300, 4],
    ]);
    const sink = memorySink();
    await writeJson('test', sink, {
      m,
      v: Float64Array.of(1, 2),
      nested: [Float64Array.of(3)],
      skip: undefined,
    });
    expect(JSON.parse(sink.text())).toEqual({ m: toRows(m), v: [1, 2], nested: [[3]] });
  });

  it('streams a long array in pieces instead of one string', async () => {
    const sink = memorySink();
    const big = Float64Array.from({ length: 100_000 }, (_, k) => k / 7);
    await writeJson('test', sink, { big });
    expect(Math.max(...sink.writes)).toBeLessThan(CHUNK_CHARS);
    expect(JSON.parse(sink.text()).big).toEqual(Array.from(big));
  });

  it('refuses NaN and Infinity before writing anything, naming the path', async () => {
    const cases: [unknown, string][] = [
      [{ a: [1, 2, NaN] }, 'a[2]'],
      [
        {
          Abar: fromRows([
            [1, 2],
            [3, Infinity],
          ]),
        },
        'Abar[1][1]',
      ],
      [{ metrics: { mse: -Infinity } }, 'metrics.mse'],
      [{ 'odd key': [Float64Array.of(0, NaN)] }, '["odd key"][0][1]'],
    ];
    for (const [value, where] of cases) {
      expect(findNonFinite(value)?.path).toBe(where);
      const sink = memorySink();
      const error = await writeJson('cmd', sink, value).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NonFiniteError);
      expect((error as Error).message.startsWith(`cmd: ${where} is `)).toBe(true);
      expect(sink.text()).toBe('');
    }
    expect(findNonFinite({ a: [1, 2], s: 'NaN', b: null })).toBeNull();
    expect(() => requireFiniteOutput('cmd', { x: NaN }, 'the cause')).toThrow(
      /^cmd: x is NaN \(not finite.*: the cause$/,
    );
  });
});

describe('--output sinks', () => {
  it('write atomically: the target appears whole on close, stays as it was on failure, no temporary file left', async () => {
    const target = path.join(dir, 'out.json');
    writeFileSync(target, 'old');
    await expect(
      withSink(target, async (sink) => {
        await sink.write('x'.repeat(3 * CHUNK_CHARS));
        throw new Error('failed midway');
      }),
    ).rejects.toThrow('failed midway');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.json']);
    await withSink(target, async (sink) => {
      await sink.write('new ');
      await sink.write('content');
    });
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('names --output when the folder is missing or the target is a folder', async () => {
    await expect(openSink(path.join(dir, 'no', 'such', 'x.json'))).rejects.toThrow(
      /^--output .*x\.json: the folder .*such does not exist$/,
    );
    mkdirSync(path.join(dir, 'folder'));
    await expect(openSink(path.join(dir, 'folder'))).rejects.toThrow(
      /--output .*folder is a folder; give a file name/,
    );
    await expect(openSink('  ')).rejects.toThrow(/--output must name a file/);
    // `--output --json` takes --json for the file name: refused rather than written into the working directory
    await expect(openSink('--json')).rejects.toThrow(
      /--output must name a file, got the option-like "--json"/,
    );
  });
});
