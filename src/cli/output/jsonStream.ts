/**
 * JSON written as it is produced: Matrix values as arrays of rows, typed arrays as arrays, numbers in their shortest
 * round-trip form. Before anything is written, every number is checked: NaN and Infinity have no JSON form, and
 * turning them into null would hand a silent wrong number to the reader, so a non-finite number is an error that
 * names its place (e.g. `prediction[17]`, `Abar[2][3]`, `metrics.mse`).
 */
import { isMatrix } from '../../linalg/matrix.ts';
import { firstNonFinite, NonFiniteError } from '../../limits/nonFinite.ts';
import type { Sink } from './sink.ts';

function isNumericView(value: unknown): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key)
    ? path === ''
      ? key
      : `${path}.${key}`
    : `${path}[${JSON.stringify(key)}]`;
}

/**
 * The first non-finite number in a JSON-ready value, as its path and value, or null when all are finite.
 *
 * @param value - plain data: numbers, strings, booleans, null, arrays, typed arrays, Matrix values, plain objects
 * @param path - the path of `value` itself ('' for the root)
 */
export function findNonFinite(value: unknown, path = ''): { path: string; value: number } | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, value };
  if (isMatrix(value)) {
    const i = firstNonFinite(value.data);
    return i < 0
      ? null
      : { path: `${path}[${Math.floor(i / value.cols)}][${i % value.cols}]`, value: value.data[i] };
  }
  if (isNumericView(value)) {
    const i = firstNonFinite(value);
    return i < 0 ? null : { path: `${path}[${i}]`, value: value[i] };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNonFinite(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNonFinite(v, childPath(path, k));
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Throws a NonFiniteError naming `where` and the path of the first NaN or Infinity in `value`.
 *
 * @param where - the command, e.g. 'predictor'
 * @param value - the result about to be written
 * @param hint - the likely cause, appended to the message; @default ''
 * @throws NonFiniteError
 */
export function requireFiniteOutput(where: string, value: unknown, hint = ''): void {
  const hit = findNonFinite(value);
  if (hit === null) return;
  const name = hit.path.replace(/\[.*$/, '').replace(/\..*$/, '');
  throw new NonFiniteError(
    `${where}: ${hit.path} is ${hit.value} (not finite, so it has no JSON or text form)${hint === '' ? '' : `: ${hint}`}`,
    name,
    [...hit.path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])),
    hit.value,
  );
}

async function writeNumbers(sink: Sink, values: ArrayLike<number>): Promise<void> {
  await sink.write('[');
  const n = values.length;
  const STEP = 2048;
  for (let start = 0; start < n; start += STEP) {
    const end = Math.min(n, start + STEP);
    let text = start === 0 ? '' : ',';
    for (let i = start; i < end; i++) text += (i === start ? '' : ',') + String(values[i]);
    await sink.write(text);
  }
  await sink.write(']');
}

async function writeValue(sink: Sink, value: unknown): Promise<void> {
  if (isMatrix(value)) {
    await sink.write('[');
    for (let i = 0; i < value.rows; i++) {
      if (i > 0) await sink.write(',');
      await writeNumbers(sink, value.data.subarray(i * value.cols, (i + 1) * value.cols));
    }
    await sink.write(']');
  } else if (isNumericView(value)) {
    await writeNumbers(sink, value);
  } else if (Array.isArray(value)) {
    await sink.write('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) await sink.write(',');
      await writeValue(sink, value[i] === undefined ? null : value[i]);
    }
    await sink.write(']');
  } else if (typeof value === 'object' && value !== null) {
    await sink.write('{');
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue;
      await sink.write(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      await writeValue(sink, v);
    }
    await sink.write('}');
  } else if (typeof value === 'number') {
    await sink.write(String(value));
  } else {
    await sink.write(JSON.stringify(value) ?? 'null');
  }
}

/**
 * Writes `value` as one line of JSON to `sink`, streaming large arrays and matrices; checks first that every number
 * is finite.
 *
 * @param where - the command, for the non-finite message
 * @param sink - the destination
 * @param value - plain data (see {@link findNonFinite})
 * @throws NonFiniteError (nothing is written then); what the sink throws
 */
export async function writeJson(where: string, sink: Sink, value: unknown): Promise<void> {
  requireFiniteOutput(where, value);
  await writeValue(sink, value);
  await sink.write('\n');
}
