import * as assert from 'node:assert/strict';
import { createAppClient } from '../../src/commands/flows/createAppClient';
import type { AppClient, CreateAppClientRequest } from '../../src/shared/types';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, settle } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Create App Client word for word: the name, the secret and the flows questions, the flows pick asked
// again (with a hint) when nothing is ticked, and the closing notification with its Copy button.

const SECRET = 'pick 3/4 Create App Client: Generate a client secret? — items: ' +
  'No client secret [A public client: web and mobile apps, which cannot keep a secret (recommended)] | ' +
  'Generate a client secret [A confidential client: server-side apps that can keep a secret]';
const FLOWS = (hint: string) =>
  `pickMany 4/4 Create App Client: ${hint}Authentication flows (refresh tokens are always allowed) — items: ` +
  [
    '☑ Secure Remote Password (SRP) (ALLOW_USER_SRP_AUTH) [Recommended for apps: the password never leaves the device]',
    'Username and password (ALLOW_USER_PASSWORD_AUTH) [Plain password sign-in; handy for testing from scripts]',
    'Admin username and password (ALLOW_ADMIN_USER_PASSWORD_AUTH) [Server-side sign-in with IAM credentials]',
    'Custom authentication (ALLOW_CUSTOM_AUTH) [Lambda-driven challenges]',
    'Choice-based sign-in (ALLOW_USER_AUTH) [USER_AUTH: passwords, passkeys or one-time codes; needs the Essentials feature plan or higher]',
  ].join(' | ');

describe('Create App Client, word for word', () => {
  it('asks the pool, name, secret and flows; asks the flows again when none is ticked; offers to copy the id', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    const run = flowRun([{ pick: 'shop' }, { input: 'web' }, { pick: 'No client secret' }, { pickMany: [] }, { pickMany: ['Username and password'] }], cognito, 'Copy App Client Id');
    const client = await createAppClient(run.deps);
    await settle();
    assert.deepEqual(asked(run), [
      `pick 1/4 Create App Client: Choose a user pool — items: shop (${pool.id})`,
      'input 2/4 Create App Client: App client name in "shop": letters, digits, spaces and + = , . @ - _ — placeholder: my-web-app',
      SECRET,
      FLOWS(''),
      FLOWS('Choose at least one flow. '),
    ]);
    assert.deepEqual(told(run), {
      progress: ['Creating app client "web"…'],
      status: [`$(check) Copied App Client Id ${client.clientId}`],
      notifications: [`Created app client "web". App Client Id: ${client.clientId}. [Copy App Client Id]`],
    });
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[0]), [{ userPoolId: pool.id, name: 'web', generateSecret: false, authFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }]);
  });

  it('says where to read a generated secret, and when a lost answer was recovered', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    cognito.clients.create = async (request: CreateAppClientRequest): Promise<AppClient> => {
      cognito.calls.push({ method: 'clients.create', args: [request] });
      return { userPoolId: pool.id, clientId: 'found1', name: request.name, recovered: true };
    };
    const run = flowRun([{ input: 'api' }, { pick: 'Generate a client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }], cognito);
    await createAppClient(run.deps, onDefault(pool));
    assert.equal(asked(run)[0], 'input 1/3 Create App Client: App client name in "shop": letters, digits, spaces and + = , . @ - _ — placeholder: my-web-app');
    assert.deepEqual(told(run).notifications, [
      `Created app client "api" (Cognito's answer was lost on the way; the new client was found, so it was not created twice). App Client Id: found1. Its client secret is not shown here; read it in the AWS Console when you need it. [Copy App Client Id]`,
    ]);
    assert.deepEqual(run.clipboard, []);
    assert.deepEqual((cognito.calls[0].args[0] as CreateAppClientRequest).generateSecret, true);
  });
});
