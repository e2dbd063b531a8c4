import { CognitoError } from '../../../shared/errors';
import { STANDARD_ATTRIBUTES } from '../../../shared/attributes';
import type { AttributeSchema, UserDetails } from '../../../shared/types';
import type { PickItem } from '../../../ui/prompter';
import { checkAttributeValue } from '../../../validation/attributeValue';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { givenUsers, userSteps, type UsersAnswers, type UserRef } from './userTargets';

// Edit Attribute: 1. an attribute the pool has and lets change  2. the value, checked by its type as
// typed  3. for e-mail and phone: mark it verified?   then AdminUpdateUserAttributes.
// Delete Attribute: 1. one of the user's optional attributes   then AdminDeleteUserAttributes. Required
// and immutable attributes are listed with the reason they cannot be deleted, and refused if chosen.

/** Attributes Cognito manages itself: never edited or deleted by hand. */
const MANAGED = new Set(['sub', 'email_verified', 'phone_number_verified', 'identities']);
const VERIFIABLE: Record<string, string> = { email: 'email_verified', phone_number: 'phone_number_verified' };

interface AttributeAnswers extends UsersAnswers {
  known: { schema: AttributeSchema[]; details: UserDetails };
}

function knownSteps(deps: FlowDeps) {
  return [
    ...userSteps(deps),
    {
      fills: 'known' as const,
      load: async ({ refs: [{ connectionId, userPoolId, user }] }: AttributeAnswers) => {
        const [schema, details] = await Promise.all([poolSchema(deps, connectionId, userPoolId), deps.connections.cognito(connectionId).users.getDetails(userPoolId, user.username)]);
        return { schema, details };
      },
    },
  ];
}

interface EditAnswers extends AttributeAnswers {
  attribute: AttributeSchema;
  value: string;
  verified: boolean;
}

export async function editUserAttribute(deps: FlowDeps, given?: UserRef): Promise<void> {
  const current = (a: EditAnswers) => new Map(a.known.details.attributes.map((x) => [x.name, x.value]));
  return runFlow<EditAnswers, void>({
    title: 'Edit Attribute',
    given: givenUsers(given),
    steps: [
      ...knownSteps(deps),
      {
        fills: 'attribute',
        ask: (a, step) =>
          deps.prompter.pick(
            a.known.schema
              .filter((x) => x.mutable && !MANAGED.has(x.name))
              .map((x): PickItem<AttributeSchema> => ({ label: x.name, description: current(a).has(x.name) ? current(a).get(x.name) : '(not set)', detail: describe(x), value: x })),
            { ...step, placeholder: `The attribute of ${a.refs[0].user.username} to set` },
          ),
      },
      {
        fills: 'value',
        ask: (a, step) =>
          deps.prompter.input({
            ...step,
            prompt: `${a.attribute.name} of ${a.refs[0].user.username} (${describe(a.attribute)})`,
            value: current(a).get(a.attribute.name),
            validate: (text) => checkAttributeValue(text, a.attribute),
          }),
      },
      {
        fills: 'verified',
        // Counted once an e-mail address or phone number is chosen.
        skip: (a) => !(a.attribute && VERIFIABLE[a.attribute.name]),
        ask: ({ attribute }, step) =>
          deps.prompter.pick(
            [
              { label: 'Mark it as verified', detail: 'No code is sent; the user can sign in with it at once', value: true },
              { label: 'Leave it unverified', detail: 'Cognito may send a code to verify it, as the pool is set up to', value: false },
            ],
            { ...step, placeholder: `Is the new ${attribute.name} verified?` },
          ),
      },
    ],
    execute: ({ refs: [ref], attribute, value, verified }) => setAttribute(deps, ref, attribute, value, verified),
  });
}

async function setAttribute(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef, attribute: AttributeSchema, value: string, verified: boolean | undefined): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
  const attributes = [{ name: attribute.name, value }];
  const flag = VERIFIABLE[attribute.name];
  if (flag) attributes.push({ name: flag, value: String(verified) });
  await deps.feedback.progress(`Setting ${attribute.name} of ${user.username}…`, () => cognito.users.updateAttributes(userPoolId, user.username, attributes));
  await deps.tree.userChanged(connectionId, userPoolId, await cognito.users.get(userPoolId, user.username).catch(() => user));
  deps.feedback.status(`$(check) Set ${attribute.name} of ${user.username}`);
}

export async function deleteUserAttribute(deps: FlowDeps, given?: UserRef): Promise<void> {
  return runFlow<AttributeAnswers & { chosen: string }, void>({
    title: 'Delete Attribute',
    given: givenUsers(given),
    steps: [
      ...knownSteps(deps),
      {
        fills: 'chosen',
        ask: ({ refs: [{ user }], known: { schema, details } }, step) => {
          const byName = new Map(schema.map((a) => [a.name, a]));
          const present = details.attributes.filter((a) => !MANAGED.has(a.name));
          if (present.length === 0) throw new CognitoError(`${user.username} has no attribute that can be deleted.`, 'invalidParameter');
          return deps.prompter.pick(
            present.map((a) => ({ label: a.name, description: a.value, detail: whyNot(byName.get(a.name)) ?? 'Optional: can be deleted', value: a.name })),
            { ...step, placeholder: `The attribute of ${user.username} to delete` },
          );
        },
      },
    ],
    execute: ({ refs: [ref], known: { schema }, chosen }) => deleteAttribute(deps, ref, schema, chosen),
  });
}

async function deleteAttribute(deps: FlowDeps, { connectionId, userPoolId, user }: UserRef, schema: AttributeSchema[], chosen: string): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
  const reason = whyNot(new Map(schema.map((a) => [a.name, a])).get(chosen));
  if (reason) throw new CognitoError(`${chosen} cannot be deleted: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`, 'invalidParameter');
  await deps.feedback.progress(`Deleting ${chosen} of ${user.username}…`, () => cognito.users.deleteAttributes(userPoolId, user.username, [chosen]));
  await deps.tree.userChanged(connectionId, userPoolId, await cognito.users.get(userPoolId, user.username).catch(() => user));
  deps.feedback.status(`$(check) Deleted ${chosen} of ${user.username}`);
}

/** Why an attribute cannot be deleted, or undefined when it can. */
function whyNot(attribute: AttributeSchema | undefined): string | undefined {
  if (!attribute) return undefined;
  if (attribute.required) return 'Required by the pool, so every user must have it';
  if (!attribute.mutable) return 'Immutable: set when the user was created and fixed since';
  return undefined;
}

/** The pool's schema; when the endpoint does not tell it, the standard attributes as plain strings. */
async function poolSchema(deps: FlowDeps, connectionId: string, userPoolId: string): Promise<AttributeSchema[]> {
  const { attributes } = await deps.connections.cognito(connectionId).pools.describe(userPoolId);
  if (attributes.length > 0) return attributes;
  return [...STANDARD_ATTRIBUTES].map((name) => ({ name, type: name === 'updated_at' ? 'Number' : 'String', mutable: name !== 'sub', required: false, custom: false }));
}

function describe(attribute: AttributeSchema): string {
  const limits =
    attribute.type === 'Number'
      ? [attribute.minValue !== undefined && `≥ ${attribute.minValue}`, attribute.maxValue !== undefined && `≤ ${attribute.maxValue}`]
      : [attribute.minLength !== undefined && `${attribute.minLength}+ characters`, attribute.maxLength !== undefined && `up to ${attribute.maxLength} characters`];
  return [attribute.custom ? 'custom' : 'standard', attribute.type.toLowerCase(), attribute.required && 'required', ...limits].filter(Boolean).join(', ');
}
