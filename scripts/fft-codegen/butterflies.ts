/**
 * The one definition of the FFT butterflies: each radix (2, 3, 4, 5, 8) written once as straight-line code over
 * complex values, from which scripts/build-wasm.ts generates both the TypeScript stages
 * (src/ssm/fft/butterflies.generated.ts, two float64 locals per complex value) and the AssemblyScript ones
 * (asm/butterflies.generated.ts, generic over the v128 lane type: one f64x2 per complex value, or with f32x4 two
 * interleaved float32 transforms for the analytic trainer's float32 passes). Every complex operation below is
 * carried out by both targets with the same float64 operations in the same order, so the JavaScript and
 * WebAssembly transforms agree bit for bit (test/ssm/wasm/wasmConvolution.test.ts).
 *
 * Notation: a_j are the r inputs of one butterfly, y_k = sum_j a_j w_r^{jk} (w_r = exp(-2 pi i / r)) its outputs;
 * a stage then multiplies y_k by the twiddle w_len^{pk} (src/ssm/reference/radixStage.ts is the plain reference).
 */

/** Real constants a butterfly may scale by, with their float64 values (emitted as literals in both targets). */
export const CONSTANTS = {
  /** sqrt(1/2), for w_8 = sqrt(1/2) (1 - i) */
  H: Math.SQRT1_2,
  /** cos(2 pi / 3) */
  C3: -0.5,
  /** sin(2 pi / 3) */
  S3: Math.sqrt(3) / 2,
  /** cos(2 pi / 5), cos(4 pi / 5) */
  C51: Math.cos((2 * Math.PI) / 5),
  C52: Math.cos((4 * Math.PI) / 5),
  /** sin(2 pi / 5), sin(4 pi / 5) */
  S51: Math.sin((2 * Math.PI) / 5),
  S52: Math.sin((4 * Math.PI) / 5),
} as const;

export type ConstantName = keyof typeof CONSTANTS;

/** How a complex value is computed from earlier ones. */
export type Op =
  | { readonly kind: 'input'; readonly index: number }
  | { readonly kind: 'add' | 'sub'; readonly a: Value; readonly b: Value }
  /** -i a = (Im a, -Re a) */
  | { readonly kind: 'negI'; readonly a: Value }
  /** -a (only produced by folding 0 - a) */
  | { readonly kind: 'neg'; readonly a: Value }
  /** c a for a real constant c */
  | { readonly kind: 'scale'; readonly c: ConstantName; readonly a: Value };

/** One complex value of a butterfly (single assignment). */
export interface Value {
  readonly id: number;
  name: string;
  readonly op: Op;
}

/** The straight-line program of one butterfly: its values in order of definition and its outputs y_0..y_{r-1}. */
export interface Program {
  readonly radix: number;
  readonly values: readonly Value[];
  readonly outputs: readonly Value[];
}

/**
 * Records the complex operations of a butterfly. An input given as null is a known zero (the pruned first stage):
 * operations with a zero operand fold away exactly (a + 0 = a - 0 = a, 0 - a = -a, -i 0 = c 0 = 0), so the
 * pruned stage is the same program with those operations removed.
 */
class Builder {
  readonly values: Value[] = [];

  private push(name: string, op: Op): Value {
    const v = { id: this.values.length, name, op };
    this.values.push(v);
    return v;
  }

  input(index: number): Value {
    return this.push(`a${index}`, { kind: 'input', index });
  }

  add(name: string, a: Value | null, b: Value | null): Value | null {
    if (b === null) return a;
    if (a === null) return b;
    return this.push(name, { kind: 'add', a, b });
  }

  sub(name: string, a: Value | null, b: Value | null): Value | null {
    if (b === null) return a;
    if (a === null) return this.push(name, { kind: 'neg', a: b });
    return this.push(name, { kind: 'sub', a, b });
  }

  negI(name: string, a: Value | null): Value | null {
    return a === null ? null : this.push(name, { kind: 'negI', a });
  }

  scale(name: string, c: ConstantName, a: Value | null): Value | null {
    return a === null ? null : this.push(name, { kind: 'scale', c, a });
  }
}

type In = Value | null;

/** The 4-point DFT y_k = sum_j x_j (-i)^{jk} as two radix-2 layers (radix 4, and both halves of radix 8). */
function dft4(b: Builder, x: readonly In[], tag: string): In[] {
  const s02 = b.add(`${tag}s02`, x[0], x[2]);
  const d02 = b.sub(`${tag}d02`, x[0], x[2]);
  const s13 = b.add(`${tag}s13`, x[1], x[3]);
  // (x1 - x3) w_4 = -i (x1 - x3)
  const d13 = b.negI(`${tag}d13w`, b.sub(`${tag}d13`, x[1], x[3]));
  return [
    b.add(`${tag}y0`, s02, s13),
    b.add(`${tag}y1`, d02, d13),
    b.sub(`${tag}y2`, s02, s13),
    b.sub(`${tag}y3`, d02, d13),
  ];
}

