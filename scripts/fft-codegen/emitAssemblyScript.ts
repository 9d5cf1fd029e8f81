/**
 * AssemblyScript target of the butterflies (see butterflies.ts): the stages are generic over the lane type T of a
 * v128, f64 or f32. T = f64: a complex value is one v128 holding (re, im) as f64x2, one transform (the FFT path of
 * src/ssm/wasm, bit for bit the TypeScript stages); T = f32: a v128 holds (re, im, re', im') of two complex
 * transforms interleaved lane for lane (the float32 passes of the analytic trainer, asm/train.ts). Every complex
 * operation is the same one or two lane-wise instructions for both, on the same byte layout (16 bytes per v128, 32
 * per expanded twiddle); swap, mulNegI, twMul, splat and the twiddle layouts are in asm/complex.ts. Compiled into the
 * WebAssembly modules by scripts/build-wasm.ts.
 */
import { CONSTANTS } from './butterflies.ts';
import type { Program, Value } from './butterflies.ts';

function expr(v: Value, name: (v: Value) => string): string {
  const op = v.op;
  switch (op.kind) {
    case 'input':
      return name(v);
    case 'add':
      return `v128.add<T>(${name(op.a)}, ${name(op.b)})`;
    case 'sub':
      return `v128.sub<T>(${name(op.a)}, ${name(op.b)})`;
    case 'negI':
      return `mulNegI<T>(${name(op.a)})`;
    case 'neg':
      return `v128.neg<T>(${name(op.a)})`;
    case 'scale':
      return `v128.mul<T>(k${op.c}, ${name(op.a)})`;
  }
}

/** Declarations of the non-output values and the inline expression of each output. */
function body(prog: Program, load: (j: number) => string): { lines: string[]; outputs: string[] } {
  const outIds = new Set(prog.outputs.map((v) => v.id));
  const lines: string[] = [];
  const name = (v: Value) => v.name;
  for (const v of prog.values) {
    if (v.op.kind === 'input') lines.push(`const ${v.name} = ${load(v.op.index)};`);
    else if (!outIds.has(v.id)) lines.push(`const ${v.name} = ${expr(v, name)};`);
  }
  return { lines, outputs: prog.outputs.map((v) => expr(v, name)) };
}

function splats(progs: readonly Program[]): string[] {
  const used = new Set<string>();
  for (const p of progs) for (const v of p.values) if (v.op.kind === 'scale') used.add(v.op.c);
  return [...used].map((c) => `const k${c} = splat<T>(${c});`);
}

/** `base` plus k times `stride`, written without the factors 0 and 1 */
const at = (base: string, k: number, stride: string): string =>
  k === 0 ? base : k === 1 ? `${base} + ${stride}` : `${base} + ${k} * ${stride}`;

const loadAt = (j: number): string => `v128.load(${at('i0', j, 'd')})`;

function stage(prog: Program): string {
  const r = prog.radix;
  const b = body(prog, loadAt);
  const stores = b.outputs.map((e, k) =>
    k === 0
      ? `v128.store(o0, ${e});`
      : `v128.store(${at('o0', k, 's16')}, twMul<T>(${e}, ${k === 1 ? 't' : `t + ${32 * (k - 1)}`}));`,
  );
  return [
    `export function stage${r}<T>(x: usize, y: usize, len: i32, s: i32, tw: usize): void {`,
    `const mm = len / ${r};`,
    `const d: usize = <usize>(16 * s * mm);`,
    `const s16: usize = <usize>(16 * s);`,
    ...splats([prog]),
    `for (let p = 0; p < mm; p++) {`,
    `const t = tw + <usize>(p * ${32 * (r - 1)});`,
    `let i0 = x + <usize>(16 * s * p);`,
    `let o0 = y + <usize>(${16 * r} * s * p);`,
    `const end = i0 + s16;`,
    `for (; i0 < end; i0 += 16, o0 += 16) {`,
    ...b.lines,
    ...stores,
    `}`,
    `}`,
    `}`,
  ].join('\n');
}

function last(prog: Program): string {
  const r = prog.radix;
  const b = body(prog, loadAt);
  const stores = b.outputs.flatMap((e, k) => {
    const line = `v128.store(${at('o0', k, 'd')}, ${e});`;
    return k === r / 2 ? ['if (half) continue;', line] : [line];
  });
  return [
    `export function last${r}<T>(x: usize, y: usize, s: i32, half: bool): void {`,
    `const d: usize = <usize>(16 * s);`,
    ...splats([prog]),
    `const end = x + d;`,
    `let o0 = y;`,
    `for (let i0 = x; i0 < end; i0 += 16, o0 += 16) {`,
    ...b.lines,
    ...stores,
    `}`,
    `}`,
  ].join('\n');
}

function firstHalf(prog: Program): string {
  const r = prog.radix;
  const b = body(prog, loadAt);
  const stores = b.outputs.map((e, k) =>
    k === 0
      ? `v128.store(o0, ${e});`
      : `v128.store(o0 + ${16 * k}, twMul<T>(${e}, ${k === 1 ? 't' : `t + ${32 * (k - 1)}`}));`,
  );
  return [
    `export function first${r}Half<T>(x: usize, y: usize, len: i32, tw: usize): void {`,
    `const mm = len / ${r};`,
    `const d: usize = <usize>(16 * mm);`,
    ...splats([prog]),
    `for (let p = 0; p < mm; p++) {`,
    `const t = tw + <usize>(p * ${32 * (r - 1)});`,
    `const i0 = x + <usize>(16 * p);`,
    `const o0 = y + <usize>(${16 * r} * p);`,
    ...b.lines,
    ...stores,
    `}`,
    `}`,
  ].join('\n');
}

/** The AssemblyScript module of all stages (same arguments as emitTypeScript). */
export function emitAssemblyScript(
  header: string,
  stages: readonly Program[],
  lasts: readonly Program[],
  halves: readonly Program[],
): string {
  const used = new Set<string>();
  for (const p of [...stages, ...lasts, ...halves])
    for (const v of p.values) if (v.op.kind === 'scale') used.add(v.op.c);
  const consts = Object.entries(CONSTANTS)
    .filter(([c]) => used.has(c))
    .map(([c, v]) => `const ${c}: f64 = ${v};`);
  return [
    `${header}\n\nimport { mulNegI, splat, twMul } from './complex';`,
    consts.join('\n'),
    ...stages.map(stage),
    ...lasts.map(last),
    ...halves.map(firstHalf),
  ].join('\n\n');
}
