import * as assert from 'node:assert/strict';
import { COGNITO_CSV_COLUMNS, csvUserFields } from '../../src/bulk/userFormats';

// cognito:mfa_enabled in Cognito's import layout says whether the user has MFA at all: one method is enough.
// Users with none, one and two methods tell "> 0" from an off-by-one.

describe('Export Users’ cognito:mfa_enabled column', () => {
  it('is true from the first MFA method on', () => {
    const column = COGNITO_CSV_COLUMNS.indexOf('cognito:mfa_enabled');
    const flag = (mfaMethods: string[]) => csvUserFields({ username: 'eva', status: 'CONFIRMED', enabled: true, attributes: [], mfaMethods }, [])[column];
    assert.deepEqual([flag([]), flag(['SOFTWARE_TOKEN_MFA']), flag(['SMS_MFA', 'SOFTWARE_TOKEN_MFA'])], ['false', 'true', 'true']);
  });
});
