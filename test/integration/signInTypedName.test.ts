import * as assert from 'node:assert/strict';
import { decodeJwt } from '../../src/auth/jwt';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { LazyCognito } from '../../src/connection/lazyCognito';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun } from '../unit/support/flowHarness';
import { PASSWORD, useSignInDouble } from './harness/signInDouble';

// A name typed at sign-in need not be Cognito's own name for the user: in a pool whose usernames are not
// case-sensitive (the default since 2020, UsernameConfiguration) "BOB" signs in as "bob". SRP answers the
// password verifier as USER_ID_FOR_SRP, and with a client secret its SECRET_HASH must be made over that
// name (API reference, RespondToAuthChallenge: "USERNAME … and SECRET_HASH" of the user Cognito named).
// The typed name differs from the internal one here, so hashing the wrong one fails.

describe('Sign In as User with a typed name that is not Cognito’s own, against the AWS-faithful double', function () {
  this.timeout(30_000);
  const context = useSignInDouble();

  it('signs in as "BOB" through a client with a secret, hashing the PASSWORD_VERIFIER answer over Cognito’s "bob"', async () => {
    const cognito = new LazyCognito(() => ({ region: 'eu-central-2', endpoint: context().double.endpoint }));
    const run = flowRun([{ pick: 'with-secret' }, { input: PASSWORD }]);
    run.deps.connections = singleConnection(cognito);
    const session = await signInAsUser(run.deps, { ...onDefault({ id: context().poolId, name: 'sign-in' }), username: 'BOB' });
    run.prompter.assertDone();
    assert.equal(session.client.hasSecret, true);
    assert.equal(decodeJwt(session.tokens.idToken ?? '').claims['cognito:username'], 'bob');
    const answer = context().double.calls.find((c) => c.operation === 'RespondToAuthChallenge')?.input as { ChallengeResponses?: Record<string, string> } | undefined;
    assert.equal(answer?.ChallengeResponses?.USERNAME, 'bob', 'the verifier is answered as USER_ID_FOR_SRP');
  });
});
