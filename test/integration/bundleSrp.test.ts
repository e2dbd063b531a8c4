import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { repoRoot } from '../runners/paths';
import { PASSWORD, useSignInDouble } from '../support/signInDouble';

// The AWS bundle as esbuild builds it (dist/aws.js, with crypto-js trimmed to what SRP uses and Node's own
// Buffer instead of the polyfill) signs in with SRP, with and without a client secret: the trimming must
// leave everything cognito-srp-helper calls.

type AwsBundle = typeof import('../../src/aws/index');

describe('the built AWS bundle signs in with SRP', function () {
  this.timeout(30_000);
  const context = useSignInDouble();

  for (const clientName of ['open', 'with-secret']) {
    it(`through the app client "${clientName}"`, async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const bundle = require(path.join(repoRoot(), 'dist', 'aws.js')) as AwsBundle;
      const { service } = await bundle.createCognitoService({ endpoint: context().double.endpoint, region: 'us-east-1' });
      const client = context().appClient(clientName);
      const step = await service.auth.signIn({ userPoolId: context().poolId, clientId: client.clientId, hasSecret: clientName === 'with-secret', flow: 'USER_SRP_AUTH', username: 'alice', password: PASSWORD });
      assert.equal(step.kind, 'signedIn');
      const srpCalls = context().double.calls.filter((c) => c.operation === 'RespondToAuthChallenge' && (c.input as { ChallengeName?: string }).ChallengeName === 'PASSWORD_VERIFIER');
      assert.ok(srpCalls.length > 0, 'the password proof went through PASSWORD_VERIFIER');
    });
  }
});
