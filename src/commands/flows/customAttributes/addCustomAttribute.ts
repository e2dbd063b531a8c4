import type { PoolRef } from '../../../connection/connections';
import { constraintsText } from '../../../shared/customAttributeText';
import { MAX_CUSTOM_ATTRIBUTE_LENGTH, MAX_CUSTOM_ATTRIBUTES, type CustomAttributeRequest, type UserPoolDetails } from '../../../shared/types';
import { poolNode } from '../../../tree/nodes';
import { NothingToPick } from '../../../ui/prompter';
import { bareCustomAttributeName, boundOf, checkCustomAttributeName, checkMaxLength, checkMaxValue, checkMinLength, checkMinValue } from '../../../validation/customAttribute';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Add Custom Attribute (AddCustomAttributes): 1. the name, without "custom:" (1–20 characters, not one the
// pool has)  2. String or Number  3–4. a String's minimum and maximum length (0–2048), or a Number's
// minimum and maximum (each optional)  5. mutable or not   then the confirmation, which says what cannot be
// undone: a custom attribute is never removed or renamed, and a pool holds at most 50. A pool that has 50
// already is told so before any question. Only String and Number are offered: the two kinds whose values
// take limits (length or range), as the issue asks; Cognito's API also knows Boolean and DateTime.

const TITLE = 'Add Custom Attribute';

interface AddAnswers {
  pool: PoolRef;
  current: UserPoolDetails;
  name: string;
  type: 'String' | 'Number';
  minLength: string;
  maxLength: string;
  minValue: string;
  maxValue: string;
  mutable: boolean;
}

const customOf = (pool: UserPoolDetails) => pool.attributes.filter((a) => a.custom).map((a) => a.name);

export async function addCustomAttribute(deps: FlowDeps, given?: PoolRef): Promise<CustomAttributeRequest> {
  return runFlow<AddAnswers, CustomAttributeRequest>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      { fills: 'current', load: ({ pool }) => loadRoomFor(deps, pool) },
      {
        fills: 'name',
        ask: ({ pool, current }, step) =>
          deps.prompter.input({
            ...step,
            prompt: `Name of the new custom attribute of ${pool.pool.name}, without "custom:" (1–20 characters, no spaces; a name can never be used again)`,
            placeholder: 'tenantId',
            validate: (text) => checkCustomAttributeName(text, customOf(current)),
          }),
      },
      {
        fills: 'type',
        ask: ({ name }, step) =>
          deps.prompter.pick<'String' | 'Number'>(
            [
              { label: 'String', detail: `Text, with a minimum and maximum length (up to ${MAX_CUSTOM_ATTRIBUTE_LENGTH} characters)`, value: 'String' },
              { label: 'Number', detail: 'A whole number, with an optional minimum and maximum', value: 'Number' },
            ],
            { ...step, placeholder: `The type of custom:${bareCustomAttributeName(name)}; it can never change` },
          ),
      },
      {
        fills: 'minLength',
        skip: (a) => a.type === 'Number',
        ask: ({ name }, step) => deps.prompter.input({ ...step, prompt: `Minimum length of custom:${bareCustomAttributeName(name)} (0–${MAX_CUSTOM_ATTRIBUTE_LENGTH} characters)`, value: '0', validate: checkMinLength }),
      },
      {
        fills: 'maxLength',
        skip: (a) => a.type === 'Number',
        ask: ({ name, minLength }, step) =>
          deps.prompter.input({
            ...step,
            prompt: `Maximum length of custom:${bareCustomAttributeName(name)} (${Math.max(1, Number(minLength))}–${MAX_CUSTOM_ATTRIBUTE_LENGTH} characters)`,
            value: String(MAX_CUSTOM_ATTRIBUTE_LENGTH),
            validate: (text) => checkMaxLength(text, Number(minLength)),
          }),
      },
      {
        fills: 'minValue',
        skip: (a) => a.type !== 'Number',
        ask: ({ name }, step) => deps.prompter.input({ ...step, prompt: `Minimum value of custom:${bareCustomAttributeName(name)} (a whole number; empty for none)`, validate: checkMinValue }),
      },
      {
        fills: 'maxValue',
        skip: (a) => a.type !== 'Number',
        ask: ({ name, minValue }, step) =>
          deps.prompter.input({ ...step, prompt: `Maximum value of custom:${bareCustomAttributeName(name)} (a whole number; empty for none)`, validate: (text) => checkMaxValue(text, boundOf(minValue)) }),
      },
      {
        fills: 'mutable',
        ask: ({ name }, step) =>
          deps.prompter.pick(
            [
              { label: 'Mutable', detail: 'The value can be changed after the user is created', value: true },
              { label: 'Immutable', detail: 'The value can be set only when the user is created, and never changed after', value: false },
            ],
            { ...step, placeholder: `Can custom:${bareCustomAttributeName(name)} change once a user has it?` },
          ),
      },
      confirmChanges<AddAnswers>(deps, {
        subject: ({ pool }) => `the custom attributes of ${pool.pool.name}`,
        changes: (a) => [{ setting: `custom:${bareCustomAttributeName(a.name)}`, before: 'not in the pool', after: constraintsText(requestOf(a)) }],
        consequence: ({ current }) =>
          `A custom attribute can never be removed or renamed, nor its type, limits or mutability changed. ` +
          `A pool holds at most ${MAX_CUSTOM_ATTRIBUTES}: this one would then have ${customOf(current).length + 1}.`,
        action: 'Add',
      }),
    ],
    execute: (answers) => add(deps, answers.pool, requestOf(answers)),
  });
}

/** The pool's details, or a sentence (nothing asked) when it already has all the custom attributes it can. */
async function loadRoomFor(deps: FlowDeps, { connectionId, pool }: PoolRef): Promise<UserPoolDetails> {
  const current = await deps.connections.cognito(connectionId).pools.describe(pool.id);
  const count = customOf(current).length;
  if (count >= MAX_CUSTOM_ATTRIBUTES) {
    throw new NothingToPick(`${pool.name} already has ${count} custom attributes, the most a pool can hold; custom attributes can never be removed.`);
  }
  return current;
}

function requestOf(a: AddAnswers): CustomAttributeRequest {
  const common = { name: bareCustomAttributeName(a.name), mutable: a.mutable };
  return a.type === 'Number'
    ? { ...common, type: 'Number', minValue: boundOf(a.minValue ?? ''), maxValue: boundOf(a.maxValue ?? '') }
    : { ...common, type: 'String', minLength: Number(a.minLength), maxLength: Number(a.maxLength) };
}

async function add(deps: FlowDeps, { connectionId, pool }: PoolRef, request: CustomAttributeRequest): Promise<CustomAttributeRequest> {
  await deps.feedback.progress(`Adding custom:${request.name} to ${pool.name}…`, () => deps.connections.cognito(connectionId).pools.addCustomAttributes(pool.id, [request]));
  deps.details.changed(poolNode(connectionId, pool).key); // an open Pool Details lists the custom attributes
  deps.feedback.status(`$(check) Added custom:${request.name} to ${pool.name}`);
  return request;
}
