// Reads an export document (see export-json.ts) into items, one record at a time. A document as Vigil writes it has one
// record per line, and each such line is read with the native JSON parser; a document of any other layout, or a line
// that is not of the expected shape, goes to the streaming tokenizer, which takes over where the lines stop (and names
// the record and the byte of a syntax error).
import { TokenParser, Tokenizer, TokenType, type ParsedElementInfo, type ParsedTokenInfo } from '@streamparser/json';
import { AppError } from '../../errors.ts';

/** What the reader found, in document order: a top-level member starting, a complete record, or a syntax error. */
export type Item =
  | { t: 'member'; name: string; isArray: boolean; value: unknown }
  | { t: 'record'; section: string; index: number; value: unknown }
  | { t: 'error'; error: AppError };

/** Bytes handed to the tokenizer at a time. */
const SLICE = 64 * 1024;
const VALUE_TOKENS = new Set([
  TokenType.STRING,
  TokenType.NUMBER,
  TokenType.TRUE,
  TokenType.FALSE,
  TokenType.NULL,
  TokenType.LEFT_BRACE,
  TokenType.LEFT_BRACKET,
]);

/**
 * Streams the document through a tokenizer: only one record is assembled at a time. The token hook follows the nesting
 * itself to see top-level members (even empty or misplaced ones) and to name the record being read when the JSON
 * breaks off.
 */
export class StreamingReader {
  private readonly tokenizer = new Tokenizer();
  private readonly parser = new TokenParser({ paths: ['$.*.*'], keepStack: false });
  private items: Item[] = [];
  private frames: { obj: boolean; expectKey: boolean; key?: string }[] = [];
  /** The record being read (section, index, id once seen), to name it when the JSON breaks off. */
  private current = { section: '', index: -1, id: undefined as string | undefined };
  /**
   * The last token's offset in the document; bytes and newlines before the slice being parsed; that slice; what to add
   * to the tokenizer's offsets to make them the document's (when the tokenizer took over from the line reader).
   */
  private pos: { token: number; bytes: number; lines: number; slice: Buffer; shift: number } = {
    token: 0,
    bytes: 0,
    lines: 0,
    slice: Buffer.alloc(0),
    shift: 0,
  };

  constructor() {
    this.tokenizer.onToken = (info) => {
      this.follow(info);
      this.parser.write(info);
    };
    this.parser.onValue = (info: ParsedElementInfo) => {
      this.items.push({ t: 'record', section: String(info.stack[1]?.key), index: Number(info.key), value: info.value });
    };
    this.tokenizer.onEnd = () => {
      if (!this.parser.isEnded) this.parser.end();
    };
    this.parser.onEnd = () => {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    };
  }

  /**
   * Takes over after `bytes` bytes and `lines` newlines of the document were read elsewhere. `skeleton` is valid JSON
   * text with the same structure as what was read (top-level members, and each record replaced by `null`, a token complete without what follows it): it brings the
   * tokenizer to the same nesting and record index, and what it yields is dropped (the reader before has handed it on).
   */
  resume(skeleton: string, bytes: number, lines: number): void {
    const text = Buffer.from(skeleton);
    this.tokenizer.write(text);
    this.items = [];
    this.pos = { token: bytes, bytes, lines, slice: Buffer.alloc(0), shift: bytes - text.length };
  }

  private follow({ token, value, offset }: ParsedTokenInfo): void {
    this.pos.token = offset + this.pos.shift;
    const top = this.frames[this.frames.length - 1];
    if (token === TokenType.STRING && top?.obj && top.expectKey) {
      top.key = value as string;
      top.expectKey = false;
    } else if (token === TokenType.COMMA) {
      if (top?.obj) top.expectKey = true;
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      this.frames.pop();
    } else if (VALUE_TOKENS.has(token)) {
      const depth = this.frames.length;
      const isArray = token === TokenType.LEFT_BRACKET;
      if (depth === 0 && token !== TokenType.LEFT_BRACE)
        this.fail('an export is a JSON object {"format": "vigil-export", …}');
      if (depth === 1) {
        this.current = { section: top?.key ?? '', index: -1, id: undefined };
        this.items.push({
          t: 'member',
          name: this.current.section,
          isArray,
          value: isArray || token === TokenType.LEFT_BRACE ? {} : value,
        });
      }
      if (depth === 2) this.current = { ...this.current, index: this.current.index + 1, id: undefined };
      if (depth === 3 && top?.key === 'id' && token === TokenType.STRING) this.current.id = value as string;
      if (token === TokenType.LEFT_BRACE) this.frames.push({ obj: true, expectKey: true });
      if (isArray) this.frames.push({ obj: false, expectKey: false });
    }
  }

