import { CognitoError, toCognitoError } from '../../shared/errors';
import type { ServiceContext } from '../serviceCall';

// Cognito Identity's and IAM's own refusals, each as one sentence saying what to do; anything else
// (credentials, network, throttling) as every Cognito call's (shared/errors.ts).

export function identityError(error: unknown, operation: string, service: 'cognito-identity' | 'iam', context: ServiceContext): CognitoError {
  if (error instanceof CognitoError) return error;
  const { name = 'Error', message = '' } = (typeof error === 'object' && error !== null ? error : {}) as { name?: string; message?: string };
  const make = (kind: CognitoError['kind'], sentence: string) => new CognitoError(sentence, kind, name);
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied': {
      // SetIdentityPoolRoles hands the roles to Cognito Identity, which IAM authorizes as iam:PassRole on each
      // role ("… is not authorized to perform: iam:PassRole on resource: <role ARN>").
      const passRole = /iam:PassRole on resource:\s*(arn:\S+?)\.?(\s|$)/.exec(message);
      if (passRole) return make('accessDenied', `Access denied: setting an identity pool's roles passes them to Cognito Identity, so your credentials need iam:PassRole on ${passRole[1]}; ask for it or choose another profile.`);
      return make('accessDenied', `Access denied: your credentials lack the IAM permission ${service}:${operation}; ask for it or choose another profile.`);
    }
    case 'ResourceNotFoundException':
    case 'NoSuchEntity':
      return make('notFound', 'That identity pool no longer exists; refresh the Cognito view.');
    case 'NotAuthorizedException':
      // GetId and GetCredentialsForIdentity: the token, or guest access, is what was refused.
      return /unauthenticated/i.test(message)
        ? make('signInRefused', 'This identity pool does not allow guest access; turn it on, or get credentials with a signed-in user.')
        : make('signInRefused', 'The identity pool refused the ID token: it does not trust this user pool and app client, or the token expired; refresh the tokens or add the client to the identity pool.');
    case 'InvalidIdentityPoolConfigurationException':
      return make('invalidParameter', 'The identity pool has no role for this kind of identity; set its roles first.');
    case 'LimitExceededException':
      return make('limitExceeded', 'The account has as many identity pools as its quota allows; delete one or ask AWS for more.');
    case 'InvalidParameterException':
      return make('invalidParameter', `Cognito Identity refused the request: ${message.split('\n')[0]}`);
    default: {
      const converted = toCognitoError(error, { operation, profile: context.profile, region: context.region, customEndpoint: context.customEndpoint });
      // An emulator without IAM answers ListRoles with something that is not IAM's XML (cognito-local: its own
      // JSON error), which the SDK cannot read: say what it means rather than "failed (Error)".
      if (service === 'iam' && context.customEndpoint && converted.kind === 'unknown') return new CognitoError(`This endpoint does not serve IAM's ${operation}; type the role's ARN instead.`, 'unsupported', name);
      return converted;
    }
  }
}
