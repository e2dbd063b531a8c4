import * as assert from 'node:assert/strict';
import { selectProfile, selectRegion, type SettingsWriter } from '../../src/commands/flows/selectConnection';
import { Cancelled } from '../../src/ui/prompter';
import { ESC, ScriptedPrompter } from '../support/scriptedPrompter';

function recorder() {
  const writes: [string, unknown][] = [];
  const writer: SettingsWriter = { update: async (key: string, value: unknown) => void writes.push([key, value]) };
  return { writes, writer };
}

const profiles = Promise.resolve([
  { name: 'corp', kind: 'sso' as const, region: 'eu-west-1' },
  { name: 'default', kind: 'keys' as const },
]);

describe('Select AWS Profile / Region', () => {
  it('writes the chosen profile, or clears it for the default chain', async () => {
    const { writes, writer } = recorder();
    await selectProfile(new ScriptedPrompter([{ pick: 'corp' }]), profiles, writer);
    await selectProfile(new ScriptedPrompter([{ pick: 'Default credential chain' }]), profiles, writer);
    assert.deepEqual(writes, [['profile', 'corp'], ['profile', undefined]]);
  });

  it('describes each profile by kind and region', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'corp' }]);
    await selectProfile(prompter, profiles, recorder().writer, 'corp');
    assert.deepEqual(prompter.asked[0].labels?.slice(1), ['corp', 'default']);
  });

  it('writes a listed region, an other region, or clears it', async () => {
    const { writes, writer } = recorder();
    await selectRegion(new ScriptedPrompter([{ pick: 'eu-central-1' }]), writer);
    await selectRegion(new ScriptedPrompter([{ pick: 'Other region…' }, { input: 'xx-future-1' }]), writer);
    await selectRegion(new ScriptedPrompter([{ pick: 'The profile’s region' }]), writer);
    assert.deepEqual(writes, [['region', 'eu-central-1'], ['region', 'xx-future-1'], ['region', undefined]]);
  });

  it('validates an other region as it is typed and changes nothing on Esc', async () => {
    const { writes, writer } = recorder();
    await assert.rejects(selectRegion(new ScriptedPrompter([{ pick: 'Other region…' }, { input: 'Europe' }]), writer), /region id such as eu-west-1/);
    await assert.rejects(selectRegion(new ScriptedPrompter([ESC]), writer), Cancelled);
    await assert.rejects(selectProfile(new ScriptedPrompter([ESC]), profiles, writer), Cancelled);
    assert.deepEqual(writes, []);
  });
});
