import * as assert from 'node:assert/strict';
import { csvLine } from '../../src/bulk/csv';

// RFC 4180 (which Cognito's user import reads): a field holding a double quote is enclosed in double quotes
// and the quote inside is doubled, even when the field has no comma or line break. Written unquoted, a value
// starting with a quote comes back altered. Checked as the exact text written.

describe('CSV quoting, as bytes', () => {
  it('quotes a field whose only special character is a double quote', () => {
    assert.equal(csvLine(['say "hi"', 'plain']), '"say ""hi""",plain');
    assert.equal(csvLine(['"quoted at the start']), '"""quoted at the start"');
  });
});
