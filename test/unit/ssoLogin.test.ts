import * as assert from 'node:assert/strict';
import { ssoLoginCommand } from '../../src/commands/ssoLoginCommand';
import { CognitoError } from '../../src/shared/errors';

// Sign In with AWS SSO runs `aws` with the profile as one argument, and only for a profile of the person's config.

describe('the AWS SSO sign-in command', () => {
  const profiles = [{ name: 'corp-sso' }, { name: "team's prod; echo $HOME & dir" }, { name: 'default' }];

  it('runs aws sso login with the profile as its own argument', () => {
    assert.deepEqual(ssoLoginCommand('corp-sso', profiles), { shellPath: 'aws', shellArgs: ['sso', 'login', '--profile', 'corp-sso'] });
  });

  it('passes a name with quotes, spaces and shell characters whole, unquoted, since no shell reads it', () => {
    const name = "team's prod; echo $HOME & dir";
    assert.deepEqual(ssoLoginCommand(name, profiles).shellArgs, ['sso', 'login', '--profile', name]);
  });

  it('refuses a profile that is not in the AWS config, with a sentence saying what to do', () => {
    for (const name of ['production-from-the-workspace', 'corp-sso ', 'Corp-SSO']) {
      assert.throws(
        () => ssoLoginCommand(name, profiles),
        (error: unknown) => error instanceof CognitoError && error.kind === 'missingProfile' && error.message === `The AWS profile "${name}" is not in your AWS config; add it with "aws configure sso", then sign in again.`,
      );
    }
    assert.throws(() => ssoLoginCommand('default', []), CognitoError, 'not even "default" when the config has none');
  });
});
