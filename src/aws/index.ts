// Entry of the AWS bundle (dist/aws.js): everything that imports the AWS SDK or reads the AWS config files
// lives under src/aws/ (the Cognito calls in src/aws/cognito/). Nothing outside src/aws/ imports it at run time
// but src/aws/awsBundle.ts, which requires this file (esbuild makes that require('./aws.js')), on the
// first call that needs AWS, never on activation.
export { createCognitoService } from './createService';
export { listProfiles, resolveRegion } from './profiles';
import type { AuthenticatorKit } from '../commands/flows/deps';
import type { TokensToVerify } from './signIn/index';
import { signInBundle } from './signInBundle';

/** The tokens' signature check, in dist/signin.js (aws-jwt-verify), loaded on the first check. */
export const verifyTokens = (input: TokensToVerify) => signInBundle().verifyTokens(input);

/** TOTP codes and the set-up's QR code, in dist/signin.js (otpauth, qrcode), loaded on the first use. */
export const authenticatorKit: AuthenticatorKit = {
  uri: (issuer, account, secret) => signInBundle().authenticatorUri(issuer, account, secret),
  code: (secret, now) => signInBundle().totpCode(secret, now),
  qrImage: (id, text, alt) => signInBundle().qrCodeImage(id, text, alt),
};
