// Entry of the second bundle (dist/aws.js): everything that needs the AWS SDK or reads the AWS
// config files. The extension requires it on the first call that needs AWS (connection/awsBundle.ts),
// never on activation.
export { createCognitoService } from './createService';
export { listProfiles, resolveRegion } from './profiles';
export { verifyTokens } from './verifyTokens';