const RADICES: Record<number, (b: Builder, a: readonly In[]) => In[]> = {
  2: (b, a) => [b.add('sum', a[0], a[1]), b.sub('diff', a[0], a[1])],
  3: (b, a) => {
    // y0 = a0 + s, y1,2 = (a0 + cos(2 pi/3) s) -+ i sin(2 pi/3) (a1 - a2), s = a1 + a2
    const sum = b.add('sum', a[1], a[2]);
    const rot = b.negI('rot', b.scale('diff', 'S3', b.sub('d12', a[1], a[2])));
    const mid = b.add('mid', a[0], b.scale('scaled', 'C3', sum));
    return [b.add('y0', a[0], sum), b.add('y1', mid, rot), b.sub('y2', mid, rot)];
  },
  4: (b, a) => dft4(b, a, ''),
  5: (b, a) => {
    // pairs j, 5 - j: sums s_j (cosines) and differences d_j (sines)
    const s1 = b.add('s14', a[1], a[4]);
    const d1 = b.sub('d14', a[1], a[4]);
    const s2 = b.add('s23', a[2], a[3]);
    const d2 = b.sub('d23', a[2], a[3]);
    const cos1 = b.add('cos1', a[0], b.add('c1', b.scale('c1a', 'C51', s1), b.scale('c1b', 'C52', s2)));
    const cos2 = b.add('cos2', a[0], b.add('c2', b.scale('c2a', 'C52', s1), b.scale('c2b', 'C51', s2)));
    const sin1 = b.negI('sin1', b.add('n1', b.scale('n1a', 'S51', d1), b.scale('n1b', 'S52', d2)));
    const sin2 = b.negI('sin2', b.sub('n2', b.scale('n2a', 'S52', d1), b.scale('n2b', 'S51', d2)));
    return [
      b.add('y0', a[0], b.add('s1234', s1, s2)),
      b.add('y1', cos1, sin1),
      b.add('y2', cos2, sin2),
      b.sub('y3', cos2, sin2),
      b.sub('y4', cos1, sin1),
    ];
  },
  8: (b, a) => {
    // radix 2 across j, j + 4; the differences rotated by w_8^j; then 4-point DFTs of the sums (even outputs) and
    // of the rotated differences (odd outputs)
    const s = [0, 1, 2, 3].map((j) => b.add(`s${j}`, a[j], a[j + 4]));
    const d0 = b.sub('d0', a[0], a[4]);
    const g1 = b.sub('g1', a[1], a[5]);
    // w_8 g = sqrt(1/2) (g - i g)
    const d1 = b.scale('d1', 'H', b.add('g1w', g1, b.negI('g1n', g1)));
    // w_8^2 g = -i g
    const d2 = b.negI('d2', b.sub('g2', a[2], a[6]));
    const g3 = b.sub('g3', a[3], a[7]);
    // w_8^3 g = sqrt(1/2) (-i g - g)
    const d3 = b.scale('d3', 'H', b.sub('g3w', b.negI('g3n', g3), g3));
    const even = dft4(b, s, 'e');
    const odd = dft4(b, [d0, d1, d2, d3], 'o');
    return [even[0], odd[0], even[1], odd[1], even[2], odd[2], even[3], odd[3]];
  },
};

/**
 * The radices of the general stages (with twiddles) and of the last stages (no twiddles, optionally half the
 * outputs), in the order the generated files list them. Radix 2 only ever occurs as the last stage, and radices 3
 * and 5 never do unless the transform size is odd (src/ssm/fft/plan.ts stageRadices), where the general stage serves.
 */
export const STAGE_RADICES = [3, 4, 5, 8] as const;
export const LAST_RADICES = [2, 4, 8] as const;

/**
 * The program of the radix-r butterfly; with `zeroFrom`, the inputs a_j, j >= zeroFrom, are known zeros (the
 * pruned first stage of an input whose upper half is zero).
 */
export function butterfly(r: number, zeroFrom = r): Program {
  const describe = RADICES[r];
  if (!describe) throw new Error(`no butterfly for radix ${r}`);
  const b = new Builder();
  const inputs: In[] = Array.from({ length: r }, (_, j) => (j < zeroFrom ? b.input(j) : null));
  const outputs = describe(b, inputs).map((v, k) => {
    if (v === null) throw new Error(`radix ${r}: output ${k} is identically zero`);
    return v;
  });
  // outputs are named y_k in both targets
  outputs.forEach((v, k) => {
    if (v.op.kind !== 'input') v.name = `y${k}`;
  });
  // keep only what the outputs need
  const live = new Set<number>();
  const mark = (v: Value): void => {
    if (live.has(v.id)) return;
    live.add(v.id);
    const op = v.op;
    if (op.kind === 'add' || op.kind === 'sub') {
      mark(op.a);
      mark(op.b);
    } else if (op.kind !== 'input') mark(op.a);
  };
  outputs.forEach(mark);
  return { radix: r, values: b.values.filter((v) => live.has(v.id)), outputs };
}
