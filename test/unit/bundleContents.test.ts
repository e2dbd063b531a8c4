// Which sources land in which bundle, read from esbuild's metafile of a build with esbuild.js's own options:
// the AWS SDK (and the code under src/aws/ that calls it) must be in dist/aws.js only, so activation
// (extension.js) and the first view or command (core.js, features.js) never load it; the Lambda client
// (src/aws/lambda/) in dist/lambda.js only, so the Cognito calls never load it either, and likewise the Cognito
// Identity and IAM clients (src/aws/identity/) in dist/identity.js; SRP and the tokens'
// signature check (src/aws/signIn/) in dist/signin.js only, so the first AWS call does not load them. The lint rule in
// eslint.config.mjs catches the imports that would break this; this test checks the bundles themselves,
// which also catches a require() or a shared file the lint rule cannot see.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../runners/paths';

const SDK = /(^|\/)node_modules\/(@aws-sdk|@smithy)\//;
const LAMBDA_SDK = /(^|\/)node_modules\/@aws-sdk\/client-lambda\//;
/** The loader of dist/aws.js lives beside it in src/aws/ but runs in the bundle that loads aws.js (core.js). */
const AWS_LOADER = ['src/aws/awsBundle.ts', 'src/aws/compiledBundle.ts'];
/** The same for dist/lambda.js and dist/identity.js. */
const LAMBDA_LOADER = ['src/aws/lambdaBundle.ts'];
const IDENTITY_LOADER = ['src/aws/identityBundle.ts'];
const IDENTITY_SDK = /(^|\/)node_modules\/@aws-sdk\/client-(cognito-identity|iam)\//;
/** The same for dist/signin.js, which aws.js loads (authCalls.ts for SRP, index.ts for the token check). */
const SIGNIN_LOADER = ['src/aws/signInBundle.ts'];
/** What only signing in needs: SRP's libraries, the JWT verifier, and the authenticator's TOTP and QR codes. */
const SIGNIN_LIBRARIES = /(^|\/)node_modules\/(cognito-srp-helper|jsbn|aws-jwt-verify|otpauth|qrcode|dijkstrajs)\//;
const LOADERS = [...AWS_LOADER, ...LAMBDA_LOADER, ...IDENTITY_LOADER];
const isAwsSource = (input: string) => input.startsWith('src/aws/') && !LOADERS.includes(input);
/** The one SDK call (timing, the call log, errors) every AWS bundle carries. */
const SHARED_CALL = 'src/aws/serviceCall.ts';
const isLambdaSource = (input: string) => input.startsWith('src/aws/lambda/');
const isIdentitySource = (input: string) => input.startsWith('src/aws/identity/');
const isSignInSource = (input: string) => input.startsWith('src/aws/signIn/');

async function bundleInputs(): Promise<Map<string, string[]>> {
  const root = repoRoot();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildOptions } = require(path.join(root, 'esbuild.js')) as { buildOptions(mode: { production: boolean }): esbuild.BuildOptions };
  const result = await esbuild.build({ ...buildOptions({ production: true }), absWorkingDir: root, write: false, metafile: true });
  const inputs = new Map<string, string[]>();
  for (const [output, { inputs: used }] of Object.entries(result.metafile.outputs)) {
    if (output.endsWith('.js')) inputs.set(path.basename(output), Object.keys(used));
  }
  return inputs;
}

type BuildOptionsOf = (mode: { production: boolean }) => esbuild.BuildOptions;

/** The webview's page (dist/webview.js), built with esbuild.js's own options: its inputs and what it leaves to be loaded. */
async function webviewBundle(): Promise<{ inputs: string[]; imports: string[]; text: string }> {
  const root = repoRoot();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { webviewBuildOptions } = require(path.join(root, 'esbuild.js')) as { webviewBuildOptions: BuildOptionsOf };
  const result = await esbuild.build({ ...webviewBuildOptions({ production: true }), absWorkingDir: root, write: false, metafile: true });
  const [output, meta] = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('webview.js')) ?? [];
  const text = result.outputFiles.find((file) => file.path.endsWith('webview.js'))?.text ?? '';
  assert.ok(output && meta, 'no dist/webview.js in the build');
  return { inputs: Object.keys(meta.inputs), imports: meta.imports.map((entry) => entry.path), text };
}

