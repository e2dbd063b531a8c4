import * as assert from 'node:assert/strict';
import { addCustomAttribute } from '../../src/commands/flows/customAttributes/addCustomAttribute';
import { poolNode } from '../../src/tree/nodes';
import { poolDetailsModel } from '../../src/views/models/poolDetailsModel';
import { Cancelled, NothingToPick } from '../../src/ui/prompter';
import type { AttributeSchema } from '../../src/shared/types';
import { checkCustomAttributeName, checkMaxLength, checkMaxValue, checkMinLength, checkMinValue } from '../../src/validation/customAttribute';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';

// Add Custom Attribute with scripted answers against the fake: what it sends, what the confirmation says
// (never removed or renamed, how many of the 50), the pool already at 50, Esc at every step, and AWS's
// rules for the name and the limits as the boxes check them while typing.

const custom = (name: string): AttributeSchema => ({ name: `custom:${name}`, type: 'String', mutable: true, required: false, custom: true });

function world(customCount = 2) {
  const cognito = new FakeCognito();
  const names = Array.from({ length: customCount }, (_, i) => (i === 0 ? 'tenantId' : `extra${i}`));
  const details = cognito.addPool('shop', {
    id: 'eu-central-2_Shop9',
    attributes: [{ name: 'email', type: 'String', mutable: true, required: true, custom: false }, ...names.map(custom)],
  });
  return { cognito, pool: onDefault(details) };
}

const STRING_ANSWERS: Answer[] = [{ input: 'plan' }, { pick: 'String' }, { input: '2' }, { input: '64' }, { pick: 'Immutable' }, { confirm: true }];

