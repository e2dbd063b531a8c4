import * as assert from 'node:assert/strict';
import { editAttributePermissions } from '../../src/commands/flows/appClientSettings/editAttributePermissions';
import { editClientSettings } from '../../src/commands/flows/appClientSettings/editClientSettings';
import { editTokenValidity } from '../../src/commands/flows/appClientSettings/editTokenValidity';
import { showAppClientDetails } from '../../src/commands/flows/pools/poolDetails';
import type { AppClientSettings, AttributeSchema } from '../../src/shared/types';
import { appClientNode } from '../../src/tree/nodes';
import { NothingToPick } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';

// The three app-client edits with scripted answers against the fake: each is pre-filled with the client's
// current values (away from Cognito's defaults), sends only what changed, ends in a summary with what the
// change means for issued tokens, sends nothing when nothing differs or on Esc at any step, and tells the
// tree and the open details views.

const SETTINGS: AppClientSettings = {
  accessToken: { value: 45, unit: 'minutes' },
  idToken: { value: 3, unit: 'hours' },
  refreshToken: { value: 900, unit: 'minutes' },
  oauthFlows: [],
  oauthScopes: [],
  callbackUrls: [],
  logoutUrls: [],
  identityProviders: ['COGNITO'],
  readAttributes: ['email', 'family_name', 'name'],
  writeAttributes: ['family_name', 'name'],
  preventUserExistenceErrors: 'ENABLED',
  tokenRevocation: false,
  authSessionMinutes: 11,
  rotationGracePeriodSeconds: 25,
};

const schema = (required: string[] = []): AttributeSchema[] =>
  ['sub', 'name', 'family_name', 'email', 'email_verified', 'custom:tier'].map((name) => ({
    name,
    type: name.endsWith('_verified') ? 'Boolean' : 'String',
    mutable: name !== 'sub',
    required: name === 'sub' || required.includes(name),
    custom: name.startsWith('custom:'),
  }));

function world(settings: Partial<AppClientSettings> = {}, rotates = true, required: string[] = []) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('storefront', { attributes: schema(required) });
  const client = { userPoolId: pool.id, clientId: 'c7web', name: 'web-shop' };
  cognito.data.clients.push(client);
  cognito.clientDetails.set('c7web', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'], rotatesRefreshTokens: rotates, settings: { ...SETTINGS, ...settings } });
  const ref = { connectionId: onDefault(pool).connectionId, client };
  return { cognito, ref, key: appClientNode(ref.connectionId, client).key };
}

const updates = (cognito: FakeCognito) => cognito.writeCalls.map((c) => [c.method, c.args[2]]);

describe('Edit Token Validity', () => {
  it('pre-fills each lifetime with its unit, sends only what changed with its unit, and says issued tokens keep theirs', async () => {
    const { cognito, ref, key } = world();
    const run = flowRun([{ input: '45 minutes' }, { input: '4 hours' }, { input: '900 minutes' }, { confirm: true }], cognito);
    await editTokenValidity(run.deps, ref);
    assert.deepEqual(run.prompter.asked.slice(0, 3).map((a) => a.value), ['45 minutes', '3 hours', '900 minutes']);
    assert.deepEqual(updates(cognito), [['clients.update', { idToken: { value: 4, unit: 'hours' } }]]);
    const confirm = run.prompter.asked[3];
    assert.equal(confirm.text, 'Change the token lifetimes of web-shop?');
    assert.equal(confirm.detail, 'ID token valid for: 3 hours → 4 hours\n\nTokens already issued keep the lifetime they were issued with; the new lifetimes apply from the next sign-in or refresh.');
    assert.deepEqual(run.detailsChanged, [key]);
  });

  it('reads "45 min", "2h" and "1 d" as a number and a unit', async () => {
    const { cognito, ref } = world();
    await editTokenValidity(flowRun([{ input: '45 min' }, { input: '2h' }, { input: '1 d' }, { confirm: true }], cognito).deps, ref);
    assert.deepEqual(updates(cognito), [['clients.update', { idToken: { value: 2, unit: 'hours' }, refreshToken: { value: 1, unit: 'days' } }]]);
  });

  it('sends nothing when every lifetime is left as it is, and says so', async () => {
    const { cognito, ref } = world();
    await assert.rejects(editTokenValidity(flowRun([{ input: '45 minutes' }, { input: '3 hours' }, { input: '900 minutes' }], cognito).deps, ref), (e) => e instanceof NothingToPick && /Nothing to change: the token lifetimes of web-shop already has these settings/.test(e.message));
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('changes nothing on Esc at any step, from the node and from the palette', async () => {
    const answers: Answer[] = [{ input: '30 minutes' }, { input: '3 hours' }, { input: '900 minutes' }, { confirm: true }];
    await assertEscAtEveryStepCreatesNothing(answers, () => world().cognito, (deps) => editTokenValidity(deps, world().ref));
    await assertEscAtEveryStepCreatesNothing([{ pick: 'storefront' }, { pick: 'web-shop' }, ...answers], () => world().cognito, (deps) => editTokenValidity(deps));
  });

  it('refuses, as typed, a refresh token shorter than the access or ID token', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ input: '1 day' }, { input: '3 hours' }, { input: '23 hours' }], cognito);
    await assert.rejects(editTokenValidity(run.deps, ref), /rejected by the box's validation: The refresh token must last at least as long as the access token \(1 day\)/);
    assert.deepEqual(cognito.writeCalls, []);
  });
});

