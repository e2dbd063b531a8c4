// CSV in the format of Cognito's own user import (developer guide, "Creating the user import .csv file"):
// values never in quotation marks, a comma inside a value written `\,`, UTF-8 without a byte-order mark
// (the writer never adds one), at most 16,000 characters a row, and leading or trailing white space trimmed
// by the import job.
//
// Values that format cannot carry exactly (cognitoCannotCarry): a line break (it ends the row), white space
// at the start or end (the job trims it), a backslash right before a comma or at the end (written out that
// is `\\,`, which the guide gives no reading, or a backslash that takes the separating comma as its own),
// and a value starting with a double quote (see Reading). The writer still writes them, in double quotes
// the RFC 4180 way (quotes inside doubled), which Import Users reads back exactly; it reports them (and
// rows over 16,000 characters, written as they are) so Export Users can count those users and say so:
// nothing is altered silently.
//
// Reading (CsvParser): a field that starts with a double quote is a quoted field, RFC 4180, as spreadsheets
// and earlier exports write them: it runs to its closing quote ("" inside is one quote; commas, line breaks
// and backslashes inside are themselves) and must end there. Any other field is Cognito's format: up to the
// next comma without a backslash before it, `\,` being a comma and every other character itself. That one
// rule settles a value that starts with a literal quote: read as quoted, so the writer quotes it.

/** The longest row Cognito's import reads, in UTF-16 code units (the stricter count of "characters"). */
export const MAX_COGNITO_ROW = 16_000;

/** A character some reading of "white space" trims: Unicode's, or a control character up to the space (Java's trim). */
function trimmable(c: string | undefined): boolean {
  return c !== undefined && (c <= ' ' || /\s/.test(c));
}

/** Why Cognito's import format cannot carry a value exactly, or undefined when it can. */
export function cognitoCannotCarry(value: string): string | undefined {
  if (/[\r\n]/.test(value)) return 'a line break';
  if (trimmable(value[0]) || trimmable(value[value.length - 1])) return 'white space at the start or end';
  if (/\\(,|$)/.test(value)) return 'a backslash before a comma or at the end';
  if (value.startsWith('"')) return 'a double quote at the start';
  return undefined;
}

export interface CsvRowText {
  text: string;
  /** Indexes of the fields Cognito's format cannot carry, written in RFC 4180 quotes. */
  quoted: number[];
  /** The row is longer than Cognito's import reads. */
  tooLong: boolean;
}

/** One row: each field in Cognito's format, or quoted when that format cannot carry it. */
export function csvRow(fields: readonly string[]): CsvRowText {
  const quoted: number[] = [];
  const text = fields
    .map((field, i) => {
      if (cognitoCannotCarry(field) === undefined) return field.replace(/,/g, '\\,');
      quoted.push(i);
      return `"${field.replace(/"/g, '""')}"`;
    })
    .join(',');
  return { text, quoted, tooLong: text.length > MAX_COGNITO_ROW };
}

export function csvLine(fields: readonly string[]): string {
  return csvRow(fields).text;
}

/**
 * A value a spreadsheet runs as a formula when it opens a CSV file directly: one that starts with =, +, -
 * or @ (OWASP, "CSV Injection"). A plain number (a phone number's "+", a negative) is read as a number and
 * not counted. Export writes such values unaltered — the file must re-import exactly — and counts them.
 */
export function startsLikeFormula(value: string): boolean {
  return /^[=+\-@]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value);
}

export interface CsvRow {
  /** The 1-based line where the row starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

/** All rows of a CSV text; a quote left open is reported with the line it opened on. */
export function parseCsv(text: string): CsvRow[] {
  const parser = new CsvParser();
  return [...parser.push(text), ...parser.end()];
}

/**
 * Rows of a CSV text that arrives in pieces (a file read as a stream): push() each piece and get the rows
 * it completed; end() gives the last. A quoted field, a doubled quote, a `\,` or a CR LF may be split between
 * pieces. Blank lines are skipped. The grammar is the one at the top of this file.
 */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private atFieldStart = true;
  private quoted = false;
  /** A quote inside a quoted field, not yet known to be doubled ("") or the closing one. */
  private quoteEnds = false;
  /** A quoted field has closed: only a comma or the row's end may follow. */
  private closed = false;
  /** A backslash in a plain field, not yet known to be the start of `\,`. */
  private backslash = false;
  /** A row just ended on CR: a LF first in the next piece belongs to it. */
  private afterCr = false;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;
  private rows: CsvRow[] = [];

  push(text: string): CsvRow[] {
    for (const c of text) this.take(c);
    return this.rows.splice(0);
  }

  end(): CsvRow[] {
    if (this.quoteEnds) this.closeQuote();
    if (this.quoted) throw new CsvError(`Line ${this.quoteLine}: a quoted field is never closed.`);
    this.flushBackslash();
    if (this.field !== '' || this.fields.length > 0 || this.closed) this.endRow();
    return this.rows.splice(0);
  }

  private take(c: string): void {
    if (this.afterCr) {
      this.afterCr = false;
      if (c === '\n') return;
    }
    if (this.quoteEnds) {
      this.quoteEnds = false;
      if (c === '"') {
        this.field += '"';
        return;
      }
      this.closeQuote();
    }
    if (this.quoted) {
      if (c === '"') this.quoteEnds = true;
      else {
        if (c === '\n') this.line++;
        this.field += c;
      }
      return;
    }
    if (this.backslash) {
      this.backslash = false;
      if (c === ',') {
        this.field += ',';
        return;
      }
      this.field += '\\';
    }
    if (c === ',') this.endField();
    else if (c === '\n' || c === '\r') {
      this.afterCr = c === '\r';
      this.endRow();
      this.line++;
      this.rowLine = this.line;
    } else if (this.closed) {
      throw new CsvError(`Line ${this.line}: a value that starts with a double quote must be wholly in quotes, with each quote inside it written twice (""), as spreadsheets save it.`);
    } else if (c === '"' && this.atFieldStart) {
      this.quoted = true;
      this.atFieldStart = false;
      this.quoteLine = this.line;
    } else if (c === '\\') {
      this.atFieldStart = false;
      this.backslash = true;
    } else {
      this.atFieldStart = false;
      this.field += c;
    }
  }

  private closeQuote(): void {
    this.quoted = false;
    this.closed = true;
  }

  private flushBackslash(): void {
    if (this.backslash) this.field += '\\';
    this.backslash = false;
  }

  private endField(): void {
    this.flushBackslash();
    this.fields.push(this.field);
    this.field = '';
    this.atFieldStart = true;
    this.closed = false;
  }

  private endRow(): void {
    const blank = this.fields.length === 0 && this.field === '' && !this.closed && !this.backslash;
    this.endField();
    if (!blank) this.rows.push({ line: this.rowLine, fields: this.fields });
    this.fields = [];
  }
}

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
}
