import * as assert from 'node:assert/strict';
import { CognitoError, toCognitoError, type ErrorContext } from '../../src/shared/errors';

// Each AWS error as the one sentence the person reads, with its kind and the AWS name kept for the log;
// values AWS echoes back in a message (a password) never reach the sentence.

function sentence(error: object, context: Partial<ErrorContext> = {}): [string, string, string | undefined] {
  const mapped = toCognitoError(error, { operation: 'AdminCreateUser', ...context });
  return [mapped.kind, mapped.message, mapped.awsName];
}

const aws = (name: string, message = '') => ({ name, message });

describe('error sentences', () => {
  it('says which IAM permission is missing, and tells IAM refusals from sign-in refusals', () => {
    assert.deepEqual(sentence(aws('AccessDeniedException'), { operation: 'ListUsers' }), ['accessDenied', 'Access denied: your credentials lack the IAM permission cognito-idp:ListUsers; ask for it or choose another profile.', 'AccessDeniedException']);
    assert.deepEqual(sentence(aws('AccessDenied'), { operation: 'DeleteUserPool' })[1], 'Access denied: your credentials lack the IAM permission cognito-idp:DeleteUserPool; ask for it or choose another profile.');
    assert.deepEqual(sentence(aws('NotAuthorizedException', 'not authorized'), { operation: 'ListUserPools' }), ['accessDenied', "Cognito refused ListUserPools for these credentials; check the profile's permissions.", 'NotAuthorizedException']);
    for (const operation of ['InitiateAuth', 'AdminInitiateAuth', 'RespondToAuthChallenge', 'AdminRespondToAuthChallenge', 'RevokeToken']) {
      assert.equal(sentence(aws('NotAuthorizedException', 'Invalid session for the user, session is expired.'), { operation })[1], 'The sign-in session expired before the challenge was answered; sign in again.', operation);
    }
    assert.equal(
      sentence(aws('NotAuthorizedException', 'Invalid session for the user, session can only be used once.'), { operation: 'RespondToAuthChallenge' })[1],
      'Cognito takes one answer per sign-in session; sign in again to get a new code.',
    );
    assert.equal(sentence(aws('Unsupported', 'InitAuth with AuthFlow=USER_AUTH'), { operation: 'InitiateAuth' })[1], 'This Cognito endpoint does not support InitiateAuth with choice-based sign-in (USER_AUTH); it works against AWS.');
    assert.equal(sentence(aws('NotAuthorizedException', 'Temporary password has expired and must be reset by an administrator.'), { operation: 'InitiateAuth' })[1], 'The temporary password has expired; set a new one for the user, then sign in.');
  });

  it('names the password rule that was broken, and reads a wrong sign-in password as such', () => {
    assert.deepEqual(sentence(aws('InvalidPasswordException', 'Password did not conform with policy: Password must have uppercase characters.')), [
      'invalidPassword',
      "The password does not meet the pool's password policy (password must have uppercase characters); choose a stronger one.",
      'InvalidPasswordException',
    ]);
    assert.equal(sentence(aws('InvalidPasswordException', 'Password did not conform with policy'))[1], "The password does not meet the pool's password policy (see the pool settings); choose a stronger one.");
    assert.equal(sentence(aws('InvalidPasswordException', 'Bad: a: b'))[1], "The password does not meet the pool's password policy (a: b); choose a stronger one.");
    for (const operation of ['InitiateAuth', 'AdminInitiateAuth']) {
      assert.deepEqual(sentence(aws('InvalidPasswordException', 'Invalid password'), { operation }).slice(0, 2), ['signInRefused', 'Incorrect username or password; check them and sign in again.']);
    }
  });

  it('keeps the first sentence of an invalid-parameter message, without values AWS echoes back', () => {
    const invalid = (message: string) => sentence(aws('InvalidParameterException', message))[1];
    assert.equal(invalid('Username should be an email. Another sentence.'), 'Cognito rejected the request: Username should be an email; correct the input and try again.');
    assert.equal(
      invalid("1 validation error detected: Value 'Hunter2 secret' at 'password' failed to satisfy constraint."),
      "Cognito rejected the request: 1 validation error detected: Value at 'password' failed to satisfy constraint; correct the input and try again.",
    );
    assert.equal(invalid("Invalid value 'pa55' for x"), 'Cognito rejected the request: Invalid value for x; correct the input and try again.');
    assert.equal(invalid(''), 'Cognito rejected the request: a parameter is invalid; correct the input and try again.');
    assert.equal(invalid('No full stop here'), 'Cognito rejected the request: No full stop here; correct the input and try again.');
  });

  it('tells the e-mail limit from the other limits', () => {
    assert.deepEqual(sentence(aws('LimitExceededException'), { operation: 'AdminCreateUser' }).slice(0, 2), ['limitExceeded', "The pool's daily e-mail limit was reached; send no invitation, or set up Amazon SES for the pool."]);
    assert.deepEqual(sentence(aws('LimitExceededException'), { operation: 'CreateUserPool' }).slice(0, 2), ['limitExceeded', 'An account limit for Cognito was reached; delete unused resources or request a quota increase.']);
  });

  it('sends an expired SSO session to "aws sso login", with the profile when there is one', () => {
    const login = 'Your AWS session is missing or expired; run "aws sso login --profile dev" and refresh.';
    for (const error of [aws('TokenRefreshRequired'), aws('CredentialsProviderError', 'The SSO session has expired'), aws('Error', 'The SSO token is expired')]) {
      assert.deepEqual(sentence(error, { profile: 'dev' }).slice(0, 2), ['expiredSession', login], JSON.stringify(error));
    }
    assert.equal(sentence(aws('TokenRefreshRequired'))[1], 'Your AWS session is missing or expired; run "aws sso login" and refresh.');
    // AWS refusing session keys it once took: any kind of session keys, so renewing is the advice, SSO the example.
    const renew = 'The AWS credentials of profile "dev" have expired; renew them (for an SSO profile, run "aws sso login --profile dev"), then try again.';
    for (const error of [aws('ExpiredTokenException'), aws('ExpiredToken')]) {
      assert.deepEqual(sentence(error, { profile: 'dev' }).slice(0, 2), ['expiredSession', renew], JSON.stringify(error));
    }
    assert.equal(sentence(aws('ExpiredTokenException'))[1], 'The AWS credentials have expired; renew them (for an SSO profile, run "aws sso login"), then try again.');
    assert.deepEqual(sentence(aws('CredentialsProviderError', 'Could not load credentials from any providers')).slice(0, 2), ['noCredentials', 'No AWS credentials were found; select a profile, set an endpoint for a local emulator, or configure the AWS CLI.']);
  });

  it('blames the region only when AWS’s own endpoint cannot be found, and the network otherwise', () => {
    const unreachable = 'Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.';
    assert.deepEqual(sentence({ name: 'Error', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND cognito-idp.xx-1' }, { region: 'xx-1' }).slice(0, 2), ['badRegion', 'Cannot reach Cognito in region "xx-1"; check the region and your network connection.']);
    assert.deepEqual(sentence({ name: 'Error', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND localhost' }, { region: 'xx-1', customEndpoint: true }).slice(0, 2), ['unreachable', unreachable]);
    assert.deepEqual(sentence({ name: 'Error', code: 'ENOTFOUND', message: 'x' }).slice(0, 2), ['unreachable', unreachable]);
    assert.deepEqual(sentence({ name: 'ECONNRESET', message: '' }).slice(0, 2), ['unreachable', unreachable]);
    assert.deepEqual(sentence({ name: 'Error', message: 'socket hang up' }).slice(0, 2), ['unreachable', unreachable]);
    assert.deepEqual(sentence(aws('Error', 'Invalid region in client config'), { region: 'mars-1' }).slice(0, 2), ['badRegion', '"mars-1" is not a valid AWS region; choose one with "Cognito: Select Region".']);
    assert.deepEqual(sentence(aws('Error', 'Invalid region in client config')).slice(0, 2), ['unknown', 'AdminCreateUser failed (Error); see the Cognito output channel and try again.']);
  });

  it('keeps a CognitoError as it is (errors.test.ts: from any bundle), and names the unknown', () => {
    const own = new CognitoError('Mine.', 'throttled', 'X');
    assert.equal(toCognitoError(own, { operation: 'ListUsers' }), own);
    assert.deepEqual(sentence({ name: 'CognitoError', message: 'no kind' }).slice(0, 2), ['unknown', 'AdminCreateUser failed (CognitoError); see the Cognito output channel and try again.']);
    for (const odd of [null, 'text', 42, undefined]) {
      assert.deepEqual(toCognitoError(odd, { operation: 'ListUsers' }).message, 'ListUsers failed (Error); see the Cognito output channel and try again.', String(odd));
    }
  });
});
