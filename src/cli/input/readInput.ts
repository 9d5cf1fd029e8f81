/**
 * Reading a command's input: a file, or stdin for `-`, streamed in chunks (never read as one string), as JSON or as
 * delimited columns (TSV, CSV, space-separated; told apart by the first character that is not blank: '[' or '{'
 * is JSON), into a table of named channels:
 *
 * - a JSON array of numbers, or { "values": [...] }: one channel, `u`;
 * - a JSON array of rows [L][M] (or { "values": rows }): M channels u1..uM (one row per sample);
 * - the JSON of `generate --json` ({ channels, t, values: one array per channel }): its channels, its t;
 * - columns with a header line: the named columns; a first column named `t` or `time` is the time axis, not a
 *   channel (what `generate` prints); without a header: channels 1..M (u for one column).
 */
import { createReadStream } from 'node:fs';
import { usageError } from '../errors.ts';
import { DelimitedChunkParser } from './delimitedParser.ts';
import { JsonChunkParser } from './jsonParser.ts';

/** A signal table: equally long channels, optional sample times. */
export interface InputTable {
  /** what was read, for messages: '--input u.json' or '--input - (stdin)' */
  readonly source: string;
  readonly format: 'json' | 'tsv' | 'csv' | 'text';
  /** channel names, in column order */
  readonly channels: readonly string[];
  /** the values of each channel, all of one length L */
  readonly columns: readonly Float64Array[];
  /** sample times, shape [L], when the input carries them */
  readonly t: Float64Array | null;
}

/** Where `option` reads from: 'stdin' for '-', else the path. */
export function describeSource(option: string, path: string): string {
  return path === '-' ? `--${option} - (stdin)` : `--${option} ${path}`;
}

/**
 * The text of a file or of stdin ('-'), in chunks of about 1 MiB, decoded as UTF-8.
 *
 * @param option - the option name, for messages
 * @param path - a file, or '-' for stdin
 * @throws Error naming the option when the file cannot be read
 */
export async function* readChunks(option: string, path: string): AsyncGenerator<string> {
  const stream =
    path === '-'
      ? process.stdin.setEncoding('utf8')
      : createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new Error(`--${option} ${path}: cannot read (${why})`, { cause: error });
  }
}

/**
 * Reads a whole input as a JSON value or as delimited columns (see the module comment).
 *
 * @param option - the option name, for messages
 * @param path - a file, or '-' for stdin
 * @returns `{ kind: 'json', value }` or `{ kind: 'columns', ... }`
 * @throws TypeError naming the source for malformed content; Error when it cannot be read
 */
export async function readParsed(
  option: string,
  path: string,
): Promise<
  | { kind: 'json'; value: unknown }
  | { kind: 'columns'; names: string[] | null; columns: Float64Array[]; format: 'tsv' | 'csv' | 'text' }
