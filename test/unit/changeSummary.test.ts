import * as assert from 'node:assert/strict';
import { changedSettings, confirmChanges, summaryLines } from '../../src/commands/flows/changeSummary';
import { runFlow } from '../../src/commands/flows/steps';
import { NothingToPick } from '../../src/ui/prompter';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC } from '../support/scriptedPrompter';

// The confirmation every edit ends with: only what differs is listed, "before → after", with what it means.

const CHANGES = [
  { setting: 'Minimum length', before: '8', after: '14' },
  { setting: 'Require symbols', before: 'yes', after: 'yes' },
  { setting: 'Temporary password valid for', before: '7 days', after: '3 days' },
];

describe('the confirmation of an edit', () => {
  it('lists only the settings whose text differs, as "setting: before → after"', () => {
    assert.deepEqual(
      changedSettings(CHANGES).map((c) => c.setting),
      ['Minimum length', 'Temporary password valid for'],
    );
    assert.equal(summaryLines(changedSettings(CHANGES)), 'Minimum length: 8 → 14\nTemporary password valid for: 7 days → 3 days');
  });

  function edit(answers: Parameters<typeof flowRun>[0], changes = CHANGES) {
    const run = flowRun(answers, new FakeCognito());
    let executed = false;
    const outcome = runFlow<{ pool: string }, void>({
      title: 'Edit Password Policy',
      given: { pool: 'ops-eu' },
      steps: [confirmChanges(run.deps, { subject: (a) => `the password policy of ${a.pool}`, changes: () => changes, consequence: () => 'Existing passwords keep working.' })],
      execute: async () => {
        executed = true;
      },
    });
    return { run, outcome, executed: () => executed };
  }

  it('asks with the changes and their consequence, and goes ahead on Save', async () => {
    const { run, outcome, executed } = edit([{ confirm: true }]);
    await outcome;
    assert.equal(executed(), true);
    const [asked] = run.prompter.asked.filter((a) => a.type === 'confirm');
    assert.equal(asked.title, 'Save', 'the button');
    assert.equal(asked.text, 'Change the password policy of ops-eu?');
    assert.equal(asked.detail, 'Minimum length: 8 → 14\nTemporary password valid for: 7 days → 3 days\n\nExisting passwords keep working.');
  });

  it('changes nothing on Esc', async () => {
    const { outcome, executed } = edit([ESC]);
    await assert.rejects(outcome);
    assert.equal(executed(), false);
  });

  it('sends nothing, and says so, when nothing differs', async () => {
    const { outcome, executed } = edit([], [{ setting: 'Minimum length', before: '8', after: '8' }]);
    await assert.rejects(outcome, (error: Error) => error instanceof NothingToPick && /already has these settings/.test(error.message));
    assert.equal(executed(), false);
  });
});
