import * as assert from 'node:assert/strict';
import type { ProfileInfo } from '../../src/aws/profiles';
import { addConnection, removeConnection, type ManageConnectionsDeps } from '../../src/commands/flows/manageConnections';
import { selectProfile, selectRegion, type SettingsWriter } from '../../src/commands/flows/selectConnection';
import { toConnection } from '../../src/connection/connections';
import { ScriptedPrompter } from '../support/scriptedPrompter';
import { asked } from '../support/transcript';

// Select AWS Profile / Region and Add / Remove Connection word for word: every profile with its kind,
// region and "(current)", the regions with their names, and what each step says.

const PROFILES: ProfileInfo[] = [
  { name: 'corp', kind: 'sso', region: 'eu-west-1' },
  { name: 'ci', kind: 'role' },
  { name: 'tool', kind: 'process', region: 'us-east-2' },
  { name: 'default', kind: 'keys' },
  { name: 'odd', kind: 'other' },
];

function writer() {
  const writes: [string, unknown][] = [];
  const settings: SettingsWriter = { update: async (key: string, value: unknown) => void writes.push([key, value]) };
  return { writes, settings };
}

/** A region pick as "id (name)" lines, the first few and the last. */
function regionItems(prompter: ScriptedPrompter, index: number): string[] {
  const line = asked({ prompter })[index];
  const items = line.slice(line.indexOf('items: ') + 'items: '.length).split(' | ');
  return [...items.slice(0, 3), items.at(-1)!];
}