describe('bundle contents (esbuild metafile)', function () {
  this.timeout(60_000);
  let inputs: Map<string, string[]>;

  before(async () => {
    inputs = await bundleInputs();
  });

  it('builds the four bundles, the Lambda one, the identity one and the sign-in one', () => {
    assert.deepEqual([...inputs.keys()].sort(), ['aws.js', 'core.js', 'extension.js', 'features.js', 'identity.js', 'lambda.js', 'signin.js']);
  });

  it('puts SRP, the JWT verifier and the authenticator’s TOTP and QR libraries in signin.js, without the SDK, and nothing of them elsewhere', () => {
    const signIn = inputs.get('signin.js') ?? [];
    for (const library of ['cognito-srp-helper', 'jsbn', 'aws-jwt-verify', 'otpauth', 'qrcode']) assert.ok(signIn.some((input) => input.includes(`node_modules/${library}/`)), `signin.js lacks ${library}`);
    assert.ok(signIn.includes('src/aws/signIn/verifyTokens.ts'), 'signin.js lacks src/aws/signIn/verifyTokens.ts');
    assert.deepEqual(signIn.filter((input) => SDK.test(input)), [], 'signin.js holds the AWS SDK');
    for (const bundle of ['extension.js', 'core.js', 'features.js', 'aws.js', 'lambda.js', 'identity.js']) {
      assert.deepEqual((inputs.get(bundle) ?? []).filter((input) => SIGNIN_LIBRARIES.test(input) || isSignInSource(input)), [], `${bundle} holds what signing in needs`);
    }
  });

  it('puts the loader of signin.js in aws.js, which loads it, and nowhere else', () => {
    for (const [bundle, used] of inputs) assert.deepEqual(used.filter((input) => SIGNIN_LOADER.includes(input)), bundle === 'aws.js' ? SIGNIN_LOADER : [], bundle);
  });

  it('puts the Lambda SDK client and src/aws/lambda/ in lambda.js, and nothing of them elsewhere', () => {
    const lambda = inputs.get('lambda.js') ?? [];
    assert.ok(lambda.some((input) => LAMBDA_SDK.test(input)), 'lambda.js has no @aws-sdk/client-lambda input');
    assert.ok(lambda.includes('src/aws/lambda/functionCalls.ts'), 'lambda.js lacks src/aws/lambda/functionCalls.ts');
    assert.deepEqual(lambda.filter((input) => input.startsWith('src/aws/') && !isLambdaSource(input) && input !== SHARED_CALL), [], 'lambda.js holds Cognito calls or a loader');
    assert.deepEqual(lambda.filter((input) => /node_modules\/@aws-sdk\/(credential-provider-node|nested-clients)\//.test(input)), [], 'lambda.js has a credential chain of its own');
    for (const bundle of ['extension.js', 'core.js', 'features.js', 'aws.js']) {
      assert.deepEqual((inputs.get(bundle) ?? []).filter((input) => LAMBDA_SDK.test(input) || isLambdaSource(input)), [], `${bundle} holds the Lambda client`);
    }
  });

  it('puts the loader of lambda.js in core.js, which loads it, and nowhere else', () => {
    for (const [bundle, used] of inputs) assert.deepEqual(used.filter((input) => LAMBDA_LOADER.includes(input)), bundle === 'core.js' ? LAMBDA_LOADER : [], bundle);
  });

  it('puts the Cognito Identity and IAM clients and src/aws/identity/ in identity.js, and nothing of them elsewhere', () => {
    const identity = inputs.get('identity.js') ?? [];
    for (const client of ['client-cognito-identity', 'client-iam']) assert.ok(identity.some((input) => input.includes(`node_modules/@aws-sdk/${client}/`)), `identity.js has no @aws-sdk/${client} input`);
    assert.ok(identity.includes('src/aws/identity/identityPoolCalls.ts'), 'identity.js lacks src/aws/identity/identityPoolCalls.ts');
    assert.deepEqual(identity.filter((input) => /node_modules\/@aws-sdk\/(credential-provider-node|nested-clients)\//.test(input)), [], 'identity.js has a credential chain of its own');
    assert.deepEqual(identity.filter((input) => LOADERS.includes(input) || input.startsWith('src/aws/cognito/service')), [], 'identity.js holds a loader or the user pool service');
    for (const bundle of ['extension.js', 'core.js', 'features.js', 'aws.js', 'lambda.js']) {
      assert.deepEqual((inputs.get(bundle) ?? []).filter((input) => IDENTITY_SDK.test(input) || isIdentitySource(input)), [], `${bundle} holds the identity clients`);
    }
  });

  it('puts the loader of identity.js in core.js, which loads it, and nowhere else', () => {
    for (const [bundle, used] of inputs) assert.deepEqual(used.filter((input) => IDENTITY_LOADER.includes(input)), bundle === 'core.js' ? IDENTITY_LOADER : [], bundle);
  });

  it('puts the AWS SDK and the code under src/aws/ in aws.js', () => {
    const aws = inputs.get('aws.js') ?? [];
    assert.ok(aws.some((input) => SDK.test(input)), 'aws.js has no @aws-sdk or @smithy input');
    assert.ok(aws.includes('src/aws/cognito/service.ts'), 'aws.js lacks src/aws/cognito/service.ts');
    assert.deepEqual(aws.filter((input) => LOADERS.includes(input)), [], 'aws.js holds a loader');
  });

  it('puts the loader of aws.js in core.js, which loads it, and not in extension.js', () => {
    assert.deepEqual((inputs.get('core.js') ?? []).filter((input) => AWS_LOADER.includes(input)).sort(), AWS_LOADER);
    assert.deepEqual((inputs.get('extension.js') ?? []).filter((input) => AWS_LOADER.includes(input)), []);
  });

  for (const bundle of ['extension.js', 'core.js', 'features.js']) {
    it(`keeps the AWS SDK and src/aws/ out of ${bundle}`, () => {
      const strays = (inputs.get(bundle) ?? []).filter((input) => SDK.test(input) || isAwsSource(input));
      const sourcesFirst = [...strays].sort((a, b) => Number(SDK.test(a)) - Number(SDK.test(b)));
      assert.equal(strays.length, 0, `${bundle} bundles ${strays.length} inputs that belong in aws.js: ${sourcesFirst.slice(0, 6).join(', ')}, …`);
    });
  }

  // The page runs in the webview's browser: the extension's code, the SDK and `vscode` have no business there.
  it('builds the webview page (webview.js) from src/webview/, src/shared/views/ and lit with @vscode-elements alone: no AWS SDK, no `vscode`', async () => {
    const webview = await webviewBundle();
    const packageOf = (input: string) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    const ownSources = webview.inputs.filter((input) => packageOf(input) === undefined);
    assert.deepEqual(ownSources.filter((input) => !input.startsWith('src/webview/') && !input.startsWith('src/shared/views/')), []);
    const packages = new Set(webview.inputs.map(packageOf).filter((name) => name !== undefined));
    assert.deepEqual([...packages].filter((name) => !/^(lit|lit-html|lit-element|@lit\/reactive-element|@vscode-elements\/elements)$/.test(name)), []);
    assert.ok(ownSources.includes('src/webview/main.ts'));
    assert.deepEqual(webview.imports, [], 'webview.js loads nothing at run time');
    assert.doesNotMatch(webview.text, /require\(\s*["']vscode["']\s*\)|@aws-sdk|@smithy/);
  });
});
