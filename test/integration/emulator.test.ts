// Checks the harness itself: a real cognito-local answers the Cognito API on the endpoint the fixture exposes,
// and its pools take plain usernames (the config the harness writes). Talks to the SDK directly on purpose.
import * as assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  CreateUserPoolCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { useEmulator } from '../support/sessionHooks';

describe('cognito-local emulator', () => {
  const emulator = useEmulator();

  it('creates a user pool and lists it back', async () => {
    const created = await emulator.client.send(new CreateUserPoolCommand({ PoolName: 'emulator-smoke' }));
    const poolId = created.UserPool?.Id;
    assert.match(poolId ?? '', /^local_\w+$/);

    const listed = await emulator.client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    const pool = listed.UserPools?.find((p) => p.Id === poolId);
    assert.equal(pool?.Name, 'emulator-smoke');
  });

  it('accepts a plain username (pools are not e-mail-username pools)', async () => {
    const created = await emulator.client.send(new CreateUserPoolCommand({ PoolName: 'plain-usernames' }));
    const user = await emulator.client.send(
      new AdminCreateUserCommand({ UserPoolId: created.UserPool?.Id, Username: 'alice', MessageAction: 'SUPPRESS' }),
    );
    assert.equal(user.User?.Username, 'alice');
  });
});
