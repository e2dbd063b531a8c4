// Managed login and machine-to-machine tokens as a person gets them in code-server's workbench, against the
// AWS-faithful double (cognito-local has no OAuth endpoints), which serves the hosted pages at its own origin.
// - right-click "bookshop-spa" → "Sign In with Managed Login…": the modal offers to add the callback URL, which
//   in code-server is its port proxy (`http://127.0.0.1:<code-server>/proxy/<port>/callback`); a new browser
//   tab opens the double's sign-in page, the test fills it in, the tab ends on "Signed in", and the Tokens view
//   in VS Code shows dana's claims and the userInfo answer.
// - right-click "nightly-sync" → "Get Machine-to-Machine Token…", one scope picked: the Tokens view's "Copy
//   Access Token" puts on the real clipboard a token the test verifies against the pool's JWKS, with that scope.
// - "Get AWS Credentials…" for dana: an identity pool trusting bookshop-spa gives her credentials, copied as shell
//   variables whose access key is the one the double issued for her identity.
// Afterwards no file code-server wrote (settings, logs, state) holds a token, the code, the client secret or a key.
//
// The double listens on 127.0.0.2: code-server maps every localhost and 127.0.0.1 URL it opens through its port
// proxy, path dropped, which would lose the authorize request (an AWS domain is never mapped).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityClient, CreateIdentityPoolCommand, SetIdentityPoolRolesCommand } from '@aws-sdk/client-cognito-identity';
import type { Page } from 'playwright-core';
import { startCognitoDouble, type CognitoDouble } from '../double/cognitoDouble';
import { freePort } from '../support/net';
import { fetchJwks, verifiedJwt } from '../support/signInDouble';
import { afterTest } from '../support/workbench/failures';
import { fieldValue, renderedView, TOKENS_VIEW } from '../support/workbench/renderedView';
import { openWorkbench, type OpenWorkbench } from '../support/workbench/session';
import { waitForClipboardChange } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

const REGION = 'eu-south-2';
const POOL = 'bookshop-ui';
const PASSWORD = 'Hosted-Dana-73!';
const STOCK = 'https://stock.example.net';