  private fail(message: string, at = this.pos.token): void {
    const { bytes, lines, slice } = this.pos;
    let line = lines + 1;
    for (let i = slice.indexOf(10); i !== -1 && i < at - bytes; i = slice.indexOf(10, i + 1)) line++;
    const where = at >= bytes ? `byte ${at} (line ${line})` : `byte ${at}`;
    const { section, index, id } = this.current;
    const inside = this.frames.length >= 3 ? `${section}[${index}]${id ? ` (id ${id})` : ''}: ` : '';
    this.items.push({
      t: 'error',
      error: new AppError('validation_failed', `${inside}JSON syntax error at ${where}: ${message}`),
    });
  }

  private syntaxError(err: unknown, atEnd: boolean): void {
    const text = err instanceof Error ? err.message : String(err);
    if (atEnd || /ended in (the middle of a token|mid-parsing)/.test(text))
      return this.fail('the document ends early (is the file truncated?)', this.pos.bytes);
    const abs = /absolute position "(\d+)"/.exec(text);
    this.fail(
      text.replace(/ at chunk position .*?\)/, '').replace(/ in state \w+/, ''),
      abs ? Number(abs[1]) + this.pos.shift : this.pos.token,
    );
  }

  /** Feeds the next bytes; parse errors become an error item after whatever was read before them. */
  write(bytes: Buffer): void {
    this.pos.slice = bytes;
    try {
      this.tokenizer.write(bytes);
    } catch (err) {
      this.syntaxError(err, false);
    }
    this.pos.bytes += bytes.length;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) this.pos.lines++;
  }

  /** Signals the end of the input. */
  end(): void {
    this.pos.slice = Buffer.alloc(0);
    try {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    } catch (err) {
      this.syntaxError(err, true);
    }
  }

  /** The items found since the last call. */
  take(): Item[] {
    const out = this.items;
    this.items = [];
    return out;
  }
}

/** Where the line reader is: before the first line, among the top-level members, inside a section, after the end. */
type Stage = 'header' | 'members' | 'section' | 'done';

const NEWLINE = 10;
const OPEN_BRACE = 123;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

/** The longest first line read as lines, and the longest line at all: past them the streaming reader takes over. */
const MAX_HEADER = 4096;
const MAX_LINE = 16 * 1024 * 1024;

/**
 * Reads the layout Vigil writes, line by line: `{"format":…,"version":…,` first, then for each section a line
 * `"name":[`, one record per line (a comma after each but the last) and `]` (with a comma when a section follows),
 * then `}`. Whatever else it meets, it hands the rest of the document to a StreamingReader brought to the same place,
 * so the items are the same as the streaming reader alone would give, errors included.
 */
export class ExportReader {
  private items: Item[] = [];
  private stage: Stage = 'header';
  /** After a comma a member or a record must follow; without one, only the closing bracket or brace. */
  private afterComma = false;
  /** The structure read so far, with records as `null` (see StreamingReader.resume): closed members, the open section. */
  private closed = '';
  private section = { name: '', records: 0 };
  /** Bytes and newlines of the complete lines read; the start of a line not yet complete. */
  private bytes = 0;
  private lines = 0;
  private rest: Buffer = Buffer.alloc(0);
  /** The streaming reader, once it has taken over. */
  private streaming: StreamingReader | undefined;

  /** True while the document has been read line by line (the streaming reader has not taken over). */
  get byLines(): boolean {
    return this.streaming === undefined;
  }

