/**
 * TypeScript target of the butterflies (see butterflies.ts): a complex value is two float64 locals (re, im). Each
 * complex operation becomes the same two float64 operations the AssemblyScript target performs on its f64x2 lanes;
 * -i a and -a cost nothing here (they swap and negate references), and a negation reaching an add, a sub or a
 * twiddle product is folded into it (x + (-y) = x - y and -(x + y) = (-x) - y exactly in IEEE arithmetic).
 */
import { CONSTANTS } from './butterflies.ts';
import type { Program, Value } from './butterflies.ts';

/** A real component: a local or load named `sym`, negated when `neg`. */
interface Ref {
  readonly sym: string;
  readonly neg: boolean;
}

/** a + b or a - b of two signed references, as an expression of the unsigned symbols and the sign of the result. */
function combine(kind: 'add' | 'sub', a: Ref, b: Ref): { expr: string; neg: boolean } {
  const bNeg = kind === 'sub' ? !b.neg : b.neg;
  if (!a.neg && !bNeg) return { expr: `${a.sym} + ${b.sym}`, neg: false };
  if (!a.neg && bNeg) return { expr: `${a.sym} - ${b.sym}`, neg: false };
  if (a.neg && !bNeg) return { expr: `${b.sym} - ${a.sym}`, neg: false };
  return { expr: `${a.sym} + ${b.sym}`, neg: true };
}

function signed(e: { expr: string; neg: boolean }): string {
  return e.neg ? `-(${e.expr})` : e.expr;
}

const flip = (r: Ref): Ref => ({ sym: r.sym, neg: !r.neg });

/** The body of one butterfly: declarations, and the expression of each output component. */
interface Body {
  readonly lines: string[];
  readonly outputs: readonly { re: Ref; im: Ref; inline?: { re: string; im: string } }[];
}

/**
 * Emits `prog` with its inputs loaded by `load(j)` ([re, im] expressions). Outputs listed in `materialize` are
 * declared as locals (they feed a twiddle product); the others are returned as inline expressions.
 */
function body(
  prog: Program,
  load: (j: number) => [string, string],
  materialize: (k: number) => boolean,
): Body {
  const lines: string[] = [];
  const refs = new Map<number, { re: Ref; im: Ref }>();
  const outIndex = new Map(prog.outputs.map((v, k) => [v.id, k]));
  const inline = new Map<number, { re: string; im: string }>();
  const ref = (v: Value) => refs.get(v.id)!;
  for (const v of prog.values) {
    const op = v.op;
    const k = outIndex.get(v.id);
    const declare = k === undefined || materialize(k);
    if (op.kind === 'input') {
      const [re, im] = load(op.index);
      lines.push(`const ${v.name}r = ${re};`, `const ${v.name}i = ${im};`);
      refs.set(v.id, { re: { sym: `${v.name}r`, neg: false }, im: { sym: `${v.name}i`, neg: false } });
    } else if (op.kind === 'negI') {
      const a = ref(op.a);
      refs.set(v.id, { re: a.im, im: flip(a.re) });
    } else if (op.kind === 'neg') {
      const a = ref(op.a);
      refs.set(v.id, { re: flip(a.re), im: flip(a.im) });
    } else {
      const a = ref(op.a);
      const parts =
        op.kind === 'scale'
          ? [
              { expr: `${op.c} * ${a.re.sym}`, neg: a.re.neg },
              { expr: `${op.c} * ${a.im.sym}`, neg: a.im.neg },
            ]
          : [combine(op.kind, a.re, ref(op.b).re), combine(op.kind, a.im, ref(op.b).im)];
      if (declare) {
        lines.push(`const ${v.name}r = ${parts[0].expr};`, `const ${v.name}i = ${parts[1].expr};`);
        refs.set(v.id, {
          re: { sym: `${v.name}r`, neg: parts[0].neg },
          im: { sym: `${v.name}i`, neg: parts[1].neg },
        });
      } else {
        inline.set(v.id, { re: signed(parts[0]), im: signed(parts[1]) });
        refs.set(v.id, { re: { sym: '?', neg: false }, im: { sym: '?', neg: false } });
      }
    }
  }
  const outputs = prog.outputs.map((v) => {
    const r = ref(v);
    const inl = inline.get(v.id);
    if (inl) return { ...r, inline: inl };
    // an output that is a (negated / rotated) reference to another value
    return {
      ...r,
      inline: { re: r.re.neg ? `-${r.re.sym}` : r.re.sym, im: r.im.neg ? `-${r.im.sym}` : r.im.sym },
    };
  });
  return { lines, outputs };
}

/** y_k w_k with w_k = (w{k}r, w{k}i): the products and signs of the AssemblyScript twMul. */
function twiddled(re: Ref, im: Ref, k: number): [string, string] {
  const p = `${re.sym} * w${k}r`;
  const q = `${im.sym} * w${k}i`;
  const p2 = `${re.sym} * w${k}i`;
  const q2 = `${im.sym} * w${k}r`;
  const real = !re.neg
    ? !im.neg
      ? `${p} - ${q}`
      : `${p} + ${q}`
    : !im.neg
      ? `-(${p} + ${q})`
      : `${q} - ${p}`;
  const imag = !re.neg
    ? !im.neg
      ? `${p2} + ${q2}`
      : `${p2} - ${q2}`
    : !im.neg
      ? `${q2} - ${p2}`
      : `-(${p2} + ${q2})`;
  return [real, imag];
}

