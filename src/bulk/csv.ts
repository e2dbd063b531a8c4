// CSV as RFC 4180 and Cognito's user import read it: fields separated by commas, a field with a
// comma, a double quote or a line break wrapped in double quotes, and a double quote inside doubled.

export function csvLine(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',');
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
 * it completed; end() gives the last. A quoted field, a doubled quote or a CR LF may be split between
 * pieces. Blank lines are skipped.
 */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  /** A quote inside a quoted field, not yet known to be doubled ("") or the closing one. */
  private quoteEnds = false;
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
    if (this.field !== '' || this.fields.length > 0) this.endRow();
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
    } else if (c === '"' && this.field === '') {
      this.quoted = true;
      this.quoteLine = this.line;
    } else if (c === ',') {
      this.fields.push(this.field);
      this.field = '';
    } else if (c === '\n' || c === '\r') {
      this.afterCr = c === '\r';
      this.endRow();
      this.line++;
      this.rowLine = this.line;
    } else this.field += c;
  }

  private closeQuote(): void {
    this.quoted = false;
  }

  private endRow(): void {
    this.fields.push(this.field);
    if (!(this.fields.length === 1 && this.fields[0] === '')) this.rows.push({ line: this.rowLine, fields: this.fields });
    this.fields = [];
    this.field = '';
  }
}

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
}
