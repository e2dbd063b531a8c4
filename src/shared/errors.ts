// Turns whatever a Cognito call throws into one CognitoError whose message is a single sentence
// that says what happened and what to do. The message is built only from the error's name, the
// operation and ids we chose to pass: never from request parameters, so no password or secret can
// leak into it.

import { crossBundleError } from './crossBundleClass';

export type CognitoErrorKind =
  | 'alreadyExists'
  | 'invalidPassword'
  | 'notFound'
  | 'accessDenied'
  | 'throttled'
  | 'limitExceeded'
  | 'invalidParameter'
  | 'expiredSession'
  | 'rejectedCredentials'
  | 'noCredentials'
  | 'missingProfile'
  | 'unreachable'
  | 'badRegion'
  | 'triggerFailed'
  | 'deliveryFailed'
  | 'internal'
  | 'signInRefused'
  | 'unsupported'
  | 'unknown';

/** `instanceof CognitoError` is true for a CognitoError from any of the extension's bundles (crossBundleClass.ts). */
export class CognitoError extends crossBundleError('CognitoError') {
  constructor(
    message: string,
    readonly kind: CognitoErrorKind,
    /** The AWS error name, e.g. UsernameExistsException, for the log. */
    readonly awsName?: string,
  ) {
    super(message);
  }

  /** How many attempts the SDK made (its retries included), when the call failed there. */
  attempts?: number;
}

export interface ErrorContext {
  /** The Cognito API operation, e.g. AdminCreateUser; names the IAM action when access is denied. */
  operation: string;
  /** The SSO profile in use, to name it in "run aws sso login --profile X". */
  profile?: string;
  region?: string;
  /** Requests go to cognito.endpoint (an emulator), so a failed look-up is not the region's fault. */
  customEndpoint?: boolean;
}

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
}

/** Operations that sign a user in: their NotAuthorizedException is about the user, not the IAM credentials. */
const SIGN_IN_OPERATIONS = new Set(['InitiateAuth', 'AdminInitiateAuth', 'RespondToAuthChallenge', 'AdminRespondToAuthChallenge', 'RevokeToken', 'GetTokensFromRefreshToken']);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/** AWS errors whose sentence depends on nothing but their name. */
const FIXED_SENTENCES: Record<string, [CognitoErrorKind, string]> = {
  UsernameExistsException: ['alreadyExists', 'A user with that username already exists in this pool; choose another username.'],
  AliasExistsException: ['alreadyExists', 'Another user already uses that e-mail address or phone number; use a different one.'],
  ResourceNotFoundException: ['notFound', 'That user pool or app client no longer exists; refresh the Cognito view.'],
  TooManyRequestsException: ['throttled', 'Cognito is throttling requests right now; wait a moment and retry.'],
  ThrottlingException: ['throttled', 'Cognito is throttling requests right now; wait a moment and retry.'],
  UnrecognizedClientException: ['rejectedCredentials', 'AWS did not accept these credentials; check the access keys of the selected profile.'],
  InvalidClientTokenId: ['rejectedCredentials', 'AWS did not accept these credentials; check the access keys of the selected profile.'],
  InvalidSignatureException: ['rejectedCredentials', 'AWS did not accept these credentials; check the access keys of the selected profile.'],
  SignatureDoesNotMatch: ['rejectedCredentials', 'AWS did not accept these credentials; check the access keys of the selected profile.'],
  UserLambdaValidationException: ['triggerFailed', "A Lambda trigger of this pool rejected the request; check the trigger's CloudWatch logs."],
  UnexpectedLambdaException: ['triggerFailed', "A Lambda trigger of this pool failed; check the trigger's CloudWatch logs."],
  InvalidLambdaResponseException: ['triggerFailed', "A Lambda trigger of this pool answered in a form Cognito cannot use; check the trigger's code."],
  CodeDeliveryFailureException: ['deliveryFailed', "Cognito could not send the invitation; check the pool's e-mail and SMS settings, or send no invitation and type a password."],
  InvalidSmsRoleAccessPolicyException: ['deliveryFailed', "This pool's SMS role cannot publish through Amazon SNS; fix the role or send the invitation by e-mail."],
  InvalidSmsRoleTrustRelationshipException: ['deliveryFailed', "Cognito cannot assume this pool's SMS role; fix its trust policy or send the invitation by e-mail."],
  InvalidEmailRoleAccessPolicyException: ['deliveryFailed', "Cognito cannot send e-mail with this pool's Amazon SES identity; check its sending authorization."],
  InternalErrorException: ['internal', 'Cognito had an internal error; retry in a moment.'],
  AnswerLost: ['unreachable', "Cognito's answer was lost on the way; refresh the view to see whether the change happened, then try again if not."],
  UserNotConfirmedException: ['signInRefused', 'This user has not confirmed the sign-up yet; confirm the user first, then sign in.'],
  PasswordResetRequiredException: ['signInRefused', 'This user must reset the password first; set a new password for the user, then sign in.'],
  UserNotFoundException: ['notFound', 'There is no user with that username in this pool; check the username.'],
  CodeMismatchException: ['signInRefused', 'That code is not the one Cognito sent or expects; check it and sign in again.'],
  // VerifySoftwareToken's answer to a code that does not match the associated secret (API reference, Errors).
  EnableSoftwareTokenMFAException: ['signInRefused', "That code does not match the authenticator app's secret; wait for the app's next code and try again."],
  ExpiredCodeException: ['signInRefused', 'That code has expired; sign in again to get a new one.'],
  UnsupportedTokenTypeException: ['unsupported', 'This token cannot be revoked; it was forgotten here all the same.'],
  // CreateManagedLoginBranding for an app client that has a style already (API reference, Errors).
  ManagedLoginBrandingExistsException: ['alreadyExists', 'This app client already has a managed login branding style; it needs no default one.'],
  GroupExistsException: ['alreadyExists', 'A group with that name already exists in this pool; choose another name.'],
  // An app client's AllowedOAuthScopes names a custom scope no resource server of the pool defines (any more).
  ScopeDoesNotExistException: ['invalidParameter', "A scope the app client names is not defined by the pool's resource servers; choose only listed scopes, or add the scope to its resource server first."],
  // A rotating app client's refresh token after the newer one replaced it and its grace period ran out.
  RefreshTokenReuseException: ['signInRefused', 'This refresh token was replaced by a newer one; sign in again.'],
  // Choice-based sign-in, passkeys and some other settings need the Essentials plan or higher.
  FeatureUnavailableInTierException: ['invalidParameter', "This setting needs the user pool's Essentials feature plan or higher; change the pool's plan, or choose another setting."],
  UnsupportedUserStateException: ['invalidParameter', "This can be done only for a user who has not signed in yet (FORCE_CHANGE_PASSWORD); the user's state has changed, so refresh the view."],
};

