// The demo data `npm start` (test/demo/) and the ui level put into their cognito-local: one pool, one app
// client, users in four states.
// Creates what the extension's own CognitoService can create through it (createCognitoService, as the
// extension wires it from its settings); the SDK is used directly only for what the service does not do:
// AdminSetUserPassword, AdminDisableUser and SignUp.
// Idempotent: a "demo-pool" that is already there is reused and only what is missing is added, so a
// seeding cut short is completed by the next start instead of leaving a second pool behind.
import {
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createCognitoService } from '../../src/aws/createService';
import { COGNITO_DEFAULT_PASSWORD_POLICY, type AppClient, type UserPoolsApi, type User, type UserPool } from '../../src/shared/types';
import { emulatorClient, EMULATOR_REGION } from './emulatorClient';
import { listAll } from './paging';

export const DEMO_POOL_NAME = 'demo-pool';
export const DEMO_CLIENT_NAME = 'demo-web';
export const DEMO_REGION = EMULATOR_REGION;

/** Local demo credentials only: they exist in the emulator on this machine and nowhere else. */
export interface DemoUser {
  username: string;
  email: string;
  password: string;
  /** What ListUsers shows once seeded. */
  status: 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'UNCONFIRMED';
  enabled: boolean;
  /** How it gets that state. */
  how: 'admin-create' | 'admin-create+set-password' | 'admin-create+set-password+disable' | 'sign-up';
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'alice', email: 'alice@example.com', password: 'Alice-Demo-1!', status: 'CONFIRMED', enabled: true, how: 'admin-create+set-password' },
  { username: 'bob', email: 'bob@example.com', password: 'Bob-Temp-1!', status: 'FORCE_CHANGE_PASSWORD', enabled: true, how: 'admin-create' },
  { username: 'carol', email: 'carol@example.com', password: 'Carol-Demo-1!', status: 'CONFIRMED', enabled: false, how: 'admin-create+set-password+disable' },
  { username: 'dave', email: 'dave@example.com', password: 'Dave-Demo-1!', status: 'UNCONFIRMED', enabled: true, how: 'sign-up' },
];

export interface SeededDemo {
  poolId: string;
  clientId: string;
  /** What was created this time (empty when everything was already there). */
  created: string[];
}

/** Makes sure demo-pool, demo-web and the demo users exist on the emulator at endpoint. */
export async function seedDemo(endpoint: string): Promise<SeededDemo> {
  const { service } = await createCognitoService({ endpoint, region: DEMO_REGION });
  const sdk = emulatorClient(endpoint);
  const created: string[] = [];
  try {
    let pool = await findDemoPool(service);
    if (!pool) {
      pool = await service.pools.create({
        name: DEMO_POOL_NAME,
        signIn: 'username',
        passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY,
        autoVerifyEmail: false,
      });
      created.push(`pool ${DEMO_POOL_NAME}`);
    }

    let client = (await listAll((token) => service.clients.list(pool.id, token))).find((c: AppClient) => c.name === DEMO_CLIENT_NAME);
    if (!client) {
      client = await service.clients.create({
        userPoolId: pool.id,
        name: DEMO_CLIENT_NAME,
        generateSecret: false,
        // SRP as apps use it; username-password too, since the emulator has no SRP and Sign In as User
        // falls back to the next flow the client allows.
        authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      });
      created.push(`app client ${DEMO_CLIENT_NAME}`);
    }

    const existing = new Set((await listAll((token) => service.users.list(pool.id, { nextToken: token }))).map((u: User) => u.username));
    for (const user of DEMO_USERS) {
      if (existing.has(user.username)) continue;
      await createDemoUser(service, sdk, pool.id, client.clientId, user);
      created.push(`user ${user.username} (${user.status}${user.enabled ? '' : ', disabled'})`);
    }
    return { poolId: pool.id, clientId: client.clientId, created };
  } finally {
    sdk.destroy();
  }
}

/** Whether the emulator at endpoint still has the pool with this id. */
export async function poolExists(endpoint: string, poolId: string): Promise<boolean> {
  const { service } = await createCognitoService({ endpoint, region: DEMO_REGION });
  return (await listAll((token) => service.pools.list(token))).some((p) => p.id === poolId);
}

/** The pool named demo-pool, if the emulator has one (the first, should there be several). */
export async function findDemoPool(service: Pick<UserPoolsApi, 'pools'>): Promise<UserPool | undefined> {
  return (await listAll((token) => service.pools.list(token))).find((p) => p.name === DEMO_POOL_NAME);
}

async function createDemoUser(service: UserPoolsApi, sdk: CognitoIdentityProviderClient, poolId: string, clientId: string, user: DemoUser): Promise<void> {
  if (user.how === 'sign-up') {
    // Self sign-up through the app client leaves the user UNCONFIRMED until a code is confirmed.
    // The pool verifies nothing automatically, so cognito-local has no message to deliver.
    await sdk.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: user.username,
        Password: user.password,
        UserAttributes: [{ Name: 'email', Value: user.email }],
      }),
    );
    return;
  }
  // SUPPRESS: no invitation (cognito-local would try SMS and fail without a phone number).
  await service.users.create({
    userPoolId: poolId,
    username: user.username,
    temporaryPassword: user.how === 'admin-create' ? user.password : `${user.password}tmp`,
    email: user.email,
    emailVerified: true,
    phoneNumberVerified: false,
    invitation: 'SUPPRESS',
  });
  if (user.how === 'admin-create') return; // stays FORCE_CHANGE_PASSWORD
  await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: user.username, Password: user.password, Permanent: true }));
  if (user.how === 'admin-create+set-password+disable') {
    await sdk.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: user.username }));
  }
}
