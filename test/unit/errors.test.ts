import * as assert from 'node:assert/strict';
import { CognitoError, toCognitoError, withRolePassed } from '../../src/shared/errors';
import { Cancelled, NothingToPick } from '../../src/ui/prompter';

function awsError(name: string, message = '', extra: object = {}) {
  return Object.assign(new Error(message), { name, $metadata: { requestId: 'req-1' } }, extra);
}

const context = { operation: 'AdminCreateUser', profile: 'dev', region: 'eu-west-1' };

describe('toCognitoError', () => {
  const cases: [string, string, RegExp, string][] = [
    ['UsernameExistsException', 'User account already exists', /already exists.*choose another username/, 'alreadyExists'],
    ['InvalidPasswordException', 'Password did not conform with policy: Password must have uppercase characters', /password policy \(password must have uppercase characters\)/, 'invalidPassword'],
    ['ResourceNotFoundException', 'User pool us-east-1_x does not exist.', /no longer exists; refresh/, 'notFound'],
    ['AccessDeniedException', 'User: arn:aws:iam::1:user/x is not authorized', /cognito-idp:AdminCreateUser/, 'accessDenied'],
    ['TooManyRequestsException', 'Too many requests', /throttling.*retry/, 'throttled'],
    ['ExpiredTokenException', 'The security token included in the request is expired', /^The AWS credentials of profile "dev" have expired; renew them \(for an SSO profile, run "aws sso login --profile dev"\), then try again\.$/, 'expiredSession'],
    ['ExpiredToken', 'The security token included in the request is expired', /credentials of profile "dev" have expired/, 'expiredSession'],
    ['CredentialsProviderError', 'Could not load credentials from any providers', /No AWS credentials were found/, 'noCredentials'],
    ['CredentialsProviderError', 'The SSO session associated with this profile has expired', /aws sso login --profile dev/, 'expiredSession'],
    ['UserLambdaValidationException', 'PreSignUp failed with error nope.', /Lambda trigger of this pool rejected/, 'triggerFailed'],
    ['CodeDeliveryFailureException', 'Unable to deliver', /could not send the invitation/, 'deliveryFailed'],
    ['InvalidSmsRoleAccessPolicyException', 'Role does not have permission', /SMS role cannot publish/, 'deliveryFailed'],
    ['LimitExceededException', 'Exceeded daily email limit for the operation or the account.', /daily e-mail limit/, 'limitExceeded'],
    ['InternalErrorException', 'Internal error', /internal error; retry/, 'internal'],
    ['UnrecognizedClientException', 'The security token included in the request is invalid.', /did not accept these credentials/, 'rejectedCredentials'],
    ['FeatureUnavailableInTierException', 'Feature is not available in the current tier.', /Essentials feature plan or higher; change the pool's plan/, 'invalidParameter'],
    ['RefreshTokenReuseException', 'Refresh token has been rotated.', /replaced by a newer one; sign in again/, 'signInRefused'],
  ];
  for (const [name, message, expected, kind] of cases) {
    it(`${name}: "${message.slice(0, 30)}…" → ${kind}`, () => {
      const error = toCognitoError(awsError(name, message), context);
      assert.ok(error instanceof CognitoError);
      assert.equal(error.kind, kind);
      assert.equal(error.awsName, name);
      assert.match(error.message, expected);
      assert.equal(error.message.split(/[.;] /).length >= 1 && !error.message.includes('\n'), true, 'one line');
    });
  }

  it('tells how to renew expired credentials without naming a profile when none is known', () => {
    const error = toCognitoError(awsError('ExpiredTokenException', 'The security token included in the request is expired'), { operation: 'CreateUserPool' });
    assert.equal(error.message, 'The AWS credentials have expired; renew them (for an SSO profile, run "aws sso login"), then try again.');
  });

  it('maps connection failures to an unreachable-endpoint sentence', () => {
    const error = toCognitoError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9229'), { code: 'ECONNREFUSED' }), context);
    assert.equal(error.kind, 'unreachable');
    assert.match(error.message, /Cannot reach the Cognito endpoint/);
  });

  it('blames the endpoint, not the region, when a custom endpoint does not resolve', () => {
    const error = toCognitoError(Object.assign(new Error('getaddrinfo ENOTFOUND emulator.invalid'), { code: 'ENOTFOUND' }), { ...context, customEndpoint: true });
    assert.equal(error.kind, 'unreachable');
  });

  it('reads a refused GetTokensFromRefreshToken as about the token, not the IAM credentials', () => {
    const error = toCognitoError(awsError('NotAuthorizedException', 'Invalid Refresh Token'), { ...context, operation: 'GetTokensFromRefreshToken' });
    assert.equal(error.kind, 'signInRefused');
    assert.equal(error.message, 'The refresh token has expired or was revoked; sign in again.');
  });

  it('names the region when its host does not resolve', () => {
    const error = toCognitoError(Object.assign(new Error('getaddrinfo ENOTFOUND cognito-idp.xx-nowhere-1.amazonaws.com'), { code: 'ENOTFOUND' }), context);
    assert.equal(error.kind, 'badRegion');
    assert.match(error.message, /region "eu-west-1"/);
  });

  it('names an invalid region', () => {
    const error = toCognitoError(new Error('Invalid region in client config'), { ...context, region: 'Europe' });
    assert.equal(error.kind, 'badRegion');
    assert.equal(error.message, '"Europe" is not a valid AWS region; choose one with "Cognito: Select Region".');
  });

  it('never repeats a value AWS echoes back in a validation message', () => {
    const error = toCognitoError(awsError('InvalidParameterException', "1 validation error detected: Value 'Hunter2!secret' at 'temporaryPassword' failed to satisfy constraint"), context);
    assert.equal(error.kind, 'invalidParameter');
    assert.doesNotMatch(error.message, /Hunter2/);
    assert.match(error.message, /Value at 'temporaryPassword'/);
  });

  it('gives unknown errors a generic sentence with the operation and error name only', () => {
    const error = toCognitoError(awsError('WeirdException', 'contains Secret123'), context);
    assert.equal(error.kind, 'unknown');
    assert.equal(error.message, 'AdminCreateUser failed (WeirdException); see the Cognito output channel and try again.');
  });

  it('passes a CognitoError through unchanged', () => {
    const original = new CognitoError('x', 'notFound');
    assert.equal(toCognitoError(original, context), original);
  });
});

describe('withRolePassed', () => {
  const role = 'arn:aws:iam::210987654321:role/ledger-sms';

  it('names iam:PassRole on the role beside the Cognito action when access is denied', () => {
    for (const name of ['AccessDeniedException', 'NotAuthorizedException']) {
      const denied = toCognitoError(awsError(name, 'not authorized', { $metadata: { attempts: 2 } }), { operation: 'UpdateUserPool', region: 'eu-west-1' });
      const named = withRolePassed(denied, 'UpdateUserPool', role);
      assert.equal(named.message, `Access denied: UpdateUserPool hands Cognito the pool's SMS role, so your credentials need both cognito-idp:UpdateUserPool and iam:PassRole on ${role}; ask for them or choose another profile.`);
      assert.deepEqual([named.kind, named.awsName], ['accessDenied', name]);
    }
  });

  it('leaves every other failure as it was', () => {
    const throttled = new CognitoError('Cognito is throttling requests right now; wait a moment and retry.', 'throttled', 'TooManyRequestsException');
    assert.equal(withRolePassed(throttled, 'UpdateUserPool', role), throttled);
  });
});

describe('classes shared by the bundles answer instanceof for every copy', () => {
  // Another bundle's copy of a class: a different constructor whose instances carry the same registry mark.
  const otherCopy = (name: string) =>
    class extends Error {
      constructor(message?: string) {
        super(message);
        Object.defineProperty(this, Symbol.for(`cognito-user-pools/${name}`), { value: true });
      }
    };

  it('passes another bundle\'s CognitoError through unchanged, attempts included', () => {
    const Foreign = otherCopy('CognitoError');
    const foreign = Object.assign(new Foreign('Cognito is throttling requests right now; wait a moment and retry.'), { name: 'CognitoError', kind: 'throttled', awsName: 'TooManyRequestsException', attempts: 3 });
    assert.ok(foreign instanceof CognitoError);
    assert.equal(toCognitoError(foreign, { operation: 'listUsers' }), foreign);
  });

  it('marks Cancelled and NothingToPick the same way', () => {
    assert.ok(new (otherCopy('Cancelled'))() instanceof Cancelled);
    assert.ok(new (otherCopy('NothingToPick'))() instanceof NothingToPick);
    assert.ok(!(new (otherCopy('Cancelled'))() instanceof NothingToPick));
  });

  it('does not take an unmarked error for one, whatever its name', () => {
    const named = Object.assign(new Error('x'), { name: 'CognitoError', kind: 'throttled' });
    assert.ok(!(named instanceof CognitoError));
    assert.ok(!(new Error('Cancelled by the user') instanceof Cancelled));
    assert.equal(toCognitoError(named, { operation: 'listUsers' }).kind, 'unknown');
  });
});