export function toCognitoError(error: unknown, context: ErrorContext): CognitoError {
  if (error instanceof CognitoError) return error;
  const { name = 'Error', code, message = '' } = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const make = (kind: CognitoErrorKind, sentence: string) => new CognitoError(sentence, kind, name);
  const expiredSession = () => make('expiredSession', `Your AWS session is missing or expired; run "aws sso login${context.profile ? ` --profile ${context.profile}` : ''}" and refresh.`);

  // DescribeResourceServer, UpdateResourceServer, DeleteResourceServer: the server went (another window, the console).
  if (name === 'ResourceNotFoundException' && context.operation.endsWith('ResourceServer')) return make('notFound', 'That resource server no longer exists; refresh the Cognito view.');
  const fixed = FIXED_SENTENCES[name];
  if (fixed) return make(...fixed);
  switch (name) {
    case 'InvalidPasswordException':
      // Starting a sign-in checks no policy: AWS answers a wrong password with NotAuthorizedException,
      // cognito-local with InvalidPasswordException. Either way the password did not match.
      if (context.operation === 'InitiateAuth' || context.operation === 'AdminInitiateAuth') return make('signInRefused', signInRefusal(''));
      return make('invalidPassword', `The password does not meet the pool's password policy (${passwordRule(message)}); choose a stronger one.`);
    case 'AccessDeniedException':
    case 'AccessDenied':
      return make('accessDenied', `Access denied: your credentials lack the IAM permission cognito-idp:${context.operation}; ask for it or choose another profile.`);
    case 'NotAuthorizedException':
      if (SIGN_IN_OPERATIONS.has(context.operation)) return make('signInRefused', signInRefusal(message));
      return make('accessDenied', `Cognito refused ${context.operation} for these credentials; check the profile's permissions.`);
    case 'Unsupported':
      // cognito-local answers what it does not implement with CognitoLocal#Unsupported.
      return make('unsupported', `This Cognito endpoint does not support ${unsupportedWhat(context.operation, message)}; it works against AWS.`);
    case 'LimitExceededException':
      return context.operation === 'AdminCreateUser'
        ? make('limitExceeded', "The pool's daily e-mail limit was reached; send no invitation, or set up Amazon SES for the pool.")
        : make('limitExceeded', 'An account limit for Cognito was reached; delete unused resources or request a quota increase.');
    case 'InvalidOAuthFlowException':
      // The OAuth flows, scopes and URLs of an app client do not go together (CreateUserPoolClient's rules).
      return make('invalidParameter', `Cognito refused these OAuth settings: ${firstSentence(message)}; change them and try again.`);
    case 'InvalidParameterException':
      return make('invalidParameter', `Cognito rejected the request: ${firstSentence(message)}; correct the input and try again.`);
    case 'ExpiredTokenException':
    case 'ExpiredToken':
      // AWS refused credentials it once accepted: session keys (SSO, an assumed role, a credential process,
      // temporary keys in the file) that ran out, possibly between two steps of a flow.
      return make('expiredSession', `The AWS credentials${context.profile ? ` of profile "${context.profile}"` : ''} have expired; renew them (for an SSO profile, run "aws sso login${context.profile ? ` --profile ${context.profile}` : ''}"), then try again.`);
    case 'TokenRefreshRequired':
      return expiredSession();
    case 'CredentialsProviderError':
      if (/sso/i.test(message)) return expiredSession();
      return make('noCredentials', 'No AWS credentials were found; select a profile, set an endpoint for a local emulator, or configure the AWS CLI.');
  }
  if (/invalid region|region not accepted/i.test(message) && context.region) {
    return make('badRegion', `"${context.region}" is not a valid AWS region; choose one with "Cognito: Select Region".`);
  }
  if (/sso.*(expired|refresh)|token.*expired/i.test(message)) return expiredSession();
  if ((code && NETWORK_CODES.has(code)) || NETWORK_CODES.has(name) || /ECONNREFUSED|ENOTFOUND|socket hang up/i.test(message)) {
    if (/ENOTFOUND/.test(`${code} ${name} ${message}`) && context.region && !context.customEndpoint) {
      return make('badRegion', `Cannot reach Cognito in region "${context.region}"; check the region and your network connection.`);
    }
    return make('unreachable', 'Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.');
  }
  return make('unknown', `${context.operation} failed (${name}); see the Cognito output channel and try again.`);
}

