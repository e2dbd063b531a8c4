// Delete User Pool on a protected pool, through the extension's own wiring against the AWS-faithful
// double: turning protection off is an UpdateUserPool that must carry the pool's whole configuration
// (what it leaves out is reset) and nothing AWS refuses (both temporary-password validities, both e-mail
// verification messages, the deprecated e-mail members beside a link-style template). Read back with a
// plain SDK client: the pool is gone, or, when the flow stops, still protected with every setting kept.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand, type CognitoIdentityProviderClient, type CreateUserPoolCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import { deleteUserPool } from '../../src/commands/flows/pools/deleteResources';
import { LazyCognito } from '../../src/connection/lazyCognito';
import { startCognitoDouble, type CognitoDouble } from '../double/cognitoDouble';
import { onDefault, singleConnection } from '../support/connections';
import { emulatorClient } from '../support/emulatorClient';
import { flowRun } from '../unit/support/flowHarness';
import { ESC, type Answer } from '../unit/support/scriptedPrompter';

const REGION = 'eu-west-2';

/** A pool configured well away from every default, with deletion protection on. */
const RICH_POOL: CreateUserPoolCommandInput = {
  PoolName: 'ledger-prod',
  Policies: { PasswordPolicy: { MinimumLength: 11, RequireUppercase: true, RequireLowercase: false, RequireNumbers: true, RequireSymbols: false, TemporaryPasswordValidityDays: 5 } },
  DeletionProtection: 'ACTIVE',
  LambdaConfig: { PreSignUp: 'arn:aws:lambda:eu-west-2:210987654321:function:ledger-pre-sign-up' },
  AutoVerifiedAttributes: ['email'],
  VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Confirm with {##this link##}', EmailSubjectByLink: 'Confirm your ledger account', SmsMessage: 'Ledger code {####}' },
  SmsAuthenticationMessage: 'Ledger sign-in {####}',
  UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
  MfaConfiguration: 'OPTIONAL',
  DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
  EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:ses:eu-west-2:210987654321:identity/ledger.example', From: 'no-reply@ledger.example' },
  SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::210987654321:role/ledger-sms', ExternalId: 'ledger-ext-7', SnsRegion: REGION },
  UserPoolTags: { team: 'payments', stage: 'prod' },
  AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, InviteMessageTemplate: { EmailSubject: 'Welcome to the ledger', EmailMessage: 'Hi {username}, {####}', SMSMessage: 'Hi {username}, {####}' } },
  UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
  AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }, { Name: 'verified_phone_number', Priority: 2 }] },
  UserPoolTier: 'PLUS',
  KeyConfiguration: { KeyType: 'CUSTOMER_MANAGED_KEY', KmsKeyArn: 'arn:aws:kms:eu-west-2:210987654321:key/0a1b2c3d' },
  IssuerConfiguration: { Type: 'UPDATED' },
};

describe('Delete User Pool on a protected pool, against the AWS-faithful double', function () {
  this.timeout(30_000);
  let double: CognitoDouble;
  let client: CognitoIdentityProviderClient;
  let cognito: LazyCognito;

  before(async () => {
    double = await startCognitoDouble({ region: REGION });
    client = emulatorClient(double.endpoint, { region: REGION, maxAttempts: 1 });
    cognito = new LazyCognito(() => ({ region: REGION, endpoint: double.endpoint }));
  });
  after(async () => {
    client?.destroy();
    await double?.stop();
  });

  const createRichPool = async () => {
    const { UserPool } = await client.send(new CreateUserPoolCommand(RICH_POOL));
    return { id: UserPool?.Id as string, name: RICH_POOL.PoolName as string };
  };
  const describe = async (UserPoolId: string) => (await client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;
  const run = (answers: Answer[]) => {
    const flow = flowRun(answers);
    flow.deps.connections = singleConnection(cognito);
    return flow;
  };

  it('turns protection off and deletes the pool once its name is typed', async () => {
    const pool = await createRichPool();
    await deleteUserPool(run([{ confirm: true }, { input: pool.name }]).deps, onDefault(pool));
    await assert.rejects(describe(pool.id), { name: 'ResourceNotFoundException' });
  });

  it('keeps every other setting when protection is turned off and on again', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    await cognito.setDeletionProtection(pool.id, false);
    assert.equal((await describe(pool.id))?.DeletionProtection, 'INACTIVE');
    await cognito.setDeletionProtection(pool.id, true);

    const after = await describe(pool.id);
    const settings = (p: typeof before) => ({ ...p, LastModifiedDate: undefined });
    assert.deepEqual(settings(after), settings(before));
  });

  it('changes nothing when the name step is cancelled', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    await assert.rejects(deleteUserPool(run([{ confirm: true }, ESC]).deps, onDefault(pool)));
    assert.deepEqual(await describe(pool.id), before, 'still protected, not even touched');
  });

  it('puts protection back on when the delete fails after it was turned off, and says so', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    double.failNext(1, 400, 'DeleteUserPool');
    await assert.rejects(deleteUserPool(run([{ confirm: true }, { input: pool.name }]).deps, onDefault(pool)), {
      message: 'The pool "ledger-prod" was not deleted, and its deletion protection is on again: Cognito had an internal error; retry in a moment.',
    });
    const after = await describe(pool.id);
    assert.equal(after?.DeletionProtection, 'ACTIVE');
    assert.deepEqual({ ...after, LastModifiedDate: undefined }, { ...before, LastModifiedDate: undefined }, 'every other setting kept');
  });
});
