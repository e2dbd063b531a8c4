// cognito-srp-helper through its ES module build, as the rest of the AWS code imports packages (its CommonJS
// build expects a CommonJS crypto-js, which esbuild.js replaces with src/aws/cryptoJsForSrp.ts).
export { createSrpSession, signSrpSession, wrapAuthChallenge, wrapInitiateAuth } from 'cognito-srp-helper';
