import * as assert from 'node:assert/strict';
import { createGroup } from '../../src/commands/flows/groups/groupActions';
import { askAlone, runFlow, stepsAfter, type Step } from '../../src/commands/flows/steps';
import { Cancelled, type Prompter } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC, ScriptedPrompter, type Answer } from '../support/scriptedPrompter';

// The step runner: "step n of m" comes from the steps a flow lists, never from a hand count. Skipped
// steps leave m, unnumbered steps (a read, a modal confirmation) take no number, m follows the answers
// as they arrive, and execute runs only once every question is answered.

interface Answers {
  pool: string;
  name: string;
  secret: boolean;
  endpoint: string;
  label: string;
}

/** A flow of five questions, a read and a confirmation, recording whether execute ran. */
function flow(prompter: Prompter, given: Partial<Answers> = {}) {
  const executed: Answers[] = [];
  const steps: Step<Answers>[] = [
    { fills: 'pool', skip: (a) => a.pool !== undefined, ask: (_, step) => prompter.pick([{ label: 'shop', value: 'shop' }], { ...step, placeholder: 'Pool' }) },
    { fills: 'name', ask: (_, step) => prompter.input({ ...step, prompt: 'Name' }) },
    // Counted until the answer says otherwise (undefined is "not known yet", so it counts).
    { fills: 'secret', skip: (a) => a.name === 'public', ask: (_, step) => prompter.pick([{ label: 'Yes', value: true }], { ...step, placeholder: 'Secret?' }) },
    // Counted only once it is known to be needed.
    { fills: 'endpoint', skip: (a) => a.name !== 'local', ask: (_, step) => prompter.input({ ...step, prompt: 'Endpoint' }) },
    { fills: 'label', load: async (a) => `${a.pool}/${a.name}` },
    { confirm: (a) => prompter.confirm({ message: `Create ${a.label}?`, action: 'Create' }) },
  ];
  return { executed, run: () => runFlow<Answers, void>({ title: 'Make', given, steps, execute: async (a) => void executed.push(a) }) };
}

async function counts(answers: Answer[], given: Partial<Answers> = {}): Promise<string[]> {
  const prompter = new ScriptedPrompter(answers);
  await flow(prompter, given).run();
  prompter.assertDone();
  return prompter.asked.map((a) => (a.type === 'confirm' ? 'confirm' : `${a.text} ${a.step}/${a.totalSteps}`));
}

describe('the step runner', () => {
  it('numbers the questions from 1, giving no number to a read or a confirmation', async () => {
    assert.deepEqual(await counts([{ pick: 'shop' }, { input: 'web' }, { pick: 'Yes' }, { confirm: true }]), ['Pool 1/3', 'Name 2/3', 'Secret? 3/3', 'confirm']);
  });

  it('leaves a step whose answer is given out of the count (from a node, not the palette)', async () => {
    assert.deepEqual(await counts([{ input: 'web' }, { pick: 'Yes' }, { confirm: true }], { pool: 'shop' }), ['Name 1/2', 'Secret? 2/2', 'confirm']);
  });

  it('recounts as answers arrive: a step drops out once an answer rules it out, or joins once one needs it', async () => {
    assert.deepEqual(await counts([{ pick: 'shop' }, { input: 'public' }, { confirm: true }]), ['Pool 1/3', 'Name 2/3', 'confirm']);
    assert.deepEqual(await counts([{ pick: 'shop' }, { input: 'local' }, { pick: 'Yes' }, { input: 'http://127.0.0.1:9229' }, { confirm: true }]), [
      'Pool 1/3',
      'Name 2/3',
      'Secret? 3/4',
      'Endpoint 4/4',
      'confirm',
    ]);
  });

  it('fills each answer, the given ones included, and hands them to execute', async () => {
    const prompter = new ScriptedPrompter([{ input: 'web' }, { pick: 'Yes' }, { confirm: true }]);
    const { executed, run } = flow(prompter, { pool: 'kept' });
    await run();
    assert.deepEqual(executed, [{ pool: 'kept', name: 'web', secret: true, label: 'kept/web' }]);
  });

  it('runs no execute when Esc is pressed at any question or the confirmation is cancelled', async () => {
    const script: Answer[] = [{ pick: 'shop' }, { input: 'local' }, { pick: 'Yes' }, { input: 'http://127.0.0.1:9229' }, { confirm: true }];
    for (let at = 0; at < script.length; at++) {
      const prompter = new ScriptedPrompter([...script.slice(0, at), ESC]);
      const { executed, run } = flow(prompter);
      await assert.rejects(run(), Cancelled, `Esc at question ${at + 1}`);
      assert.deepEqual(executed, [], `Esc at question ${at + 1} must not execute`);
      prompter.assertDone();
    }
    const declined = flow(new ScriptedPrompter([...script.slice(0, -1), { confirm: false }]));
    await assert.rejects(declined.run(), Cancelled);
    assert.deepEqual(declined.executed, []);
  });

  it('numbers questions found while executing after the last step, each one more', () => {
    const after = stepsAfter('Sign In as alice', 2);
    assert.deepEqual([after.next(), after.next()], [
      { title: 'Sign In as alice', step: 3, totalSteps: 3 },
      { title: 'Sign In as alice', step: 4, totalSteps: 4 },
    ]);
  });

  it('makes a lone question (a target picked from the palette) step 1 of 1, and Esc there rejects', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'shop' }, ESC]);
    const ask = (step: Parameters<Parameters<typeof askAlone>[1]>[0]) => prompter.pick([{ label: 'shop', value: 'eu-west-3_shop' }], { ...step, placeholder: 'Pool' });
    assert.equal(await askAlone('Open in AWS Console', ask), 'eu-west-3_shop');
    await assert.rejects(askAlone('Open in AWS Console', ask), Cancelled);
    assert.deepEqual(prompter.asked.map((a) => `${a.title} ${a.step}/${a.totalSteps}`), ['Open in AWS Console 1/1', 'Open in AWS Console 1/1']);
  });

  it('derives a real flow’s counts from its steps: Create Group from the palette and from a pool node', async () => {
    const names = [{ input: 'admins' }, { input: '' }, { input: '0' }, { input: '' }];
    const fromPalette = flowRun([{ pick: 'shop' }, ...names], withShop());
    await createGroup(fromPalette.deps);
    assert.deepEqual(fromPalette.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/5', '2/5', '3/5', '4/5', '5/5']);

    const cognito = withShop();
    const fromNode = flowRun(names, cognito);
    await createGroup(fromNode.deps, onDefault(cognito.data.pools[0]));
    assert.deepEqual(fromNode.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/4', '2/4', '3/4', '4/4']);
  });
});

function withShop(): FakeCognito {
  const cognito = new FakeCognito();
  cognito.addPool('shop');
  return cognito;
}