function constantsUsed(progs: readonly Program[]): string[] {
  const used = new Set<string>();
  for (const p of progs) for (const v of p.values) if (v.op.kind === 'scale') used.add(v.op.c);
  return Object.keys(CONSTANTS).filter((c) => used.has(c));
}

function twiddleLoads(r: number, base: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < r; k++) {
    out.push(
      `const w${k}r = tw[${k === 1 ? base : `${base} + ${2 * (k - 1)}`}];`,
      `const w${k}i = tw[${base} + ${2 * (k - 1) + 1}];`,
    );
  }
  return out;
}

/** `base` plus k times `stride`, written without the factors 0 and 1 */
const at = (base: string, k: number, stride: string): string =>
  k === 0 ? base : k === 1 ? `${base} + ${stride}` : `${base} + ${k} * ${stride}`;

const loadAt = (j: number): [string, string] => [`x[${at('i0', j, 'd')}]`, `x[${at('i0', j, 'd')} + 1]`];

/** A stage with twiddles: x[q + s (p + j mm)] -> y[q + s (r p + k)] times w_len^{p k}. */
function stage(prog: Program): string {
  const r = prog.radix;
  const b = body(prog, loadAt, (k) => k > 0);
  const stores = b.outputs.flatMap((o, k) => {
    const o0 = at('o0', k, 's2');
    const [re, im] = k === 0 ? [o.inline!.re, o.inline!.im] : twiddled(o.re, o.im, k);
    return [`y[${o0}] = ${re};`, `y[${o0} + 1] = ${im};`];
  });
  return [
    `/** Radix-${r} stage: y[q + s (${r} p + k)] = w_len^{p k} sum_j x[q + s (p + j len / ${r})] w_${r}^{j k}. */`,
    `export function stage${r}(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {`,
    `const { len, s, off } = st;`,
    `const mm = len / ${r};`,
    `const d = 2 * s * mm;`,
    `const s2 = 2 * s;`,
    `for (let p = 0; p < mm; p++) {`,
    `const t = off + ${2 * (r - 1)} * p;`,
    ...twiddleLoads(r, 't'),
    `let i0 = 2 * s * p;`,
    `let o0 = ${2 * r} * s * p;`,
    `const end = i0 + s2;`,
    `for (; i0 < end; i0 += 2, o0 += 2) {`,
    ...b.lines,
    ...stores,
    `}`,
    `}`,
    `}`,
  ].join('\n');
}

/** The last stage (len = r, no twiddles); with half, only the outputs k < r/2. */
function last(prog: Program): string {
  const r = prog.radix;
  const b = body(prog, loadAt, () => false);
  const stores = b.outputs.flatMap((o, k) => {
    const o0 = at('i0', k, 'd');
    const lines = [`y[${o0}] = ${o.inline!.re};`, `y[${o0} + 1] = ${o.inline!.im};`];
    return k === r / 2 ? ['if (half) continue;', ...lines] : lines;
  });
  return [
    `/** The last radix-${r} stage (len = ${r}, no twiddles): y[q + s k]; with half, only the outputs k < ${r / 2}. */`,
    `export function last${r}(x: Float64Array, y: Float64Array, s: number, half: boolean): void {`,
    `const d = 2 * s;`,
    `for (let i0 = 0; i0 < d; i0 += 2) {`,
    ...b.lines,
    ...stores,
    `}`,
    `}`,
  ].join('\n');
}

/** The first radix-r stage (s = 1) of an input whose upper half is zero (inputs j >= r/2 are zero). */
function firstHalf(prog: Program): string {
  const r = prog.radix;
  const b = body(prog, loadAt, (k) => k > 0);
  const stores = b.outputs.flatMap((o, k) => {
    const [re, im] = k === 0 ? [o.inline!.re, o.inline!.im] : twiddled(o.re, o.im, k);
    return [`y[${k === 0 ? 'o0' : `o0 + ${2 * k}`}] = ${re};`, `y[o0 + ${2 * k + 1}] = ${im};`];
  });
  return [
    `/** The first radix-${r} stage (s = 1) when the upper half of x is zero (inputs j >= ${r / 2} vanish). */`,
    `export function first${r}Half(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {`,
    `const mm = st.len / ${r};`,
    `const d = 2 * mm;`,
    `for (let p = 0; p < mm; p++) {`,
    `const t = st.off + ${2 * (r - 1)} * p;`,
    ...twiddleLoads(r, 't'),
    `const i0 = 2 * p;`,
    `const o0 = ${2 * r} * p;`,
    ...b.lines,
    ...stores,
    `}`,
    `}`,
  ].join('\n');
}

/** The TypeScript module of all stages: `stages` general, `lasts` last-stage, `halves` pruned first-stage programs. */
export function emitTypeScript(
  header: string,
  stages: readonly Program[],
  lasts: readonly Program[],
  halves: readonly Program[],
): string {
  const consts = constantsUsed([...stages, ...lasts, ...halves]).map(
    (c) => `const ${c} = ${CONSTANTS[c as keyof typeof CONSTANTS]};`,
  );
  return [
    `${header}\n\nimport type { Stage } from './plan.ts';`,
    consts.join('\n'),
    ...stages.map(stage),
    ...lasts.map(last),
    ...halves.map(firstHalf),
  ].join('\n\n');
}
