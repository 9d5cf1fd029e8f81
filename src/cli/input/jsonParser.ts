/**
 * A JSON parser fed in chunks, for inputs too large for one string (V8 strings stop at ~2^29 characters, and a
 * JSON.parse tree of 5e7 numbers takes gigabytes): an array whose elements are all numbers is stored as a
 * Float64Array (8 bytes a number) as it is read. Objects are null-prototype records; other arrays plain arrays.
 */
import { GrowableFloat64 } from './growable.ts';

type Frame =
  | { kind: 'array'; numbers: GrowableFloat64 | null; items: unknown[] | null }
  | { kind: 'object'; value: Record<string, unknown>; key: string | null };

type Expect = 'value' | 'first-value' | 'comma' | 'key' | 'first-key' | 'colon' | 'done';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** the characters a number or literal token is made of */
const TOKEN = /[\w.+-]*/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Parses JSON text pushed in chunks; `end()` returns the value. */
export class JsonChunkParser {
  private buf = '';
  private pos = 0;
  /** characters consumed before buf[0], for messages */
  private offset = 0;
  private line = 1;
  /** the offset (in characters from the start) where the current line begins */
  private lineStart = 0;
  private stack: Frame[] = [];
  private expect: Expect = 'value';
  private root: unknown = undefined;

  /** @param source - what is parsed, for messages (e.g. '--input u.json') */
  constructor(private readonly source: string) {}

  /** Feeds the next chunk of text. */
  push(chunk: string): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
    this.offset += this.pos;
    this.pos = 0;
    this.run(false);
  }

  /** Ends the input and returns the parsed value. @throws TypeError for incomplete or invalid JSON */
  end(): unknown {
    this.run(true);
    if (this.expect !== 'done')
      this.fail(this.stack.length > 0 ? 'unexpected end (unclosed [ or {)' : 'no JSON value');
    return this.root;
  }

  private fail(what: string): never {
    const near = this.buf.slice(this.pos, this.pos + 20).replace(/\s+/g, ' ');
    throw new TypeError(
      `${this.source}: invalid JSON at line ${this.line}, column ${this.offset + this.pos - this.lineStart + 1}: ${what}` +
        (near === '' ? '' : ` (near "${near}")`),
    );
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.exec(this.buf);
    const end = WHITESPACE.lastIndex;
    for (let i = this.pos; i < end; i++) {
      if (this.buf.charCodeAt(i) === 10) {
        this.line++;
        this.lineStart = this.offset + i + 1;
      }
    }
    this.pos = end;
  }

  private run(final: boolean): void {
    const buf = this.buf;
    for (;;) {
      this.skipWhitespace();
      if (this.pos >= buf.length) return;
      const c = buf[this.pos];
      if (this.expect === 'done') this.fail('unexpected text after the JSON value');
      if (this.expect === 'colon') {
        if (c !== ':') this.fail("expected ':'");
        this.pos++;
        this.expect = 'value';
        continue;
      }
      if (this.expect === 'comma') {
        const top = this.stack[this.stack.length - 1];
        if (c === ',') {
          this.pos++;
          this.expect = top.kind === 'array' ? 'value' : 'key';
        } else if ((c === ']' && top.kind === 'array') || (c === '}' && top.kind === 'object')) {
          this.pos++;
          this.close();
        } else this.fail(`expected ',' or '${top.kind === 'array' ? ']' : '}'}'`);
        continue;
      }
      if (this.expect === 'key' || this.expect === 'first-key') {
        if (c === '}' && this.expect === 'first-key') {
          this.pos++;
          this.close();
          continue;
        }
        if (c !== '"') this.fail('expected a "key"');
        const s = this.readString(final);
        if (s === null) return;
        (this.stack[this.stack.length - 1] as { key: string | null }).key = s;
        this.expect = 'colon';
        continue;
      }
      // a value
      if (c === ']' && this.expect === 'first-value') {
        this.pos++;
        this.close();
        continue;
      }
      if (c === '[') {
        this.pos++;
        this.stack.push({ kind: 'array', numbers: new GrowableFloat64(this.source, 16), items: null });
        this.expect = 'first-value';
      } else if (c === '{') {
        this.pos++;
        this.stack.push({ kind: 'object', value: Object.create(null) as Record<string, unknown>, key: null });
        this.expect = 'first-key';
      } else if (c === '"') {
        const s = this.readString(final);
        if (s === null) return;
        this.value(s);
      } else if (c === '-' || (c >= '0' && c <= '9') || c === 't' || c === 'f' || c === 'n') {
        // a number or a literal: the token runs to the next delimiter, which may be in the next chunk
        TOKEN.lastIndex = this.pos;
        TOKEN.exec(buf);
        const end = TOKEN.lastIndex;
        if (end >= buf.length && !final) return;
        const token = buf.slice(this.pos, end);
        let v: unknown;
        if (c === 't' || c === 'f' || c === 'n') {
          if (token !== 'true' && token !== 'false' && token !== 'null') this.fail('invalid literal');
          v = token === 'true' ? true : token === 'false' ? false : null;
        } else {
          if (!NUMBER.test(token)) this.fail('invalid number');
          v = Number(token);
        }
        this.pos = end;
        this.value(v);
      } else this.fail('unexpected character');
    }
  }

  /** Reads the string starting at pos, or returns null when it continues in the next chunk. */
  private readString(final: boolean): string | null {
    const buf = this.buf;
    let j = this.pos + 1;
    for (;;) {
      const q = buf.indexOf('"', j);
      if (q < 0) {
        if (final) this.fail('unterminated string');
        return null;
      }
      let backslashes = 0;
      for (let k = q - 1; k > this.pos && buf.charCodeAt(k) === 92; k--) backslashes++;
      if (backslashes % 2 === 0) {
        const raw = buf.slice(this.pos, q + 1);
        let s: string;
        try {
          s = JSON.parse(raw) as string;
        } catch {
          this.fail('invalid string');
        }
        this.pos = q + 1;
        return s;
      }
      j = q + 1;
    }
  }

  private value(v: unknown): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.root = v;
      this.expect = 'done';
      return;
    }
    if (top.kind === 'array') {
      if (top.numbers !== null && typeof v === 'number') top.numbers.push(v);
      else {
        if (top.numbers !== null) {
          top.items = Array.from(top.numbers.finish());
          top.numbers = null;
        }
        (top.items as unknown[]).push(v);
      }
    } else {
      const key = top.key as string;
      // defineProperty: a "__proto__" key stays an ordinary key
      Object.defineProperty(top.value, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      top.key = null;
    }
    this.expect = 'comma';
  }

  private close(): void {
    const frame = this.stack.pop() as Frame;
    const v = frame.kind === 'object' ? frame.value : (frame.numbers?.finish() ?? frame.items);
    this.value(v);
  }
}
