import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { CsvParser, csvLine, parseCsv } from '../../src/bulk/csv';

// Property-based checks of the CSV writer: arbitrary values, biased to the characters that matter (quotes,
// commas, CR, LF, spaces, a leading = and Unicode beyond the BMP), must come back unchanged through the
// project's own reader (whole, and streamed in pieces split anywhere) AND through a second, independent
// reader: the strict RFC 4180 record parser below, written from the RFC's grammar, not from src/bulk/csv.ts.
// A writer that leaves a quote unquoted, forgets to double one, or lets a leading quote through reads back
// wrong in one of the two, even where the lenient project reader happens to take the text.
//
// Why a parser here and not a CSV library: a dozen lines follow the RFC's ABNF exactly, and strictly (an
// unquoted quote is an error, not data), which is the point; a library would add a dependency to the
// project and most are lenient by default.

const RUNS = { numRuns: 500 };

/**
 * RFC 4180, section 2, one record:
 *   record      = field *(COMMA field)
 *   field       = (escaped / non-escaped)
 *   escaped     = DQUOTE *(TEXTDATA / COMMA / CR / LF / 2DQUOTE) DQUOTE
 *   non-escaped = *TEXTDATA
 * TEXTDATA is printable ASCII but the quote and the comma; like every reader of UTF-8 CSV, any character but
 * DQUOTE, COMMA, CR and LF is taken as TEXTDATA here. Throws on anything the grammar does not produce.
 */
function strictRfc4180Record(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`an escaped field is not closed: ${JSON.stringify(text)}`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',') {
        if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`${JSON.stringify(text[i])} in a field that is not escaped: ${JSON.stringify(text)}`);
        field += text[i++];
      }
    }
    fields.push(field);
    if (i === text.length) return fields;
    if (text[i] !== ',') throw new Error(`${JSON.stringify(text[i])} after a closing quote: ${JSON.stringify(text)}`);
    i++;
  }
}

/** Values made of the characters that need care, mixed with ordinary and astral ones. */
const awkwardValue = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', ' ', '=', 'a', 'é', '🙂', '\\', '\t'), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
/** A row as export writes it has 21 columns or more; a row of one empty field is a blank line, which no CSV
 *  reader returns as a row, so rows here have at least two fields. */
const row = fc.array(awkwardValue, { minLength: 2, maxLength: 6 });

describe('CSV writer, property-based', () => {
  it('writes text the strict RFC 4180 grammar reads back as the same values', () => {
    fc.assert(
      fc.property(row, (fields) => {
        assert.deepEqual(strictRfc4180Record(csvLine(fields)), fields);
      }),
      RUNS,
    );
  });

  it('writes rows the project’s own reader reads back unchanged, whole or streamed in pieces split anywhere', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const text = rows.map(csvLine).join('\n') + '\n';
        assert.deepEqual(
          parseCsv(text).map((r) => r.fields),
          rows,
        );
        const parser = new CsvParser();
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((start, k) => text.slice(start, [...at, text.length][k]));
        const streamed = [...pieces.flatMap((piece) => parser.push(piece)), ...parser.end()];
        assert.deepEqual(
          streamed.map((r) => r.fields),
          rows,
        );
      }),
      RUNS,
    );
  });

  it('quotes a value exactly when RFC 4180 requires it: when it holds a quote, a comma, a CR or a LF', () => {
    fc.assert(
      fc.property(awkwardValue, (value) => {
        const written = csvLine([value, '']);
        const needsQuotes = /[",\r\n]/.test(value);
        assert.equal(written.startsWith('"'), needsQuotes, `${JSON.stringify(value)} written as ${JSON.stringify(written)}`);
        if (!needsQuotes) assert.equal(written, `${value},`, 'written as it is');
      }),
      RUNS,
    );
  });
});
