import * as assert from 'node:assert/strict';
import { createUser } from '../../src/commands/flows/createUser';
import type { CreateUserRequest, SignInOption, User } from '../../src/shared/types';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Create User word for word for each way a pool signs in: which questions are asked, how they are
// worded, the order of the verified answers, the invitation choices and the temporary password box.

const YES = 'Yes [Treat it as verified now (no code is sent)]';
const NO = 'No [It stays unverified until the user confirms it]';
const NO_INVITATION = "Don't send an invitation [Give the user the temporary password yourself]";
const RULES = '8+ characters, upper case, lower case, number, symbol';
const PASSWORD = 'Temp-Passw0rd!';

function shop(signIn: SignInOption, smsConfigured = true) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop', { signIn, smsConfigured });
  return { cognito, pool };
}

const request = (cognito: FakeCognito) => cognito.writeCalls[0].args[0] as CreateUserRequest;

describe('Create User, word for word', () => {
  it('asks every question for a username pool, with the verified defaults in their order', async () => {
    const { cognito, pool } = shop('username');
    const run = flowRun([{ pick: 'shop' }, { input: 'alice' }, { input: 'a@example.com' }, { pick: 'Yes' }, { input: '+14155550100' }, { pick: 'No' }, { pick: 'Send by SMS' }, { input: '' }], cognito);
    await createUser(run.deps);
    assert.deepEqual(asked(run), [
      `pick 1/8 Create User: Choose a user pool — items: shop (${pool.id})`,
      'input 2/8 Create User: Username of the new user in "shop"',
      'input 3/8 Create User: E-mail address (optional; Enter to skip)',
      `pick 4/8 Create User: Mark e-mail address as verified? — items: ${YES} | ${NO}`,
      'input 5/8 Create User: Phone number in E.164 form, e.g. +14155550123 (optional; Enter to skip)',
      `pick 6/8 Create User: Mark phone number as verified? — items: ${NO} | ${YES}`,
      'pick 7/8 Create User: Send the user an invitation with the temporary password? — items: ' +
        [
          'Send by e-mail [Cognito e-mails the username and temporary password to a@example.com]',
          'Send by SMS [Cognito texts the username and temporary password to +14155550100]',
          NO_INVITATION,
        ].join(' | '),
      `input 8/8 Create User: Temporary password (${RULES}), or leave empty to let Cognito generate one and send it — masked`,
    ]);
    assert.deepEqual(told(run), { progress: ['Creating user alice…'], status: ['$(check) Created user alice in shop'], notifications: [] });
    assert.deepEqual(request(cognito), {
      userPoolId: pool.id,
      username: 'alice',
      temporaryPassword: undefined,
      email: 'a@example.com',
      emailVerified: true,
      phoneNumber: '+14155550100',
      phoneNumberVerified: false,
      invitation: 'SMS',
    });
  });

  it('requires a temporary password when no invitation goes out, and offers no SMS without an SMS setup', async () => {
    const { cognito, pool } = shop('username', false);
    const run = flowRun([{ input: 'bob' }, { input: '' }, { input: '+14155550100' }, { pick: 'Yes' }, { pick: "Don't send" }, { input: PASSWORD }], cognito);
    await createUser(run.deps, onDefault(pool));
    // No e-mail, so its verified question drops out of the count: 6 steps, not 7.
    assert.deepEqual(asked(run).slice(4), [`pick 5/6 Create User: Send the user an invitation with the temporary password? — items: ${NO_INVITATION}`, `input 6/6 Create User: Temporary password (${RULES}) — masked`]);
    assert.deepEqual(request(cognito), { userPoolId: pool.id, username: 'bob', temporaryPassword: PASSWORD, email: undefined, emailVerified: false, phoneNumber: '+14155550100', phoneNumberVerified: true, invitation: 'SUPPRESS' });
    const empty = flowRun([{ input: 'carol' }, { input: '' }, { input: '' }, { pick: "Don't send" }, { input: '' }], cognito);
    await assert.rejects(createUser(empty.deps, onDefault(pool)), /rejected by the box's validation/);
  });

  for (const [signIn, username, prompt, contact] of [
    ['email', 'dave@example.com', 'E-mail address of the new user in "shop" (this pool signs in with e-mail)', 'email'],
    ['phone', '+14155550123', 'Phone number of the new user in "shop", E.164 form such as +14155550123 (this pool signs in with phone numbers)', 'phone'],
    ['emailOrPhone', '+14155550123', 'E-mail address or phone number (+14155550123) of the new user in "shop"', 'phone'],
    ['emailOrPhone', 'erin@example.com', 'E-mail address or phone number (+14155550123) of the new user in "shop"', 'email'],
  ] as const) {
    it(`takes the username as the ${contact} in a pool that signs in with ${signIn}, without asking it again`, async () => {
      const { cognito, pool } = shop(signIn);
      const answers = contact === 'email' ? [{ input: username }, { pick: 'Yes' }, { input: '' }, { pick: "Don't send" }, { input: PASSWORD }] : [{ input: username }, { input: '' }, { pick: 'Yes' }, { pick: "Don't send" }, { input: PASSWORD }];
      const run = flowRun(answers, cognito);
      await createUser(run.deps, onDefault(pool));
      const lines = asked(run);
      assert.equal(lines[0], `input 1/6 Create User: ${prompt}`);
      assert.equal(lines.length, 5);
      assert.ok(!lines.some((l) => l.includes(contact === 'email' ? 'E-mail address (optional' : 'Phone number in E.164 form')), 'the username is that contact');
      const sent = request(cognito);
      assert.equal(contact === 'email' ? sent.email : sent.phoneNumber, username);
      assert.equal(contact === 'email' ? sent.emailVerified : sent.phoneNumberVerified, true);
    });
  }

  it('says when Cognito’s first answer was lost and the user was found', async () => {
    const { cognito, pool } = shop('username');
    const create = cognito.users.create.bind(cognito.users);
    cognito.users.create = async (r: CreateUserRequest): Promise<User> => ({ ...(await create(r)), recovered: true });
    const run = flowRun([{ input: 'alice' }, { input: '' }, { input: '' }, { pick: "Don't send" }, { input: PASSWORD }], cognito);
    await createUser(run.deps, onDefault(pool));
    assert.deepEqual(told(run).status, ["$(check) Created user alice in shop (Cognito's first answer was lost; the user is there)"]);
  });
});
