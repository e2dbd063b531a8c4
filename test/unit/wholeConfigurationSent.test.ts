// The two whole-configuration updates the extension makes, against a recording SDK: given a Describe
// answer with every updatable member set away from its default (test/support/awayFromDefaults.ts), the
// update sends each one back unchanged, member by member, with only the intended change. The double's
// tests (test/integration/*OnDouble.test.ts) show the same end to end; this level names a dropped member
// in milliseconds.
import * as assert from 'node:assert/strict';
import type { UpdateUserPoolRequest } from '@aws-sdk/client-cognito-identity-provider';
import { ClientCalls } from '../../src/aws/cognito/clientCalls';
import { PoolCalls } from '../../src/aws/cognito/poolCalls';
import { appClientAwayFromDefaults, poolAwayFromDefaults } from '../support/awayFromDefaults';
import { assertOnlyChanged } from '../support/onlyChanged';
import { RecordingSdk } from '../support/recordingSdk';

const POOL_ID = 'ca-central-1_Ledger42';

describe('whole-configuration updates send every member back', () => {
  it('Delete User Pool turns protection off with every other member of UpdateUserPool as Describe reported it', async () => {
    const { PoolName, ...settings } = poolAwayFromDefaults('ca-central-1');
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: POOL_ID, Name: PoolName, ...settings } });
    await new PoolCalls(sdk.client, sdk.context()).setDeletionProtection(POOL_ID, false);
    const sent = sdk.sent[1].input;
    // DcrConfiguration is the one member UpdateUserPool keeps when left out (src/aws/cognito/poolUpdate.ts).
    const { DcrConfiguration: _kept, ...expected } = settings;
    assertOnlyChanged({ UserPoolId: POOL_ID, PoolName, ...expected }, sent, ['DeletionProtection'], []);
    assert.equal(sent.DeletionProtection, 'INACTIVE');
  });

  it('sends the temporary-password validity in force (PasswordPolicy’s) when Describe also reports the deprecated member', async () => {
    // Describe reports AdminCreateUserConfig.UnusedAccountValidityDays beside the PasswordPolicy member that
    // replaced it (API reference: "no longer used … use TemporaryPasswordValidityDays in PasswordPolicy"),
    // and a request with both is refused: only the current one goes, with its own value (5, not 8).
    const { PoolName, ...settings } = poolAwayFromDefaults('ca-central-1');
    const sdk = new RecordingSdk();
    const described = { ...settings, AdminCreateUserConfig: { ...settings.AdminCreateUserConfig, UnusedAccountValidityDays: 8 } };
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: POOL_ID, Name: PoolName, ...described } });
    await new PoolCalls(sdk.client, sdk.context()).setDeletionProtection(POOL_ID, false);
    const sent = sdk.sent[1].input as unknown as UpdateUserPoolRequest;
    assert.equal(sent.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays, 5);
    assert.equal(sent.AdminCreateUserConfig?.UnusedAccountValidityDays, undefined, 'never both (AWS refuses the pair)');
  });

  it('Edit Authentication Flows sends every other member of UpdateUserPoolClient as Describe reported it', async () => {
    const { GenerateSecret: _create, ...settings } = appClientAwayFromDefaults('storefront');
    const sdk = new RecordingSdk();
    const described = { UserPoolId: POOL_ID, ClientId: '4h2kq8', ClientSecret: 'not-sent-back', CreationDate: new Date(0), LastModifiedDate: new Date(0), ...settings };
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: described });
    await new ClientCalls(sdk.client, sdk.context()).updateAuthFlows(POOL_ID, '4h2kq8', ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH']);
    const sent = sdk.sent[1].input;
    assertOnlyChanged({ UserPoolId: POOL_ID, ClientId: '4h2kq8', ...settings }, sent, ['ExplicitAuthFlows'], []);
    assert.deepEqual(sent.ExplicitAuthFlows, ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH']);
    assert.equal(sent.ClientSecret, undefined, 'the secret is never sent back');
  });

  it('an app client edit sends every other member of UpdateUserPoolClient as Describe reported it, a lifetime with its unit and the other units kept', async () => {
    const { GenerateSecret: _create, ...settings } = appClientAwayFromDefaults('storefront');
    const sdk = new RecordingSdk();
    const described = { UserPoolId: POOL_ID, ClientId: '4h2kq8', ClientSecret: 'not-sent-back', CreationDate: new Date(0), LastModifiedDate: new Date(0), ...settings };
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: described });
    await new ClientCalls(sdk.client, sdk.context()).update(POOL_ID, '4h2kq8', { idToken: { value: 90, unit: 'minutes' }, name: 'storefront-2' });
    const sent = sdk.sent[1].input;
    assertOnlyChanged({ UserPoolId: POOL_ID, ClientId: '4h2kq8', ...settings }, sent, ['IdTokenValidity', 'TokenValidityUnits.IdToken', 'ClientName'], []);
    assert.deepEqual([sent.IdTokenValidity, sent.TokenValidityUnits], [90, { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' }]);
    assert.equal(sent.ClientSecret, undefined, 'the secret is never sent back');
  });
});