describe('Edit Attribute Permissions', () => {
  it('pre-selects the client’s lists from the pool’s schema, never offers sub or *_verified for writing, and sends the new lists', async () => {
    const { cognito, ref, key } = world();
    const run = flowRun([{ pickMany: ['name', 'family_name', 'email', 'custom:tier'] }, { pickMany: ['name', 'custom:tier'] }, { confirm: true }], cognito);
    await editAttributePermissions(run.deps, ref);
    const [read, write] = run.prompter.asked;
    assert.deepEqual(read.labels, ['sub', 'name', 'family_name', 'email', 'email_verified', 'custom:tier']);
    assert.deepEqual(read.labels?.filter((_, i) => read.picked?.[i]), ['name', 'family_name', 'email']);
    assert.deepEqual(write.labels, ['name', 'family_name', 'email', 'custom:tier']);
    assert.deepEqual(write.labels?.filter((_, i) => write.picked?.[i]), ['name', 'family_name']);
    assert.deepEqual(updates(cognito), [['clients.update', { readAttributes: ['name', 'family_name', 'email', 'custom:tier'], writeAttributes: ['name', 'custom:tier'] }]]);
    assert.match(run.prompter.asked[2].detail ?? '', /^Read: email, family_name, name → name, family_name, email, custom:tier\nWrite: family_name, name → name, custom:tier\n\nThis applies at once/);
    assert.deepEqual(run.detailsChanged, [key]);
  });

  it('asks the write pick again while a required attribute is left out, or nothing is ticked', async () => {
    const { cognito, ref } = world({}, true, ['email']);
    const run = flowRun([{ pickMany: ['email'] }, { pickMany: ['name'] }, { pickMany: [] }, { pickMany: ['name', 'email'] }, { confirm: true }], cognito);
    await editAttributePermissions(run.deps, ref);
    assert.match(run.prompter.asked[2].text, /^The pool requires email, so the client must be able to write it\. /);
    assert.match(run.prompter.asked[3].text, /^Choose at least one attribute \(none would mean Cognito’s default/);
    assert.deepEqual(updates(cognito), [['clients.update', { readAttributes: ['email'], writeAttributes: ['name', 'email'] }]]);
  });

  it('starts from Cognito’s defaults when the client names no lists, and sends nothing when they are kept', async () => {
    const { cognito, ref } = world({ readAttributes: [], writeAttributes: [] });
    const run = flowRun([{ pickMany: ['sub', 'name', 'family_name', 'email', 'email_verified'] }, { pickMany: ['name', 'family_name', 'email'] }], cognito);
    await assert.rejects(editAttributePermissions(run.deps, ref), NothingToPick);
    assert.deepEqual(run.prompter.asked[1].labels?.filter((_, i) => run.prompter.asked[1].picked?.[i]), ['name', 'family_name', 'email']);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('changes nothing on Esc at any step', async () => {
    const answers: Answer[] = [{ pickMany: ['email'] }, { pickMany: ['name'] }, { confirm: true }];
    await assertEscAtEveryStepCreatesNothing(answers, () => world().cognito, (deps) => editAttributePermissions(deps, world().ref));
  });
});

describe('Edit App Client Settings', () => {
  it('pre-fills every setting, renames the client in the tree and the details view, and sends only what changed', async () => {
    const { cognito, ref, key } = world();
    const run = flowRun([{ input: 'web-shop-2' }, { pick: 'On' }, { pick: 'Off' }, { input: '11' }, { pick: 'On' }, { input: '25' }, { confirm: true }], cognito);
    await editClientSettings(run.deps, ref);
    const asked = run.prompter.asked;
    assert.equal(asked[0].value, 'web-shop');
    assert.deepEqual([asked[1].descriptions?.[0], asked[2].labels?.[0], asked[3].value, asked[4].descriptions?.[0], asked[5].value], ['current', 'Off', '11', 'current', '25']);
    assert.deepEqual(updates(cognito), [['clients.update', { name: 'web-shop-2' }]]);
    assert.equal(asked[6].detail, 'Name: web-shop → web-shop-2\n\nThe App Client Id stays the same, so apps and issued tokens keep working under the new name.');
    assert.deepEqual(run.changedItems.flatMap((n) => (n.kind === 'appClient' ? [n.client] : [])), [{ ...ref.client, name: 'web-shop-2' }]);
    assert.deepEqual(run.detailsChanged, [key]);
  });

  it('turning rotation off puts ALLOW_REFRESH_TOKEN_AUTH back, and skips the grace period', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ input: 'web-shop' }, { pick: 'On' }, { pick: 'Off' }, { input: '11' }, { pick: 'Off' }, { confirm: true }], cognito);
    await editClientSettings(run.deps, ref);
    assert.deepEqual(updates(cognito), [['clients.update', { refreshTokenRotation: { enabled: false }, authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }]]);
    assert.match(run.prompter.asked.at(-1)?.detail ?? '', /Authentication flows: ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH → ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_REFRESH_TOKEN_AUTH\n\nRefresh tokens already issued stop rotating/);
    assert.deepEqual(run.changedItems, [], 'the name did not change');
  });

  it('turning rotation on takes ALLOW_REFRESH_TOKEN_AUTH out (AWS refuses the two together), with the grace period typed', async () => {
    const { cognito, ref } = world({ rotationGracePeriodSeconds: undefined }, false);
    cognito.clientDetails.set('c7web', { ...cognito.clientDetails.get('c7web'), authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = flowRun([{ input: 'web-shop' }, { pick: 'Off' }, { pick: 'On' }, { input: '15' }, { pick: 'On' }, { input: '60' }, { confirm: true }], cognito);
    await editClientSettings(run.deps, ref);
    assert.deepEqual(updates(cognito), [
      ['clients.update', { preventUserExistenceErrors: false, tokenRevocation: true, authSessionMinutes: 15, refreshTokenRotation: { enabled: true, gracePeriodSeconds: 60 }, authFlows: ['ALLOW_USER_SRP_AUTH'] }],
    ]);
  });

  it('refuses, as typed, a session outside 3–15 minutes and a grace period outside 0–60 seconds', async () => {
    for (const [answers, message] of [
      [[{ input: 'web-shop' }, { pick: 'On' }, { pick: 'Off' }, { input: '16' }], /whole number from 3 to 15/],
      [[{ input: 'web-shop' }, { pick: 'On' }, { pick: 'Off' }, { input: '11' }, { pick: 'On' }, { input: '61' }], /whole number from 0 to 60/],
      [[{ input: 'web shop!' }], /letters, digits, spaces/],
    ] as const) {
      const { cognito, ref } = world();
      await assert.rejects(editClientSettings(flowRun([...answers], cognito).deps, ref), message);
      assert.deepEqual(cognito.writeCalls, []);
    }
  });

  it('sends nothing when nothing differs, and nothing on Esc at any step', async () => {
    const { cognito, ref } = world();
    await assert.rejects(editClientSettings(flowRun([{ input: 'web-shop' }, { pick: 'On' }, { pick: 'Off' }, { input: '11' }, { pick: 'On' }, { input: '25' }], cognito).deps, ref), NothingToPick);
    assert.deepEqual(cognito.writeCalls, []);
    const answers: Answer[] = [{ input: 'web-shop-2' }, { pick: 'Off' }, { pick: 'On' }, { input: '4' }, { pick: 'On' }, { input: '0' }, { confirm: true }];
    await assertEscAtEveryStepCreatesNothing(answers, () => world().cognito, (deps) => editClientSettings(deps, world().ref));
  });
});

describe('App Client Details after an edit', () => {
  it('is told by the subject it was opened with, and shows the new name and values with their units', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ input: 'web-shop-2' }, { pick: 'On' }, { pick: 'Off' }, { input: '15' }, { pick: 'On' }, { input: '25' }, { confirm: true }, { input: '45 minutes' }, { input: '90 minutes' }, { input: '900 minutes' }, { confirm: true }], cognito);
    await showAppClientDetails(run.deps, ref, 'storefront');
    await editClientSettings(run.deps, ref);
    await editTokenValidity(run.deps, { ...ref, client: { ...ref.client, name: 'web-shop-2' } });
    assert.deepEqual(run.detailsChanged, [run.details[0].subject, run.details[0].subject]);
    await showAppClientDetails(run.deps, ref, 'storefront');
    const text = run.details[1].text;
    assert.match(text, /^# App client web-shop-2$/m);
    assert.match(text, /- Sign-in session lasts: 15 minutes between steps \(3–15\)/);
    assert.match(text, /- ID token valid for: 90 minutes \(5 minutes – 1 day\)/);
    assert.match(text, /- Refresh token valid for: 900 minutes \(60 minutes – 10 years\)/);
    assert.match(text, /- Refresh token rotation: on \(the previous token works 25 s more, 0–60\)/);
  });
});