describe('ui: managed login and machine-to-machine tokens in code-server', function () {
  this.timeout(90_000);
  let double: CognitoDouble;
  let sdk: CognitoIdentityProviderClient;
  let opened: OpenWorkbench | undefined;
  let wb: Workbench;
  let poolId: string;
  let spaId: string;
  let m2mSecret: string;
  let m2mId: string;
  let codeServerPort: number;
  let callbackPort: number;
  const seen: string[] = [];

  before(async function () {
    this.timeout(240_000);
    double = await startCognitoDouble({ region: REGION, host: '127.0.0.2' });
    sdk = new CognitoIdentityProviderClient({ region: REGION, endpoint: double.endpoint, credentials: { accessKeyId: 'ui', secretAccessKey: 'ui' } });
    poolId = (await sdk.send(new CreateUserPoolCommand({ PoolName: POOL }))).UserPool?.Id as string;
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'dana', UserAttributes: [{ Name: 'email', Value: 'dana@bookshop.example.org' }], MessageAction: 'SUPPRESS' }));
    await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'dana', Password: PASSWORD, Permanent: true }));
    await sdk.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: STOCK, Name: 'stock', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }, { ScopeName: 'write', ScopeDescription: 'Write' }] }));
    spaId = (
      await sdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: 'bookshop-spa',
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ['code'],
          AllowedOAuthScopes: ['openid', 'email'],
          CallbackURLs: ['https://bookshop.example.org/cb'],
          SupportedIdentityProviders: ['COGNITO'],
        }),
      )
    ).UserPoolClient?.ClientId as string;
    const m2m = await sdk.send(
      new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'nightly-sync', GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: [`${STOCK}/read`, `${STOCK}/write`] }),
    );
    m2mSecret = m2m.UserPoolClient?.ClientSecret as string;
    m2mId = m2m.UserPoolClient?.ClientId as string;

    callbackPort = await freePort();
    opened = await openWorkbench({
      extension: 'working-tree',
      settings: { 'cognito.endpoint': double.endpoint, 'cognito.region': REGION, 'cognito.managedLogin.callbackPort': callbackPort },
    });
    codeServerPort = opened.server.port;
    wb = opened.workbench;
    await wb.openCognitoView();
    await wb.expand(wb.treeRow(POOL));
    await wb.expand(await wb.rowAt([POOL, 'App clients']));
  });

  afterEach(function () {
    return afterTest(this.currentTest, opened);
  });

  after(async function () {
    this.timeout(60_000);
    await opened?.stop();
    sdk?.destroy();
    await double?.stop();
  });

  it('"Sign In with Managed Login…" on bookshop-spa: adds the proxied callback URL, the sign-in page opens in a new tab, and the Tokens view shows dana', async () => {
    const context = opened!.page.context();
    context.on('request', (request) => seen.push(request.url()));
    await wb.contextMenu(await wb.rowAt([POOL, 'App clients', 'bookshop-spa']), 'Sign In with Managed Login…');

    // code-server's port proxy, at its own loopback address, which Cognito accepts over plain http.
    const callback = `http://127.0.0.1:${codeServerPort}/proxy/${callbackPort}/callback`;
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.filter({ hasText: `Add ${callback} to the callback URLs of bookshop-spa?` }).waitFor();
    const tab = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Add Callback URL' }).click();
    const signInPage = await openedTab(wb, tab);

    await signInPage.locator('input[name="username"]').fill('dana');
    await signInPage.locator('input[name="password"]').fill(PASSWORD);
    await signInPage.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.getByRole('heading', { name: 'Signed in' }).waitFor();
    assert.equal(new URL(signInPage.url()).pathname, `/proxy/${callbackPort}/signed-in`, 'the code is not left in the address bar');

    const view = await renderedView(wb, TOKENS_VIEW);
    assert.equal(await fieldValue(view, 'id:claim:cognito:username'), 'dana');
    assert.equal(await fieldValue(view, 'id:claim:email'), 'dana@bookshop.example.org');
    assert.equal(await fieldValue(view, 'factors'), 'managed login in the browser (authorization code with PKCE)');
    assert.equal(await fieldValue(view, 'userInfo:email'), 'dana@bookshop.example.org');

    // Its ID token, for the scan below.
    await wb.writeClipboard('nothing yet');
    await view.locator('[data-copy="id"]').click();
    seen.push(await waitForClipboardChange(wb, 'nothing yet'));

    const client = await sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: spaId }));
    assert.deepEqual(client.UserPoolClient?.CallbackURLs, ['https://bookshop.example.org/cb', callback]);
    await signInPage.close();
  });

  it('"Get AWS Credentials…" for dana: an identity pool that trusts bookshop-spa, environment variables whose access key the double issued for her identity', async () => {
    const identity = new CognitoIdentityClient({ region: REGION, endpoint: double.endpoint, credentials: { accessKeyId: 'ui', secretAccessKey: 'ui' } });
    const created = await identity.send(
      new CreateIdentityPoolCommand({ IdentityPoolName: 'bookshop identities', AllowUnauthenticatedIdentities: false, CognitoIdentityProviders: [{ ProviderName: `cognito-idp.${REGION}.amazonaws.com/${poolId}`, ClientId: spaId }] }),
    );
    await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: created.IdentityPoolId, Roles: { authenticated: 'arn:aws:iam::123456789012:role/bookshop-readers' } }));
    identity.destroy();

    await wb.writeClipboard('nothing yet');
    await wb.runCommand('Cognito: Get AWS Credentials…');
    await wb.waitForStep('Get AWS Credentials', 1);
    await wb.pick('bookshop identities');
    await wb.waitForStep('Get AWS Credentials', 2);
    await wb.pick('Copy as shell variables');
    await wb.waitForQuickInputClosed();
    const copied = await waitForClipboardChange(wb, 'nothing yet');
    const issued = double.identity.credentialsIssued.at(-1);
    assert.equal(issued?.identityPoolId, created.IdentityPoolId);
    assert.equal(issued?.kind, 'authenticated');
    assert.match(copied, new RegExp(`^export AWS_ACCESS_KEY_ID='${issued?.accessKeyId}'\n`));
    seen.push(...[...copied.matchAll(/'([^']+)'/g)].map((m) => m[1]).filter((value) => value !== REGION));
  });

  it('"Get Machine-to-Machine Token…" on nightly-sync with stock/write: "Copy Access Token" copies a token the pool\'s JWKS verifies, with that scope', async () => {
    await wb.contextMenu(await wb.rowAt([POOL, 'App clients', 'nightly-sync']), 'Get Machine-to-Machine Token…');
    await wb.waitForStep('Get Machine-to-Machine Token', 1);
    await wb.quickInput.locator('.monaco-list-row').first().waitFor();
    assert.deepEqual(await wb.checkedItems(), [`${STOCK}/read`, `${STOCK}/write`], 'every scope the client allows starts ticked');
    await wb.quickInput.locator('.monaco-list-row .label-name', { hasText: new RegExp(`^\\s*${STOCK}/read\\s*$`) }).filter({ visible: true }).click();
    await wb.quickInput.locator('.monaco-list-row .monaco-checkbox[aria-checked="true"]').nth(1).waitFor({ state: 'detached' });
    assert.deepEqual(await wb.checkedItems(), [`${STOCK}/write`]);
    await wb.quickInput.getByRole('button', { name: 'OK' }).click();
    const view = await renderedView(wb, TOKENS_VIEW);
    await view.locator('h1', { hasText: 'Machine-to-machine token of nightly-sync' }).waitFor();
    await wb.writeClipboard('nothing yet');
    await view.locator('[data-action="cognito.copyAccessToken"]').click();
    const token = await waitForClipboardChange(wb, 'nothing yet');
    const { claims } = verifiedJwt(token, await fetchJwks(double.endpoint, poolId));
    assert.equal(claims.scope, `${STOCK}/write`);
    assert.equal(claims.token_use, 'access');
    assert.equal(claims.client_id, m2mId);
    seen.push(token);
  });

  it('no file code-server wrote holds a token, the authorization code, the client secret or the AWS credentials', async () => {
    const code = seen.map((url) => (url.startsWith('http') ? new URL(url).searchParams.get('code') : null)).find((value): value is string => value !== null);
    assert.ok(code, 'the callback carried a code');
    const hidden = [code, m2mSecret, ...seen.filter((value) => !value.startsWith('http'))];
    const files = filesUnder(opened!.server.stateDir);
    assert.ok(files.length > 5, files.join(', '));
    for (const file of files) {
      const text = fs.readFileSync(file).toString('latin1');
      for (const secret of hidden) assert.ok(!text.includes(secret), `${file} holds a secret`);
    }
  });
});

/** The tab openExternal opened; a "Do you want to open the external website?" prompt is answered "Open". */
async function openedTab(wb: Workbench, tab: Promise<Page>): Promise<Page> {
  const prompt = wb.page.locator('.monaco-dialog-box').filter({ hasText: /open the external website/i });
  // The prompt's wait is left behind when the tab comes first: its later failure (page closed) is not this test's.
  const promptShown = prompt.waitFor().then(() => 'prompt' as const, () => 'none' as const);
  const first = await Promise.race([tab.then(() => 'tab' as const), promptShown]);
  if (first === 'prompt') await prompt.getByRole('button', { name: 'Open' }).click();
  const page = await tab;
  await page.waitForLoadState();
  return page;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath ?? dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}