/**
 * A refused request that hands Cognito an IAM role (UpdateUserPool re-sends the pool's SmsConfiguration,
 * whose SnsCallerArn is the role Cognito sends SMS with): passing a role needs iam:PassRole on it beside
 * the Cognito action (Service Authorization Reference, Amazon Cognito User Pools: iam:PassRole is a
 * dependent action of CreateUserPool and UpdateUserPool). Names both, and the role: an ARN, no secret.
 */
export function withRolePassed(error: CognitoError, operation: string, roleArn: string): CognitoError {
  if (error.kind !== 'accessDenied') return error;
  const named = new CognitoError(
    `Access denied: ${operation} hands Cognito the pool's SMS role, so your credentials need both cognito-idp:${operation} and iam:PassRole on ${roleArn}; ask for them or choose another profile.`,
    'accessDenied',
    error.awsName,
  );
  named.attempts = error.attempts;
  return named;
}

/** What an emulator could not do, named by the operation and the option it names (never a value). */
function unsupportedWhat(operation: string, message: string): string {
  if (/AuthFlow=USER_SRP_AUTH/.test(message)) return `${operation} with SRP`;
  if (/AuthFlow=USER_AUTH/.test(message)) return `${operation} with choice-based sign-in (USER_AUTH)`;
  if (/MessageAction=RESEND/.test(message)) return 'resending invitations (AdminCreateUser with MessageAction RESEND)';
  return operation;
}

/** NotAuthorizedException while signing in: what Cognito's message says went wrong, as one sentence. */
function signInRefusal(message: string): string {
  if (/disabled/i.test(message)) return 'This user is disabled; enable the user, then sign in.';
  if (/secret hash/i.test(message)) return "Cognito could not verify the SECRET_HASH for this app client; refresh the view in case the client's secret changed.";
  if (/attempts exceeded/i.test(message)) return 'Too many failed sign-ins for this user; wait a few minutes, then try again.';
  if (/refresh token/i.test(message)) return 'The refresh token has expired or was revoked; sign in again.';
  // "Invalid session for the user, session can only be used once." after a wrong code (reapit/foundations#9684).
  if (/used once/i.test(message)) return 'Cognito takes one answer per sign-in session; sign in again to get a new code.';
  if (/session/i.test(message)) return 'The sign-in session expired before the challenge was answered; sign in again.';
  if (/temporary password has expired/i.test(message)) return 'The temporary password has expired; set a new one for the user, then sign in.';
  return 'Incorrect username or password; check them and sign in again.';
}

/** "Password did not conform with policy: Password must have uppercase characters" → the rule part. */
function passwordRule(message: string): string {
  const rule = message.split(':').slice(1).join(':').trim() || 'see the pool settings';
  return rule.replace(/\.$/, '').toLowerCase();
}

/** The first sentence of an AWS message, without any value AWS echoes back (it could be a password). */
function firstSentence(message: string): string {
  const withoutValues = message.replace(/Value '[^]*?' at/g, 'Value at').replace(/\b(value|Value)\s+'[^']*'/g, '$1');
  return (withoutValues.split(/(?<=\.)\s/)[0] ?? withoutValues).replace(/\.$/, '') || 'a parameter is invalid';
}
