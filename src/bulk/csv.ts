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
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw new CsvError(`Line ${quoteLine}: a quoted field is never closed.`);
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
}
