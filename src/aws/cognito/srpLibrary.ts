// cognito-srp-helper through its ES module build, as the rest of aws.js imports packages (its CommonJS build
// expects a CommonJS crypto-js, which esbuild.js replaces with src/aws/cryptoJsForSrp.ts). authCalls.ts requires
// this file on the first SRP sign-in, so the library and its big-number code start then, not with aws.js.
export { createSrpSession, signSrpSession, wrapAuthChallenge, wrapInitiateAuth } from 'cognito-srp-helper';
