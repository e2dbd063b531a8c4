import * as assert from 'node:assert/strict';
import type { ProfileInfo } from '../../src/aws/profiles';
import { addConnection, removeConnection, type ConnectionSettingsAccess, type ManageConnectionsDeps } from '../../src/commands/flows/manageConnections';
import { pickUserPool } from '../../src/commands/flows/pickers';
import { CognitoError } from '../../src/shared/errors';
import { toConnection } from '../../src/connection/connections';
import { Cancelled } from '../../src/ui/prompter';
import { listedConnections } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { ESC, ScriptedPrompter, type Answer } from '../support/scriptedPrompter';

const PROFILES: ProfileInfo[] = [
  { name: 'dev', region: 'eu-west-1', kind: 'sso' },
  { name: 'prod', kind: 'keys' },
];

function setup(answers: Answer[], list: unknown[] = []) {
  const prompter = new ScriptedPrompter(answers);
  const writes: unknown[] = [];
  const infos: string[] = [];
  const settings: ConnectionSettingsAccess = {
    writer: { update: async (key: string, value: unknown) => void writes.push({ [key]: value }) },
    currentList: () => list,
    currentSingle: async () => ({ profile: 'dev', region: 'eu-west-1' }),
  };
  const deps: ManageConnectionsDeps = {
    prompter,
    feedback: { info: async (message) => void infos.push(message), status: () => undefined, progress: (_t, task) => task(), bulkProgress: (_t, task) => task({ report: () => undefined, cancelled: () => false }), waitFor: (_t, task) => task(new AbortController().signal) },
    settings,
  };
  return { deps, prompter, writes, infos };
}

describe('Add Connection', () => {
  it('adds a profile in a region, keeping the connection in use when the list was empty', async () => {
    const { deps, prompter, writes } = setup([{ pick: 'prod' }, { pick: 'us-west-2' }, { input: 'Production' }]);
    await addConnection(deps, Promise.resolve(PROFILES));
    prompter.assertDone();
    assert.deepEqual(writes, [{ connections: [{ profile: 'dev', region: 'eu-west-1' }, { profile: 'prod', region: 'us-west-2', label: 'Production' }] }]);
    assert.deepEqual(prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/3', '2/3', '3/3']);
  });

  it('offers the profile’s own region first', async () => {
    const { deps, prompter } = setup([{ pick: 'dev' }, ESC]);
    await assert.rejects(addConnection(deps, Promise.resolve(PROFILES)), Cancelled);
    assert.equal(prompter.asked[1].labels?.[0], 'eu-west-1');
  });

  it('adds an emulator endpoint, checked as typed, to an existing list', async () => {
    const existing = [{ profile: 'dev', region: 'eu-west-1' }];
    const { deps, prompter, writes } = setup([{ pick: 'Local emulator' }, { input: ' http://127.0.0.1:9230 ' }, { pick: 'us-east-1' }, { input: '' }], existing);
    await addConnection(deps, Promise.resolve(PROFILES));
    assert.deepEqual(writes, [{ connections: [...existing, { region: 'us-east-1', endpoint: 'http://127.0.0.1:9230' }] }]);
    assert.deepEqual(prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/3', '2/4', '3/4', '4/4'], 'the endpoint step is counted once the emulator is chosen');
  });

  it('refuses a plain-http endpoint on another machine while it is typed', async () => {
    const { deps } = setup([{ pick: 'Local emulator' }, { input: 'http://10.0.0.5:9229' }]);
    await assert.rejects(addConnection(deps, Promise.resolve(PROFILES)), /rejected by the box's validation: Plain http is allowed only for this machine/);
  });

  it('says so, and writes nothing, when the connection is already there', async () => {
    const { deps, writes, infos } = setup([{ pick: 'dev' }, { pick: 'eu-west-1' }, { input: '' }]);
    await addConnection(deps, Promise.resolve(PROFILES));
    assert.deepEqual(writes, []);
    assert.match(infos[0], /"dev · eu-west-1" is already in the Cognito view/);
  });

  it('still offers the default chain and the emulator when the AWS config cannot be read', async () => {
    const { deps, prompter } = setup([ESC]);
    await assert.rejects(addConnection(deps, Promise.reject(new Error('bad ini'))), Cancelled);
    assert.equal(prompter.asked[0].labels?.length, 2);
  });

  it('writes nothing on Esc at any step', async () => {
    const complete: Answer[] = [{ pick: 'Local emulator' }, { input: 'http://127.0.0.1:9230' }, { pick: 'Other region' }, { input: 'eu-west-9' }, { input: 'x' }];
    for (let step = 0; step < complete.length; step++) {
      const { deps, writes } = setup([...complete.slice(0, step), ESC]);
      await assert.rejects(addConnection(deps, Promise.resolve(PROFILES)), Cancelled);
      assert.deepEqual(writes, [], `Esc at step ${step + 1}`);
    }
  });
});

describe('Remove Connection', () => {
  const list = [{ profile: 'dev', region: 'eu-west-1' }, { region: 'us-east-1', endpoint: 'http://127.0.0.1:9229', label: 'local' }, { profile: 'bad' }];

  it('removes exactly the connection after the confirmation, keeping entries it cannot read', async () => {
    const { deps, writes } = setup([{ confirm: true }], list);
    await removeConnection(deps, toConnection(list[1] as { region: string }));
    assert.deepEqual(writes, [{ connections: [list[0], list[2]] }]);
  });

  it('drops the setting when the last entry goes', async () => {
    const { deps, writes } = setup([{ confirm: true }], [list[0]]);
    await removeConnection(deps, toConnection(list[0] as { region: string }));
    assert.deepEqual(writes, [{ connections: undefined }]);
  });

  it('removes nothing on Cancel or Esc', async () => {
    for (const answer of [{ confirm: false }, ESC] as Answer[]) {
      const { deps, writes } = setup([answer], list);
      await assert.rejects(removeConnection(deps, toConnection(list[0] as { region: string })), Cancelled);
      assert.deepEqual(writes, []);
    }
  });
});

describe('the pool pick with several connections', () => {
  it('lists every connection’s pools with their connection, and a failing connection as one item with its sentence', async () => {
    const a = new FakeCognito();
    const b = new FakeCognito();
    const broken = new FakeCognito();
    a.addPool('shop');
    b.addPool('shop');
    const unreachable = new CognitoError('Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.', 'unreachable');
    broken.failNext.set('pools.list', unreachable);
    const source = listedConnections({ a, b, broken });
    const prompter = new ScriptedPrompter([{ pick: 'broken' }]);
    await assert.rejects(pickUserPool(prompter, source, { title: 't', step: 1, totalSteps: 1 }), (e) => e === unreachable);
    const [, second, failed] = prompter.asked[0].labels ?? [];
    assert.equal(second, 'shop');
    assert.equal(failed, '$(warning) broken');

    const again = new ScriptedPrompter([]);
    again.pick = async (items) => (await items)[1].value;
    const chosen = await pickUserPool(again, source, { title: 't', step: 1, totalSteps: 1 });
    assert.deepEqual(chosen, { connectionId: source.byLabel('b').id, pool: { id: b.data.pools[0].id, name: 'shop' } });
  });
});
