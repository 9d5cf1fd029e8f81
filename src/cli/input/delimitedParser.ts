/**
 * Columns of numbers from delimited text fed in chunks: tab-separated (what `generate` prints), comma-separated, or
 * separated by spaces. Lines starting with '#' and blank lines are skipped; the first other line is a header when
 * any of its fields is not a number. Every row must have the header's (or the first row's) number of fields.
 * Fields are plain: CSV quoting of separators is not supported (quotes around a header name are dropped).
 */
import { GrowableFloat64 } from './growable.ts';

/** The columns read: their names (null without a header line), the values, and the separator found. */
export interface DelimitedColumns {
  readonly names: string[] | null;
  readonly columns: Float64Array[];
  readonly separator: 'tab' | 'comma' | 'space';
}

/** A decimal number (what Number() reads, less hex, binary, octal and the empty string); Infinity and NaN too. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?Infinity$|^NaN$/;

/** The number in a field, or null when it is not one. */
function parseField(field: string): number | null {
  const f = field.trim();
  return DECIMAL.test(f) ? Number(f) : null;
}

/** Parses delimited text pushed in chunks; `end()` returns the columns. */
export class DelimitedChunkParser {
  private rest = '';
  private lineNo = 0;
  private split: ((line: string) => string[]) | null = null;
  private separator: DelimitedColumns['separator'] = 'tab';
  private names: string[] | null = null;
  private columns: GrowableFloat64[] = [];

  /** @param source - what is parsed, for messages (e.g. '--input u.tsv') */
  constructor(private readonly source: string) {}

  /** Feeds the next chunk of text. */
  push(chunk: string): void {
    const text = this.rest + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }

  /** Ends the input and returns the columns. @throws TypeError when no row of numbers was read */
  end(): DelimitedColumns {
    if (this.rest !== '') this.line(this.rest);
    this.rest = '';
    if (this.columns.length === 0 || this.columns[0].length === 0) {
      throw new TypeError(
        `${this.source}: no rows of numbers (expected JSON, or columns separated by tabs, commas or spaces)`,
      );
    }
    return { names: this.names, columns: this.columns.map((c) => c.finish()), separator: this.separator };
  }

  private line(raw: string): void {
    this.lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (this.split === null) {
      if (line.includes('\t')) {
        this.separator = 'tab';
        this.split = (l) => l.split('\t');
      } else if (line.includes(',')) {
        this.separator = 'comma';
        this.split = (l) => l.split(',');
      } else {
        this.separator = 'space';
        this.split = (l) => l.trim().split(/\s+/);
      }
      const fields = this.split(line);
      if (fields.some((f) => parseField(f) === null)) {
        this.names = fields.map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
        this.columns = fields.map(() => new GrowableFloat64(this.source));
        return;
      }
      this.columns = fields.map(() => new GrowableFloat64(this.source));
    }
    const fields = this.split(line);
    if (fields.length !== this.columns.length) {
      throw new TypeError(
        `${this.source}: line ${this.lineNo} has ${fields.length} field${fields.length === 1 ? '' : 's'}, ` +
          `expected ${this.columns.length} (as ${this.names ? 'the header' : 'the first row'})`,
      );
    }
    for (let i = 0; i < fields.length; i++) {
      const v = parseField(fields[i]);
      if (v === null) {
        const column = this.names ? `"${this.names[i]}"` : `${i + 1}`;
        throw new TypeError(
          `${this.source}: line ${this.lineNo}, column ${column}: ${JSON.stringify(fields[i].trim())} is not a number`,
        );
      }
      this.columns[i].push(v);
    }
  }
}
