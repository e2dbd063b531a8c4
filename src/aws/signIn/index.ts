// Entry of the sign-in bundle (dist/signin.js): what only Sign In as User and its Tokens view need — the SRP
// computation (cognito-srp-helper with its big-number code) and the tokens' signature check (aws-jwt-verify).
// Kept out of dist/aws.js, so the first AWS call (the tree's pools) does not load or compile them; required by
// src/aws/signInBundle.ts on the first SRP sign-in or the first check of a sign-in's tokens.
export { createSrpSession, signSrpSession, wrapAuthChallenge, wrapInitiateAuth } from './srpLibrary';
export { verifyTokens, type TokensToVerify } from './verifyTokens';
