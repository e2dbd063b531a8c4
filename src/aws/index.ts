// Entry of the second bundle (dist/aws.js): everything that needs the AWS SDK. The extension
// requires it on the first call that talks to AWS (connection/lazyCognito.ts), never on activation.
export { createCognitoService } from './createService';