> {
  const source = describeSource(option, path);
  let parser: JsonChunkParser | DelimitedChunkParser | null = null;
  for await (const chunk of readChunks(option, path)) {
    if (parser === null) {
      const first = /\S/.exec(chunk);
      if (first === null) continue;
      parser =
        first[0] === '[' || first[0] === '{' ? new JsonChunkParser(source) : new DelimitedChunkParser(source);
    }
    parser.push(chunk);
  }
  if (parser === null) throw new TypeError(`${source}: the input is empty`);
  if (parser instanceof JsonChunkParser) return { kind: 'json', value: parser.end() };
  const d = parser.end();
  const format = d.separator === 'tab' ? 'tsv' : d.separator === 'comma' ? 'csv' : 'text';
  return { kind: 'columns', names: d.names, columns: d.columns, format };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

function numbered(M: number): string[] {
  return M === 1 ? ['u'] : Array.from({ length: M }, (_, i) => `u${i + 1}`);
}

/** Rows [L][M] (arrays of numbers) as M columns. */
function fromRows(source: string, rows: unknown[]): Float64Array[] {
  const M = (rows[0] as ArrayLike<number>).length;
  const columns = Array.from({ length: M }, () => new Float64Array(rows.length));
  rows.forEach((row, k) => {
    if (!(row instanceof Float64Array) || row.length !== M) {
      throw new TypeError(
        `${source}: row ${k} must be an array of ${M} numbers like row 0, got ${row instanceof Float64Array ? `${row.length} numbers` : JSON.stringify(row)?.slice(0, 40)}`,
      );
    }
    for (let m = 0; m < M; m++) columns[m][k] = row[m];
  });
  return columns;
}

function tableFromJson(source: string, value: unknown): Omit<InputTable, 'source' | 'format'> {
  const expected =
    'expected a JSON array of numbers, an array of rows [L][M], { "values": ... } or the output of `generate --json`';
  let values: unknown = value;
  let names: unknown = null;
  let t: unknown = null;
  if (isRecord(value)) {
    if (!('values' in value)) throw new TypeError(`${source}: ${expected}; this object has no "values"`);
    values = value.values;
    names = value.channels ?? null;
    t = value.t ?? null;
  }
  let columns: Float64Array[];
  let channels: string[];
  if (values instanceof Float64Array) {
    columns = [values];
    channels = Array.isArray(names) && names.length === 1 ? [String(names[0])] : ['u'];
  } else if (Array.isArray(values) && values.length > 0 && values.every((v) => v instanceof Float64Array)) {
    const channelMajor = Array.isArray(names) && names.length === values.length && names.length > 0;
    columns = channelMajor ? (values as Float64Array[]) : fromRows(source, values);
    channels = channelMajor ? (names as unknown[]).map(String) : numbered(columns.length);
    const L = columns[0].length;
    columns.forEach((c, i) => {
      if (c.length !== L) {
        throw new TypeError(
          `${source}: channel ${channels[i]} has ${c.length} values, channel ${channels[0]} ${L}`,
        );
      }
    });
  } else if (Array.isArray(values)) {
    const bad = values.findIndex((v) => typeof v !== 'number' && !(v instanceof Float64Array));
    throw new TypeError(
      `${source}: ${expected}; element ${bad < 0 ? 0 : bad} is ${bad < 0 ? 'an empty array' : JSON.stringify(values[bad])?.slice(0, 40)}`,
    );
  } else throw new TypeError(`${source}: ${expected}`);
  const times = t instanceof Float64Array && t.length === columns[0].length ? t : null;
  return { channels, columns, t: times };
}

/**
 * Reads a signal table from a file or stdin ('-'): JSON or delimited columns, see the module comment.
 *
 * @param option - the option name, for messages (e.g. 'input')
 * @param path - a file, or '-' for stdin
 * @returns the {@link InputTable}
 * @throws TypeError naming the source and what is wrong; Error when it cannot be read
 */
export async function readTable(option: string, path: string): Promise<InputTable> {
  const source = describeSource(option, path);
  const parsed = await readParsed(option, path);
  if (parsed.kind === 'json') return { source, format: 'json', ...tableFromJson(source, parsed.value) };
  let { names, columns } = parsed;
  let t: Float64Array | null = null;
  if (names !== null && columns.length > 1 && /^(t|time)$/i.test(names[0])) {
    t = columns[0];
    names = names.slice(1);
    columns = columns.slice(1);
  }
  return { source, format: parsed.format, channels: names ?? numbered(columns.length), columns, t };
}

/**
 * The channel `--channel` names: by name, else by 0-based index; the only channel when `channel` is undefined.
 *
 * @param table - the input
 * @param channel - a channel name or index, or undefined
 * @returns the channel's name, index and values
 * @throws a usage error (exit 2) naming --channel and the channels there are
 */
export function pickChannel(
  table: InputTable,
  channel: string | undefined,
): { name: string; index: number; values: Float64Array } {
  const list = table.channels.map((c, i) => `${i}: ${c}`).join(', ');
  if (channel === undefined) {
    if (table.columns.length === 1) return { name: table.channels[0], index: 0, values: table.columns[0] };
    throw usageError(
      `${table.source} has ${table.columns.length} channels (${list}): choose one with --channel <name|index>`,
    );
  }
  let index = table.channels.indexOf(channel);
  if (index < 0 && /^\d+$/.test(channel.trim())) index = Number(channel.trim());
  if (index < 0 || index >= table.columns.length) {
    throw usageError(`--channel ${channel}: ${table.source} has no such channel; its channels are ${list}`);
  }
  return { name: table.channels[index], index, values: table.columns[index] };
}
