import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { CsvParser, csvRow, parseCsv } from '../../src/bulk/csv';
import { guideRowValues, MAX_ROW_LENGTH } from '../double/userImportCsv';

// Property-based checks of the CSV writer: arbitrary values, biased to the characters that matter (quotes,
// commas, backslashes, CR, LF, spaces, tabs, a leading = and Unicode beyond the BMP), must
// - come back unchanged through the project's own reader (whole, and streamed in pieces split anywhere), and
// - be written, row by row, in the format of Cognito's user import as the developer guide documents it, read
//   by an independent checker written from the guide (`guideRowValues` in test/double/userImportCsv.ts, not
//   from src/bulk/csv.ts): a row whose values that format carries reads back as exactly those values (so no
//   wrapping quotes, every comma behind a backslash); and the writer reports a value as quoted exactly when
//   the guide cannot carry it, or it starts with a double quote (the project's reader takes such a field as a
//   spreadsheet's quoted one: src/bulk/csv.ts says why).
// A writer that quotes RFC 4180-style, forgets a backslash, lets a line break or a trailing backslash through
// unreported, or reports values the guide carries fails one of these.

const RUNS = { numRuns: 500 };

/** Values made of the characters that need care, mixed with ordinary and astral ones. */
const awkwardValue = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', ' ', '=', 'a', 'é', '🙂', '\\', '\t', '\u00a0'), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(',', '\\', 'a', '"'), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
/** A row as export writes it has 21 columns or more; a row of one empty field is a blank line, which no CSV
 *  reader returns as a row, so rows here have at least two fields. */
const row = fc.array(awkwardValue, { minLength: 2, maxLength: 6 });

/**
 * Whether the guide's format carries a value, from the guide alone: written by its one rule (a backslash
 * before each comma), followed by another field, and read back by its rules, it is the same value.
 */
function guideCarries(value: string): boolean {
  const read = guideRowValues(`${value.replace(/,/g, '\\,')},next`);
  return Array.isArray(read) && read.length === 2 && read[0] === value && read[1] === 'next';
}

describe('CSV writer, property-based', () => {
  it('writes rows the project’s own reader reads back unchanged, whole or streamed in pieces split anywhere', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const text = rows.map((fields) => csvRow(fields).text).join('\n') + '\n';
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

  it('writes a row whose values the guide’s format carries so that the guide’s rules read back exactly those values', () => {
    fc.assert(
      fc.property(row, (fields) => {
        const written = csvRow(fields);
        if (written.quoted.length > 0) return;
        assert.deepEqual(guideRowValues(written.text), fields, JSON.stringify(written.text));
      }),
      RUNS,
    );
  });

  it('reports a value as quoted exactly when the guide cannot carry it or it starts with a double quote', () => {
    fc.assert(
      fc.property(row, (fields) => {
        const { quoted } = csvRow(fields);
        const expected = fields.flatMap((value, i) => (!guideCarries(value) || value.startsWith('"') ? [i] : []));
        assert.deepEqual(quoted, expected, JSON.stringify(fields));
      }),
      RUNS,
    );
  });

  it('reports a row too long exactly when the guide’s rules refuse it for its length', () => {
    const long = fc.string({ unit: fc.constantFrom('x', ',', '\\'), minLength: 7_990, maxLength: 8_010 });
    fc.assert(
      fc.property(long, long, (a, b) => {
        const written = csvRow([a, b]);
        assert.equal(written.tooLong, written.text.length > MAX_ROW_LENGTH);
        const read = guideRowValues(written.text);
        assert.equal(typeof read === 'string' && read.includes(`over ${MAX_ROW_LENGTH}`), written.tooLong);
      }),
      { numRuns: 100 },
    );
  });
});
