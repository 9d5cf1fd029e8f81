import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedChunkParser } from '../../src/cli/input/delimitedParser.ts';
import { GrowableFloat64 } from '../../src/cli/input/growable.ts';
import { JsonChunkParser } from '../../src/cli/input/jsonParser.ts';
import { setMemoryBudget } from '../../src/limits/index.ts';

/** Splits text at the given cut points (fractions of its length) into chunks. */
function chunks(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of at) {
    out.push(text.slice(prev, c));
    prev = c;
  }
  out.push(text.slice(prev));
  return out;
}

function parseJsonChunks(parts: string[]): unknown {
  const p = new JsonChunkParser('test');
  for (const part of parts) p.push(part);
  return p.end();
}

/** The parser's value as JSON.parse would give it: Float64Array -> array (null-prototype objects stringify alike). */
function normalize(v: unknown): unknown {
  if (v instanceof Float64Array) return Array.from(v);
  if (Array.isArray(v)) return v.map(normalize);
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]));
  return v;
}

/** finite doubles as text writes them (String(-0) is '0') */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));

const cutPoints = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

describe('JsonChunkParser', () => {
  it('parses any JSON split anywhere as JSON.parse does, numeric arrays as Float64Array', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 2), cutPoints, (value, indent, cuts) => {
        const text = JSON.stringify(value, null, indent);
        const ours = parseJsonChunks(chunks(text, cuts));
        expect(JSON.stringify(normalize(ours))).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
    const nums = parseJsonChunks(['{"values": [1, 2.5, -3e', '-2, 0]}']) as { values: Float64Array };
    expect(nums.values).toBeInstanceOf(Float64Array);
    expect(Array.from(nums.values)).toEqual([1, 2.5, -0.03, 0]);
    const mixed = parseJsonChunks(['[1, "a", [2, 3]]']) as unknown[];
    expect(mixed[0]).toBe(1);
    expect(mixed[2]).toBeInstanceOf(Float64Array);
    // a "__proto__" key stays data
    const proto = parseJsonChunks(['{"__proto__": {"x": 1}}']) as Record<string, unknown>;
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });

  it('refuses exactly what JSON.parse refuses (mutated JSON texts), naming the source and position', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', 'x', '-', '.', 'e', ' ', '1', '[', '{', ':', '\\'),
        fc.boolean(),
        cutPoints,
        (value, at, insert, drop, cuts) => {
          const valid = JSON.stringify(value);
          const i = at % (valid.length + 1);
          const text = valid.slice(0, i) + insert + valid.slice(drop ? i + 1 : i);
          let expected = true;
          try {
            JSON.parse(text);
          } catch {
            expected = false;
          }
          let ok = true;
          try {
            parseJsonChunks(chunks(text, cuts));
          } catch (e) {
            ok = false;
            expect(e).toBeInstanceOf(TypeError);
            expect((e as Error).message).toMatch(/^test: invalid JSON at line \d+, column \d+: /);
          }
          expect(ok, JSON.stringify(text)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('DelimitedChunkParser', () => {
  it('reads columns of any finite numbers, with or without a header, tab, comma or space separated', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((M) =>
          fc.array(fc.array(finite, { minLength: M, maxLength: M }), {
            minLength: 1,
            maxLength: 30,
          }),
        ),
        fc.constantFrom('\t', ',', ' '),
        fc.boolean(),
        cutPoints,
        (rows, sep, header, cuts) => {
          const M = rows[0].length;
          const names = Array.from({ length: M }, (_, i) => `c${i}`);
          const text =
            (header ? `# comment\n${names.join(sep)}\n` : '') +
            rows.map((r) => r.map(String).join(sep)).join('\n');
          const p = new DelimitedChunkParser('test');
          for (const part of chunks(text, cuts)) p.push(part);
          const out = p.end();
          expect(out.names).toEqual(header ? names : null);
          expect(out.columns.map((c) => Array.from(c))).toEqual(names.map((_, m) => rows.map((r) => r[m])));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses ragged rows and words, naming the line and column', () => {
    const parse = (text: string) => {
      const p = new DelimitedChunkParser('src');
      p.push(text);
      return p.end();
    };
    expect(() => parse('a\tb\n1\t2\n3\n')).toThrow(/^src: line 3 has 1 field, expected 2 \(as the header\)$/);
    expect(() => parse('1,2\n3,x\n')).toThrow(/^src: line 2, column 2: "x" is not a number$/);
    expect(() => parse('t,u\n0,0x10\n')).toThrow(/column "u": "0x10" is not a number/);
    expect(() => parse('# only comments\n')).toThrow(/no rows of numbers/);
    expect(Array.from(parse('1e3\n-Infinity\n.5\n').columns[0])).toEqual([1000, -Infinity, 0.5]);
  });
});

describe('GrowableFloat64', () => {
  it('grows within the memory budget and refuses an input beyond it, naming the source', () => {
    const g = new GrowableFloat64('--input big.json', 4);
    for (let i = 0; i < 1000; i++) g.push(i);
    expect(Array.from(g.finish())).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    setMemoryBudget(8 * (64 + 128) - 1);
    try {
      const small = new GrowableFloat64('--input big.json');
      expect(() => {
        for (let i = 0; i < 100; i++) small.push(i);
      }).toThrow(
        /^--input big\.json: more than 64 numbers in one array need 1536 bytes while they are read, more than the memory budget/,
      );
    } finally {
      setMemoryBudget(null);
    }
  });
});
