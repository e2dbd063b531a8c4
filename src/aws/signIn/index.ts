// Entry of the sign-in bundle (dist/signin.js): what only Sign In as User and its Tokens view need — the SRP
// computation (cognito-srp-helper with its big-number code) and the tokens' signature check (aws-jwt-verify).
// Kept out of dist/aws.js, so the first AWS call (the tree's pools) does not load or compile them; required by
// src/aws/signInBundle.ts on the first SRP sign-in or the first check of a sign-in's tokens.
export { createSrpSession, signSrpSession, wrapAuthChallenge, wrapInitiateAuth } from './srpLibrary';
export { verifyTokens, type TokensToVerify } from './verifyTokens';
// The authenticator set-up's QR code and TOTP codes (qrcode, otpauth): only Set Up Authenticator App and a
// remembered authenticator use them, so they load here rather than with the first command.
export { authenticatorUri, totpCode } from '../../auth/totpCodes';
export { qrCodeImage } from '../../views/models/qrCodeImage';
