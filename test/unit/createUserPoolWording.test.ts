import * as assert from 'node:assert/strict';
import { createUserPool } from '../../src/commands/flows/createUserPool';
import type { CreateUserPoolRequest, UserPool } from '../../src/shared/types';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, settle } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Create User Pool word for word: the review lists the settings as they stand after each change, each
// change question marks the current choice, and the closing notification offers the Pool Id.

const REVIEW = (name: string, items: string[]) => `pick 2/2 Create User Pool: Review the settings of "${name}" — items: ${items.join(' | ')}`;
const CREATE = '$(check) Create pool (with the settings below)';
const DEFAULTS = [CREATE, 'Sign-in: Username (change…)', 'Password policy: 8+ characters, upper case, lower case, number, symbol (change…)', 'E-mail verification: on (change…) [Cognito sends a code to verify new e-mail addresses]'];

describe('Create User Pool, word for word', () => {
  it('reviews the defaults and creates the pool with them, offering to copy the Pool Id', async () => {
    const cognito = new FakeCognito();
    const run = flowRun([{ input: 'my-app-users' }, { pick: 'Create pool' }], cognito, 'Copy Pool Id');
    const pool = await createUserPool(run.deps);
    await settle();
    assert.deepEqual(asked(run), [
      'input 1/2 Create User Pool: Pool name: letters, digits, spaces and + = , . @ - _ (up to 128 characters) — placeholder: my-app-users',
      REVIEW('my-app-users', DEFAULTS),
    ]);
    assert.deepEqual(told(run), { progress: ['Creating user pool "my-app-users"…'], status: [`$(check) Copied Pool Id ${pool.id}`], notifications: [`Created user pool "my-app-users". Pool Id: ${pool.id} [Copy Pool Id]`] });
    assert.deepEqual(run.clipboard, [pool.id]);
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[0]), [
      { name: 'my-app-users', signIn: 'username', passwordPolicy: { minimumLength: 8, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true }, autoVerifyEmail: true },
    ]);
  });

  it('changes sign-in, the password policy and e-mail verification, showing each in the review', async () => {
    const cognito = new FakeCognito();
    const run = flowRun(
      [
        { input: 'shop' },
        { pick: 'Sign-in' },
        { pick: 'E-mail address or phone number' },
        { pick: 'Password policy' },
        { pick: 'Custom…' },
        { input: ' 12 ' },
        { pickMany: ['Lower-case letter', 'Number'] },
        { pick: 'E-mail verification' },
        { pick: 'Off' },
        { pick: 'Create pool' },
      ],
      cognito,
    );
    await createUserPool(run.deps);
    assert.deepEqual(asked(run).slice(1), [
      REVIEW('shop', DEFAULTS),
      'pick 2/2 Create User Pool: How will people sign in? (cannot be changed after the pool is created) — items: ' +
        [
          'Username ((current)) [People choose a username (the AWS default)]',
          'Username, or e-mail address as an alias [A username, and the verified e-mail address works too]',
          'E-mail address [The e-mail address is the username]',
          'Phone number [The phone number is the username]',
          'E-mail address or phone number [Either the e-mail address or the phone number is the username]',
        ].join(' | '),
      REVIEW('shop', [CREATE, 'Sign-in: E-mail address or phone number (change…)', ...DEFAULTS.slice(2)]),
      'pick 2/2 Create User Pool: Password policy — items: Cognito defaults (8+ characters, upper case, lower case, number, symbol) | Custom… (choose the length and the required character kinds)',
      'input 2/2 Create User Pool: Minimum password length (6–99) — value: 8',
      'pickMany 2/2 Create User Pool: Which characters must every password contain? — items: ☑ Upper-case letter | ☑ Lower-case letter | ☑ Number | ☑ Symbol',
      REVIEW('shop', [CREATE, 'Sign-in: E-mail address or phone number (change…)', 'Password policy: 12+ characters, lower case, number (change…)', DEFAULTS[3]]),
      'pick 2/2 Create User Pool: Verify e-mail addresses automatically? — items: ' +
        'On [Cognito sends a verification code to new e-mail addresses] | Off [Addresses stay unverified unless an admin marks them verified]',
      REVIEW('shop', [
        CREATE,
        'Sign-in: E-mail address or phone number (change…)',
        'Password policy: 12+ characters, lower case, number (change…)',
        'E-mail verification: off (change…) [E-mail addresses stay unverified unless an admin marks them]',
      ]),
    ]);
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[0]), [
      { name: 'shop', signIn: 'emailOrPhone', passwordPolicy: { minimumLength: 12, requireUppercase: false, requireLowercase: true, requireNumbers: true, requireSymbols: false }, autoVerifyEmail: false },
    ]);
  });

  it('goes back to Cognito’s default policy when asked, and says when a lost answer was recovered', async () => {
    const cognito = new FakeCognito();
    cognito.pools.create = async (request: CreateUserPoolRequest): Promise<UserPool> => {
      cognito.calls.push({ method: 'pools.create', args: [request] });
      return { id: 'us-east-1_found', name: request.name, recovered: true };
    };
    const run = flowRun([{ input: 'shop' }, { pick: 'Password policy' }, { pick: 'Cognito defaults' }, { pick: 'Create pool' }], cognito);
    await createUserPool(run.deps);
    assert.deepEqual(told(run).notifications, [`Created user pool "shop" (Cognito's answer was lost on the way; the new pool was found, so it was not created twice). Pool Id: us-east-1_found [Copy Pool Id]`]);
    assert.deepEqual(run.clipboard, [], 'nothing copied unless asked');
    assert.equal((cognito.calls[0].args[0] as CreateUserPoolRequest).passwordPolicy.minimumLength, 8);
  });
});
