import * as assert from 'node:assert/strict';
import { copyConfig, copyIssuerUrl, copyJwksUrl, copyPoolArn, openInConsole } from '../../src/commands/flows/pools/copyPoolValues';
import { deleteAppClient, deleteUserPool } from '../../src/commands/flows/pools/deleteResources';
import { editAppClientAuthFlows } from '../../src/commands/flows/pools/editAuthFlows';
import { showAppClientDetails, showPoolDetails } from '../../src/commands/flows/pools/poolDetails';
import { NothingToPick } from '../../src/ui/prompter';
import { CognitoError } from '../../src/shared/errors';
import { issuerUrl, jwksUrl } from '../../src/connection/poolUrls';
import { listedConnections } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// The pool and app client commands word for word from the palette: the picks, the confirmations and
// the typed-name check of Delete User Pool, and the status line each copy leaves.

function shop() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop', { id: 'eu-west-1_Shop123' });
  cognito.data.clients.push({ userPoolId: pool.id, clientId: 'client123', name: 'web' });
  return { cognito, pool };
}

const POOL_PICK = (title: string, total: number) => `pick 1/${total} ${title}: Choose a user pool — items: shop (eu-west-1_Shop123)`;
const CLIENT_PICK = (title: string, total: number) => `pick 2/${total} ${title}: Choose an app client of shop — items: web (client123)`;

