// Entry of the bench's "eager" variant of dist/extension.js: the same extension, but the AWS bundle is
// required when extension.js loads, as it would be without the lazy split. test/bench/build.ts maps the
// import below to require('./aws.js') (the production dist/aws.js, copied next to it), like esbuild.js does.
// Only built by the bench; never shipped.
import '../../src/aws/index';

export { activate, deactivate } from '../../src/extension';
