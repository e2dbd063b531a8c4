// The double's own check of the rule every whole-configuration test leans on: UpdateUserPool and
// UpdateUserPoolClient set every member a request leaves out back to its default (API reference: "If you
// don't provide a value for an attribute, Amazon Cognito sets it to its default value"), and the fixtures
// of test/support/awayFromDefaults.ts really set each member away from that default. Plain SDK client only.
import * as assert from 'node:assert/strict';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { appClientAwayFromDefaults, poolAwayFromDefaults, UPDATABLE_APP_CLIENT_MEMBERS, UPDATABLE_POOL_MEMBERS } from '../../support/awayFromDefaults';
import { assertEveryMemberDiffers, assertOnlyChanged } from '../../support/onlyChanged';
import { useDouble } from '../../support/sessionHooks';

const REGION = 'ap-southeast-2';
/** What any two resources differ in: who they are and when they were made. */
const IDENTITY = ['CreationDate', 'LastModifiedDate'];

describe('whole-configuration updates on the AWS-faithful double reset what they leave out', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });


  const createPool = async (input: { PoolName: string }) => (await session.client.send(new CreateUserPoolCommand(input))).UserPool?.Id as string;
  const describePool = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;

  describe('UpdateUserPool', () => {
    it('starts the fixture pool with every updatable member away from its default', async () => {
      const defaults = await describePool(await createPool({ PoolName: 'plain' }));
      const configured = await describePool(await createPool(poolAwayFromDefaults(REGION)));
      // Describe reports PoolName as Name.
      assertEveryMemberDiffers(defaults, configured, UPDATABLE_POOL_MEMBERS.map((member) => (member === 'PoolName' ? 'Name' : member)));
    });

    it('puts every member back at its default when the request names only the pool, keeping the name and DcrConfiguration', async () => {
      const defaults = await describePool(await createPool({ PoolName: 'ledger-prod' }));
      const fixture = poolAwayFromDefaults(REGION);
      const id = await createPool(fixture);
      await session.client.send(new UpdateUserPoolCommand({ UserPoolId: id }));
      const reset = await describePool(id);
      // Feature plan back at ESSENTIALS, protection off, triggers gone, … ; only the pool's identity and the
      // one member the reference says stays may differ from a pool made with its name alone.
      assertOnlyChanged(defaults, reset, ['Id', 'Arn', 'DcrConfiguration'], IDENTITY);
      assert.deepEqual(reset?.DcrConfiguration, fixture.DcrConfiguration);
      assert.equal(reset?.UserPoolTier, 'ESSENTIALS');
    });
  });

  describe('UpdateUserPoolClient', () => {
    let poolId: string;
    before(async () => {
      poolId = await createPool({ PoolName: 'shop' });
    });
    const createClient = async (input: { ClientName: string; GenerateSecret?: boolean }) =>
      (await session.client.send(new CreateUserPoolClientCommand({ ...input, UserPoolId: poolId }))).UserPoolClient?.ClientId as string;
    const describeClient = async (ClientId: string) => (await session.client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId }))).UserPoolClient;

    it('starts the fixture client with every updatable member away from its default', async () => {
      const defaults = await describeClient(await createClient({ ClientName: 'plain' }));
      const configured = await describeClient(await createClient(appClientAwayFromDefaults()));
      assertEveryMemberDiffers(defaults, configured, UPDATABLE_APP_CLIENT_MEMBERS);
    });

    it('puts every member back at its default when the request names only the client, keeping its name and secret', async () => {
      const defaults = await describeClient(await createClient({ ClientName: 'configured', GenerateSecret: true }));
      const id = await createClient(appClientAwayFromDefaults('configured'));
      const before = await describeClient(id);
      await session.client.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: id }));
      const reset = await describeClient(id);
      assertOnlyChanged(defaults, reset, ['ClientId', 'ClientSecret'], IDENTITY);
      assert.deepEqual([reset?.ClientName, reset?.ClientSecret], [before?.ClientName, before?.ClientSecret]);
    });
  });
});