  /** Feeds the next bytes. */
  write(chunk: Buffer): void {
    if (this.streaming) return this.stream(chunk);
    const bytes = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(NEWLINE); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
      if (!this.line(bytes, start, nl)) {
        this.takeOver(bytes.subarray(start));
        return;
      }
      this.bytes += nl + 1 - start;
      this.lines++;
      start = nl + 1;
    }
    this.rest = bytes.subarray(start);
    // One long line is a document of another layout (or one huge record): the tokenizer reads it in flat memory.
    if (this.rest.length > (this.stage === 'header' ? MAX_HEADER : MAX_LINE)) this.takeOver(this.rest);
  }

  /** Signals the end of the input. */
  end(): void {
    if (!this.streaming && this.rest.length > 0) {
      const last = this.rest;
      if (this.line(last, 0, last.length)) {
        this.bytes += last.length;
        this.rest = Buffer.alloc(0);
      } else this.takeOver(last);
    }
    // A document that stops early is handed over too: the tokenizer says where and in which record.
    if (!this.streaming && this.stage !== 'done') this.takeOver(Buffer.alloc(0));
    this.streaming?.end();
  }

  /** The items found since the last call. */
  take(): Item[] {
    const out = this.streaming ? [...this.items, ...this.streaming.take()] : this.items;
    this.items = [];
    return out;
  }

  private stream(bytes: Buffer): void {
    for (let at = 0; at < bytes.length; at += SLICE) this.streaming!.write(bytes.subarray(at, at + SLICE));
  }

  /** Hands the document from `bytes` (the start of a line) on to the streaming reader. */
  private takeOver(bytes: Buffer): void {
    const { name, records } = this.section;
    let skeleton = this.closed;
    if (this.stage === 'section') {
      skeleton += `${JSON.stringify(name)}:[${'null,'.repeat(records)}`;
      if (records > 0 && !this.afterComma) skeleton = skeleton.slice(0, -1);
    }
    this.streaming = new StreamingReader();
    if (skeleton) this.streaming.resume(skeleton, this.bytes, this.lines);
    this.rest = Buffer.alloc(0);
    this.stream(bytes);
  }

  /** Reads the line `bytes[start, end)`; false when it is not of the shape expected here (nothing is taken from it). */
  private line(bytes: Buffer, start: number, end: number): boolean {
    const n = end - start;
    const first = bytes[start];
    const last = bytes[end - 1];
    switch (this.stage) {
      case 'header': {
        // `{"format":"vigil-export","version":3,`, exactly as written (no space, no repeated member).
        if (n < 2 || first !== OPEN_BRACE || last !== COMMA) return false;
        const text = bytes.toString('utf8', start, end);
        const header = parsed(`${text.slice(0, -1)}}`) as { format?: unknown; version?: unknown } | undefined;
        if (typeof header?.format !== 'string' || typeof header.version !== 'number') return false;
        const { format, version } = header;
        const written = `{"format":${JSON.stringify(format)},"version":${JSON.stringify(version)},`;
        if (text !== written) return false;
        this.closed = written;
        this.items.push({ t: 'member', name: 'format', isArray: false, value: format });
        this.items.push({ t: 'member', name: 'version', isArray: false, value: version });
        this.stage = 'members';
        this.afterComma = true;
        return true;
      }
      case 'members': {
        if (n === 1 && first === CLOSE_BRACE && !this.afterComma) {
          this.closed += '}';
          this.stage = 'done';
          return true;
        }
        // `"name":[`
        if (!this.afterComma || n < 4 || last !== OPEN_BRACKET || bytes[end - 2] !== 58) return false;
        const name = parsed(bytes.toString('utf8', start, end - 2));
        if (typeof name !== 'string') return false;
        this.items.push({ t: 'member', name, isArray: true, value: {} });
        this.section = { name, records: 0 };
        this.stage = 'section';
        this.afterComma = false;
        return true;
      }
      case 'section': {
        if (first === CLOSE_BRACKET && (n === 1 || (n === 2 && last === COMMA))) {
          if (this.afterComma) return false;
          const { name, records } = this.section;
          this.closed += `${JSON.stringify(name)}:[${new Array<string>(records).fill('null').join(',')}]${n === 2 ? ',' : ''}`;
          this.stage = 'members';
          this.afterComma = n === 2;
          return true;
        }
        if (this.section.records > 0 && !this.afterComma) return false;
        const comma = last === COMMA;
        const value = parsed(bytes.toString('utf8', start, comma ? end - 1 : end));
        if (value === undefined) return false;
        this.items.push({ t: 'record', section: this.section.name, index: this.section.records, value });
        this.section.records++;
        this.afterComma = comma;
        return true;
      }
      case 'done':
        // Only white space may follow the document.
        for (let i = start; i < end; i++) if (bytes[i] !== 32 && bytes[i] !== 9 && bytes[i] !== 13) return false;
        return true;
    }
  }
}

/** The value of a JSON text, or undefined when it is not one. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
