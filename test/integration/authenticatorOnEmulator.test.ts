import * as assert from 'node:assert/strict';
import { AdminCreateUserCommand, AdminGetUserCommand, CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { setUpAuthenticatorForUser } from '../../src/commands/flows/auth/setUpAuthenticatorApp';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { authenticatorId } from '../../src/shared/rememberedAuthenticators';
import type { InputRequest } from '../../src/ui/prompter';
import { cognitoLocalEndpoint } from '../support/cognitoLocal';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun, type FlowRun } from '../support/flowHarness';
import { totpCode } from '../support/totp';
import type { Answer } from '../support/scriptedPrompter';
import { useEmulator } from '../support/sessionHooks';

// Set Up Authenticator App against a real cognito-local (AssociateSoftwareToken, VerifySoftwareToken and
// SetUserMFAPreference with an access token), through the extension's own wiring; the user's MFA settings are
// read back with a plain SDK client. The code typed is computed from the secret the view showed, by RFC 6238
// written out in test/support/totp.ts. cognito-local has no MFA_SETUP (Associate with a Session); the
// AWS-faithful double covers that.

const TEMPORARY = 'Temp-Passw0rd!';
const CHOSEN = 'Chosen-Passw0rd!totp';

describe('Set Up Authenticator App against cognito-local', function () {
  this.timeout(30_000);
  const emulator = useEmulator();
  let cognito: LazyCognito;
  let poolId: string;
  const poolName = `totp pool ${Date.now()}`;

  before(async () => {
    cognito = lazyCognito(() => ({ region: 'eu-central-2', endpoint: cognitoLocalEndpoint() }));
    poolId = (await emulator.client.send(new CreateUserPoolCommand({ PoolName: poolName, MfaConfiguration: 'OPTIONAL' }))).UserPool?.Id ?? '';
    await emulator.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }));
  });

  /** A user who has chosen a password (the new-password challenge answered once). */
  async function user(username: string): Promise<void> {
    await emulator.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, TemporaryPassword: TEMPORARY, MessageAction: 'SUPPRESS' }));
    await signInAsUser(run([{ pick: 'web' }, { input: TEMPORARY }, { input: CHOSEN }]).deps, target(username));
  }

  const target = (username: string) => ({ ...onDefault({ id: poolId, name: poolName }), username });

  function run(answers: Answer[], secrets?: Map<string, string>): FlowRun {
    const r = flowRun(answers);
    r.deps.connections = singleConnection(cognito);
    if (secrets) for (const [k, v] of secrets) r.secrets.set(k, v);
    return r;
  }

  it('enrols an authenticator app: the user has it enabled and preferred, and a remembered one signs in with no code typed', async () => {
    await user('dana');
    const setUp = typingTheAppsCode(run([{ pick: 'web' }, { input: CHOSEN }, { pick: 'Yes' }]));
    await setUpAuthenticatorForUser(setUp.deps, target('dana'));
    setUp.prompter.assertDone();

    const read = await emulator.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'dana' }));
    assert.deepEqual(read.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
    assert.equal(read.PreferredMfaSetting, 'SOFTWARE_TOKEN_MFA');
    const key = authenticatorId({ connectionId: target('dana').connectionId, userPoolId: poolId, username: 'dana' });
    assert.equal(setUp.secrets.get(key), shownSecret(setUp), 'the secret the view showed is the one remembered');

    // Signing in again: cognito-local asks SOFTWARE_TOKEN_MFA, answered from the remembered secret.
    const again = run([{ pick: 'web' }, { input: CHOSEN }], setUp.secrets);
    const session = await signInAsUser(again.deps, target('dana'));
    again.prompter.assertDone();
    assert.ok(session.tokens.accessToken);
    assert.ok(again.logLines.includes('Sign-in as dana: challenge SOFTWARE_TOKEN_MFA'), again.logLines.join('\n'));
  });

  it('a stale remembered secret is refused (CodeMismatch) and the code is asked for instead', async () => {
    await user('emil');
    const setUp = typingTheAppsCode(run([{ pick: 'web' }, { input: CHOSEN }, { pick: 'No' }]));
    await setUpAuthenticatorForUser(setUp.deps, target('emil'));
    const secret = shownSecret(setUp);

    const stale = new Map([[authenticatorId({ connectionId: target('emil').connectionId, userPoolId: poolId, username: 'emil' }), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ']]);
    const again = typingTheAppsCode(run([{ pick: 'web' }, { input: CHOSEN }], stale), secret);
    const session = await signInAsUser(again.deps, target('emil'));
    again.prompter.assertDone();
    assert.ok(session.tokens.accessToken);
    assert.equal(again.codesTyped, 1, 'one code typed after the refusal');
  });
});

/** The secret the set-up view showed (its first render). */
function shownSecret(run: FlowRun): string {
  const secret = run.authenticatorViews[0]?.model.sections[0].fields.find((f) => f.id === 'secret')?.value;
  assert.ok(secret, 'the view showed a secret');
  return secret;
}

/**
 * The person types what the authenticator app shows: each box asking for the app's code gets RFC 6238's code
 * of the secret the view showed (or of `secret`); every other question goes to the script.
 */
function typingTheAppsCode(run: FlowRun, secret?: string): FlowRun & { codesTyped: number } {
  const scripted = run.prompter;
  const typed = Object.assign(run, { codesTyped: 0 });
  run.deps.prompter = new Proxy(scripted, {
    get(target, name, receiver) {
      if (name !== 'input') return Reflect.get(target, name, receiver);
      return async (request: InputRequest) => {
        if (!/code (your authenticator app shows|from the authenticator app)/.test(request.prompt)) return target.input(request);
        typed.codesTyped += 1;
        const code = totpCode(secret ?? shownSecret(run), Date.now());
        assert.equal(request.validate?.(code), undefined);
        return code;
      };
    },
  });
  return typed;
}