describe('choosing profiles, regions and connections, word for word', () => {
  it('lists every profile with its kind, region and the current mark', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'tool' }]);
    const { writes, settings } = writer();
    assert.equal(await selectProfile(prompter, Promise.resolve(PROFILES), settings, 'tool'), 'tool');
    assert.deepEqual(asked({ prompter }), [
      'pick 1/1 Select AWS Profile: Profiles from your AWS config and credentials files — items: ' +
        [
          '$(debug-restart) Default credential chain [Environment variables, AWS_PROFILE, then the "default" profile, as the AWS CLI]',
          'corp (SSO · eu-west-1)',
          'ci (assume role)',
          'tool (credential process · us-east-2 · (current))',
          'default (access keys)',
          'odd',
        ].join(' | '),
    ]);
    assert.deepEqual(writes, [['profile', 'tool']]);
  });

  it('lists the regions with their names and the current mark, and takes another region typed in', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'Other region…' }, { input: ' xx-future-1 ' }]);
    const { writes, settings } = writer();
    assert.equal(await selectRegion(prompter, settings, 'us-east-2'), 'xx-future-1');
    assert.deepEqual(regionItems(prompter, 0), [
      "$(account) The profile’s region [From the profile's config, else AWS_REGION, else us-east-1]",
      'us-east-1 (US East (N. Virginia))',
      'us-east-2 (US East (Ohio) · (current))',
      'Other region…',
    ]);
    assert.match(asked({ prompter })[0], /^pick 1\/1 Select Region: Region of the user pools to show — items: /);
    assert.deepEqual(asked({ prompter })[1], 'input 1/1 Select Region: Region id — placeholder: eu-west-1');
    assert.deepEqual(writes, [['region', 'xx-future-1']]);
  });

  it('adds an emulator connection: the endpoint step, the regions, and the label it would get', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'Local emulator' }, { input: ' http://127.0.0.1:9229 ' }, { pick: 'eu-central-1' }, { input: '' }]);
    const deps = manageDeps(prompter, [{ region: 'us-east-1', endpoint: 'http://127.0.0.1:9001' }]);
    const added = await addConnection(deps.deps, Promise.resolve(PROFILES.slice(0, 2)));
    const lines = asked({ prompter });
    assert.deepEqual(lines[0], 'pick 1/3 Add Connection: An AWS profile from your AWS config and credentials files, or a local emulator — items: ' +
      [
        'corp (SSO · eu-west-1)',
        'ci (assume role)',
        '$(debug-restart) Default credential chain [Environment variables, AWS_PROFILE, then the "default" profile, as the AWS CLI]',
        '$(plug) Local emulator… [An endpoint such as cognito-local on http://127.0.0.1:9229]',
      ].join(' | '));
    assert.equal(lines[1], 'input 2/4 Add Connection: Endpoint of the emulator (plain http only for this machine) — placeholder: http://127.0.0.1:9229');
    assert.match(lines[2], /^pick 3\/4 Add Connection: Region of the user pools — items: us-east-1 \(US East \(N\. Virginia\)\)/);
    assert.equal(lines[3], `input 4/4 Add Connection: A label for the tree (optional; Enter keeps the default) — placeholder: ${toConnection({ region: 'eu-central-1', endpoint: 'http://127.0.0.1:9229' }).label}`);
    assert.deepEqual(deps.writes, [{ connections: [{ region: 'us-east-1', endpoint: 'http://127.0.0.1:9001' }, { region: 'eu-central-1', endpoint: 'http://127.0.0.1:9229' }] }]);
    assert.deepEqual(deps.statuses, [`$(check) Added the connection ${added?.label}`]);
  });

  it('puts the profile’s own region first, and refuses an empty endpoint with an example', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'corp' }, { pick: 'Other region…' }, { input: 'xx-future-1' }, { input: 'Corp' }]);
    const deps = manageDeps(prompter, [{ profile: 'ci', region: 'us-east-1' }]);
    await addConnection(deps.deps, Promise.resolve(PROFILES));
    assert.deepEqual(regionItems(prompter, 1), ['eu-west-1 (the profile’s region)', 'us-east-1 (US East (N. Virginia))', 'us-east-2 (US East (Ohio))', 'Other region…']);
    assert.equal(prompter.asked[1].labels?.filter((l) => l === 'eu-west-1').length, 1, 'the profile’s region is listed once');
    assert.equal(asked({ prompter })[2], 'input 2/3 Add Connection: Region id — placeholder: eu-west-1');
    assert.deepEqual(deps.writes, [{ connections: [{ profile: 'ci', region: 'us-east-1' }, { profile: 'corp', region: 'xx-future-1', label: 'Corp' }] }]);

    const empty = new ScriptedPrompter([{ pick: 'Local emulator' }, { input: ' ' }]);
    await assert.rejects(addConnection(manageDeps(empty, []).deps, Promise.resolve([])), /Enter the endpoint, e\.g\. http:\/\/127\.0\.0\.1:9229\./);
  });

  it('says so when the connection is already there, and writes nothing', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'corp' }, { pick: 'eu-west-1' }, { input: '' }]);
    const deps = manageDeps(prompter, [{ profile: 'corp', region: 'eu-west-1' }]);
    assert.equal(await addConnection(deps.deps, Promise.resolve(PROFILES)), undefined);
    assert.deepEqual(deps.writes, []);
    assert.deepEqual(deps.infos, [`The connection "${toConnection({ profile: 'corp', region: 'eu-west-1' }).label}" is already in the Cognito view.`]);
  });

  it('removes a connection after a confirmation that says the pools stay, and clears the list when it was the last', async () => {
    const entry = { profile: 'corp', region: 'eu-west-1', label: 'Corp' };
    const prompter = new ScriptedPrompter([{ confirm: true }]);
    const deps = manageDeps(prompter, [entry]);
    await removeConnection(deps.deps, toConnection(entry));
    assert.deepEqual(asked({ prompter }), [
      'confirm [Remove]: Remove the connection "Corp" from the Cognito view? — detail: Its user pools stay where they are; only the entry in the cognito.connections setting goes.',
    ]);
    assert.deepEqual(deps.writes, [{ connections: undefined }]);
    assert.deepEqual(deps.statuses, ['$(check) Removed the connection Corp']);
  });
});

function manageDeps(prompter: ScriptedPrompter, list: unknown[]) {
  const writes: unknown[] = [];
  const infos: string[] = [];
  const statuses: string[] = [];
  const deps: ManageConnectionsDeps = {
    prompter,
    feedback: {
      info: async (message) => void infos.push(message),
      status: (message) => void statuses.push(message),
      progress: (_t, task) => task(),
      bulkProgress: (_t, task) => task({ report: () => undefined, cancelled: () => false }),
      waitFor: (_t, task) => task(new AbortController().signal),
    },
    settings: {
      writer: { update: async (key: string, value: unknown) => void writes.push({ [key]: value }) },
      currentList: () => list,
      currentSingle: async () => ({ profile: 'dev', region: 'eu-west-1' }),
    },
  };
  return { deps, writes, infos, statuses };
}