describe('pool and app client commands, word for word', () => {
  it('deletes an app client picked from the palette after a confirmation naming its id', async () => {
    const { cognito } = shop();
    const run = flowRun([{ pick: 'shop' }, { pick: 'web' }, { confirm: true }], cognito);
    await deleteAppClient(run.deps);
    assert.deepEqual(asked(run), [
      // The confirmation is a modal without a counter, not a third step (it was counted by hand before).
      POOL_PICK('Delete App Client', 2),
      CLIENT_PICK('Delete App Client', 2),
      'confirm [Delete]: Delete the app client web? — detail: Apps using the App Client Id client123 can no longer sign anyone in. This cannot be undone.',
    ]);
    assert.deepEqual(told(run), { progress: ['Deleting app client web…'], status: ['$(check) Deleted app client web'], notifications: [] });
  });

  it('deletes a pool from the palette once its name is typed, turning deletion protection off only then', async () => {
    const { cognito, pool } = shop();
    cognito.protectedPools.add(pool.id);
    const run = flowRun([{ pick: 'shop' }, { confirm: true }, { input: 'shop' }], cognito);
    await deleteUserPool(run.deps);
    assert.deepEqual(asked(run), [
      POOL_PICK('Delete User Pool', 2),
      'confirm [Turn Off Deletion Protection]: The pool "shop" has deletion protection on. Turn it off to delete the pool? — detail: ' +
        "Deletion protection stops anyone from deleting the pool by mistake. Nothing changes until you type the pool's name next; then protection is turned off and the pool deleted (protection goes back on if the delete fails).",
      'input 2/2 Delete User Pool: Type the pool\'s name, shop, to delete it with all its users, groups and app clients. This cannot be undone. — placeholder: shop',
    ]);
    assert.deepEqual(told(run), { progress: ['Turning off deletion protection of shop…', 'Deleting user pool shop…'], status: ['$(check) Deleted user pool shop'], notifications: [] });
    assert.deepEqual(cognito.writeCalls.map((c) => c.method), ['pools.setDeletionProtection', 'pools.delete']);

    const { cognito: other } = shop();
    const typo = flowRun([{ pick: 'shop' }, { input: 'Shop' }], other);
    await assert.rejects(deleteUserPool(typo.deps), /Type shop exactly to confirm\./);
  });

  it('names the domain that must go first, custom domain before the prefix', async () => {
    for (const [domain, custom, named, how] of [
      ['shop-auth', undefined, 'shop-auth', 'run Delete Domain on the pool first'],
      ['shop-auth', 'auth.example.com', 'auth.example.com', 'delete the domain first (App integration → Domain in the AWS Console)'],
    ] as const) {
      const { cognito, pool } = shop();
      cognito.data.pools[0].settings = { usernameAttributes: [], aliasAttributes: [], mfa: 'OFF', emailSending: '', triggers: [], deletionProtection: false, customDomain: custom };
      cognito.poolDomains.set(pool.id, domain);
      const run = flowRun([{ pick: 'shop' }], cognito);
      await assert.rejects(
        deleteUserPool(run.deps),
        (error: unknown) =>
          error instanceof CognitoError &&
          error.kind === 'invalidParameter' &&
          error.message === `The pool "shop" still has the domain ${named}; ${how}, then delete the pool.`,
      );
      assert.deepEqual(cognito.writeCalls, []);
    }
  });

  it('shows pool and app client details picked from the palette, under their titles', async () => {
    const { cognito, pool } = shop();
    const run = flowRun([{ pick: 'shop' }, { pick: 'shop' }, { pick: 'web' }], cognito);
    await showPoolDetails(run.deps);
    await showAppClientDetails(run.deps);
    assert.deepEqual(asked(run), [POOL_PICK('Show Pool Details', 1), POOL_PICK('Show App Client Details', 2), CLIENT_PICK('Show App Client Details', 2)]);
    assert.deepEqual(run.details.map((d) => d.title), ['Pool shop', 'App client web']);
    assert.ok(run.details[0].text.includes(issuerUrl(pool.id)), 'AWS issuer URL for a pool in AWS');
    assert.ok(run.details[1].text.includes(pool.id), 'the pool named by its id when no name is given');
  });

  it('edits a client’s flows picked from the palette, and names the flows it now allows', async () => {
    const { cognito } = shop();
    const run = flowRun([{ pick: 'shop' }, { pick: 'web' }, { pickMany: ['Secure Remote Password (SRP)', 'Username and password'] }, { confirm: true }], cognito);
    await editAppClientAuthFlows(run.deps);
    assert.deepEqual(asked(run).slice(0, 2), [POOL_PICK('Edit Authentication Flows', 3), CLIENT_PICK('Edit Authentication Flows', 3)]);
    assert.match(asked(run)[2], /^pickMany 3\/3 Edit Authentication Flows: Authentication flows \(refresh tokens are always allowed\) — items: ☑ Secure Remote Password \(SRP\)/);
    assert.deepEqual(told(run), { progress: ['Updating the flows of web…'], status: ['$(check) web now allows USER_SRP_AUTH, USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH'], notifications: [] });
  });

  it('copies the ARN, Issuer URL and JWKS URL of a pool picked from the palette', async () => {
    const { cognito, pool } = shop();
    cognito.data.pools[0].arn = 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Shop123';
    const run = flowRun([{ pick: 'shop' }, { pick: 'shop' }, { pick: 'shop' }], cognito);
    await copyPoolArn(run.deps);
    await copyIssuerUrl(run.deps);
    await copyJwksUrl(run.deps);
    assert.deepEqual(asked(run), [POOL_PICK('Copy Pool ARN', 1), POOL_PICK('Copy Issuer URL', 1), POOL_PICK('Copy JWKS URL', 1)]);
    assert.deepEqual(run.clipboard, [cognito.data.pools[0].arn, issuerUrl(pool.id), jwksUrl(pool.id)]);
    const { cognito: noArn } = shop();
    await assert.rejects(copyPoolArn(flowRun([{ pick: 'shop' }], noArn).deps), (error: unknown) => error instanceof NothingToPick && error.message === 'This endpoint does not tell pool ARNs.');
  });

  it('copies a configuration picked by format, naming the format in the status line', async () => {
    const { cognito } = shop();
    const run = flowRun([{ pick: 'shop' }, { pick: 'web' }, { pick: '.env file' }], cognito);
    await copyConfig(run.deps);
    assert.deepEqual(asked(run), [
      POOL_PICK('Copy Configuration For…', 3),
      CLIENT_PICK('Copy Configuration For…', 3),
      'pick 3/3 Copy Configuration For…: Configuration for the app client web — items: ' +
        [
          'Amplify JS v6 [Amplify.configure({ Auth: { Cognito: … } })]',
          '.env file [COGNITO_REGION, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID…]',
          'aws-jwt-verify [CognitoJwtVerifier.create(…) to check tokens in your API]',
          'AWS CLI initiate-auth [aws cognito-idp initiate-auth … (USER_PASSWORD_AUTH)]',
        ].join(' | '),
    ]);
    assert.deepEqual(told(run).status, ['$(check) Copied the .env file configuration of web']);
    assert.match(run.clipboard[0], /COGNITO_REGION=eu-west-1/);
  });

  // The region each connection names in configuration is tested in emulatorConnectionRegion.test.ts.
  it('opens no console for a pool on an emulator, and says why', async () => {
    const cognito = new FakeCognito();
    const connections = listedConnections({ local: cognito });
    const run = flowRun([], cognito);
    run.deps.connections = connections;
    const local = connections.byLabel('local');
    await assert.rejects(openInConsole(run.deps, local.id, 'local_abc', { kind: 'pool' }), (error: unknown) => error instanceof NothingToPick && error.message === 'This pool is on an emulator, not in AWS: the AWS Console does not know it.');
    assert.deepEqual(run.opened, []);
  });
});