describe('Add Custom Attribute', () => {
  it('adds a String attribute with its lengths and mutability, after a confirmation that says it is for good', async () => {
    const { cognito, pool } = world();
    const run = flowRun(STRING_ANSWERS, cognito);
    await addCustomAttribute(run.deps, pool);
    run.prompter.assertDone();
    assert.deepEqual(cognito.writeCalls, [
      { method: 'pools.addCustomAttributes', args: ['eu-central-2_Shop9', [{ name: 'plan', type: 'String', minLength: 2, maxLength: 64, mutable: false }]] },
    ]);
    const confirm = run.prompter.asked.find((a) => a.type === 'confirm')!;
    assert.equal(confirm.title, 'Add');
    assert.equal(confirm.text, 'Change the custom attributes of shop?');
    assert.equal(
      confirm.detail,
      'custom:plan: not in the pool → string, 2–64 characters, immutable (set only when the user is created)\n\n' +
        'A custom attribute can never be removed or renamed, nor its type, limits or mutability changed. A pool holds at most 50: this one would then have 3.',
    );
    assert.deepEqual(run.detailsChanged, [poolNode(pool.connectionId, pool.pool).key], 'an open Pool Details renders again');
    assert.deepEqual(run.statusMessages, ['$(check) Added custom:plan to shop']);
  });

  it('adds a Number attribute with a minimum and no maximum; the boxes start with AWS’s defaults for a String', async () => {
    const { cognito, pool } = world();
    const run = flowRun([{ input: 'level' }, { pick: 'Number' }, { input: '-5' }, { input: '' }, { pick: 'Mutable' }, { confirm: true }], cognito);
    await addCustomAttribute(run.deps, pool);
    assert.deepEqual(cognito.writeCalls[0].args[1], [{ name: 'level', type: 'Number', minValue: -5, maxValue: undefined, mutable: true }]);
    assert.match(run.prompter.asked.find((a) => a.type === 'confirm')!.detail ?? '', /^custom:level: not in the pool → number, at least -5, mutable\n/);

    const strings = flowRun(STRING_ANSWERS, world().cognito);
    await addCustomAttribute(strings.deps, pool);
    assert.deepEqual(strings.prompter.asked.filter((a) => a.type === 'input').map((a) => a.value), [undefined, '0', '2048']);
  });

  it('asks the five questions as steps 1–5 of 5, whichever the type', async () => {
    const run = flowRun(STRING_ANSWERS, world().cognito);
    await addCustomAttribute(run.deps, world().pool);
    assert.deepEqual(run.prompter.asked.filter((a) => a.type !== 'confirm').map((a) => `${a.step}/${a.totalSteps}`), ['1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('refuses a name the pool has, before anything is sent', async () => {
    const { cognito, pool } = world();
    const run = flowRun([{ input: 'tenantId' }], cognito);
    await assert.rejects(addCustomAttribute(run.deps, pool), /rejected by the box's validation: The pool already has custom:tenantId; a custom attribute's name can never be used again\./);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('says a pool that already has 50 custom attributes cannot take another, before asking anything', async () => {
    const { cognito, pool } = world(50);
    const run = flowRun([], cognito);
    await assert.rejects(addCustomAttribute(run.deps, pool), (error: unknown) => {
      assert.ok(error instanceof NothingToPick);
      assert.equal(error.message, 'shop already has 50 custom attributes, the most a pool can hold; custom attributes can never be removed.');
      return true;
    });
    assert.deepEqual(run.prompter.asked, []);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('counts 49 as room for one more, and says the pool would then have 50', async () => {
    const { cognito, pool } = world(49);
    const run = flowRun(STRING_ANSWERS, cognito);
    await addCustomAttribute(run.deps, pool);
    assert.match(run.prompter.asked.find((a) => a.type === 'confirm')!.detail ?? '', /would then have 50\.$/);
  });

  it('asks for the pool from the palette', async () => {
    const { cognito } = world();
    const run = flowRun([{ pick: 'shop' }, ...STRING_ANSWERS], cognito);
    await addCustomAttribute(run.deps);
    assert.equal(cognito.writeCalls.length, 1);
  });

  it('changes nothing on Esc at any step, or on Cancel in the confirmation', async () => {
    for (let at = 0; at < STRING_ANSWERS.length; at++) {
      const { cognito, pool } = world();
      const answers: Answer[] = [...STRING_ANSWERS.slice(0, at), at === STRING_ANSWERS.length - 1 ? { confirm: false } : ESC];
      await assert.rejects(addCustomAttribute(flowRun(answers, cognito).deps, pool), Cancelled, `Esc at answer ${at + 1}`);
      assert.deepEqual(cognito.writeCalls, [], `nothing sent after Esc at answer ${at + 1}`);
    }
  });
});

describe('custom attribute rules as typed', () => {
  const existing = ['custom:tenantId'];

  it('takes a name of 1–20 letters, numbers, symbols and punctuation, not one the pool has', () => {
    for (const ok of ['a', 'x'.repeat(20), 'tenant_id', 'Été-ñ.2', 'a:b', 'tenantid']) assert.equal(checkCustomAttributeName(ok, existing), undefined, ok);
    assert.equal(checkCustomAttributeName('', existing), 'Enter a name, e.g. tenantId (Cognito makes it custom:tenantId).');
    assert.equal(checkCustomAttributeName('x'.repeat(21), existing), 'A custom attribute\'s name has at most 20 characters after "custom:" (now 21).');
    assert.equal(checkCustomAttributeName('😀'.repeat(20), existing), undefined, 'characters, not UTF-16 units, count');
    assert.equal(checkCustomAttributeName('tenant id', existing), 'A name can contain letters, numbers, symbols and punctuation, but no spaces.');
    assert.equal(checkCustomAttributeName('tenantId', existing), "The pool already has custom:tenantId; a custom attribute's name can never be used again.");
    assert.equal(checkCustomAttributeName('custom:tenantId', existing), "The pool already has custom:tenantId; a custom attribute's name can never be used again.", 'a typed prefix is the same name');
  });

  it('takes lengths from 0 to 2048, the maximum at least the minimum and at least 1', () => {
    for (const ok of ['0', '2048', ' 7 ']) assert.equal(checkMinLength(ok), undefined, ok);
    for (const bad of ['', '-1', '2049', '1.5', 'ten']) assert.equal(checkMinLength(bad), 'Enter a whole number from 0 to 2048.', bad);
    assert.equal(checkMaxLength('2048', 0), undefined);
    assert.equal(checkMaxLength('0', 0), 'Enter a whole number from 1 to 2048.');
    assert.equal(checkMaxLength('9', 10), 'Enter a whole number from 10 to 2048.');
    assert.equal(checkMaxLength('2049', 10), 'Enter a whole number from 10 to 2048.');
  });

  it('takes whole-number bounds, either one empty, the maximum at least the minimum', () => {
    for (const ok of ['', '0', '-10', '99999']) assert.equal(checkMinValue(ok), undefined, ok);
    assert.equal(checkMinValue('1.5'), 'Enter a whole number (e.g. 0 or -10), or leave it empty for no minimum.');
    assert.equal(checkMaxValue('', 5), undefined);
    assert.equal(checkMaxValue('5', 5), undefined);
    assert.equal(checkMaxValue('4', 5), 'Enter at least the minimum, 5.');
    assert.equal(checkMaxValue('x', undefined), 'Enter a whole number, or leave it empty for no maximum.');
  });
});

describe('Pool Details and custom attributes', () => {
  it('lists each custom attribute with its constraints as its own field, and offers Add Custom Attribute… beside the count', async () => {
    const { cognito, pool } = world(0);
    await cognito.pools.addCustomAttributes(pool.pool.id, [
      { name: 'plan', type: 'String', minLength: 2, maxLength: 12, mutable: true },
      { name: 'level', type: 'Number', minValue: 0, maxValue: 99, mutable: false },
    ]);
    const model = poolDetailsModel(await cognito.pools.describe(pool.pool.id), { issuer: 'https://i.example/p', jwks: 'https://i.example/p/jwks' });
    const fields = model.sections.find((s) => s.title === 'Attributes')!.fields;
    assert.deepEqual(
      fields.map((f) => [f.id, f.label, f.value, (f.actions ?? []).map((a) => a.id)]),
      [
        ['requiredAttributes', 'Required', 'email', []],
        ['customAttributes', 'Custom', '2 of at most 50', ['cognito.addCustomAttribute']],
        ['customAttribute:custom:plan', 'custom:plan', 'string, 2–12 characters, mutable', []],
        ['customAttribute:custom:level', 'custom:level', 'number, 0 to 99, immutable (set only when the user is created)', []],
      ],
    );
  });
});
