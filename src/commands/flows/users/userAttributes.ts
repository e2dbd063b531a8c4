import { CognitoError } from '../../../cognito/errors';
import { STANDARD_ATTRIBUTES } from '../../../cognito/attributes';
import type { AttributeSchema } from '../../../cognito/types';
import type { PickItem } from '../../../ui/prompter';
import { checkAttributeValue } from '../../../validation/attributeValue';
import type { FlowDeps } from '../deps';
import { chooseUsers, type UserRef } from './userTargets';

// Edit Attribute: 1. an attribute the pool has and lets change  2. the value, checked by its type as
// typed  3. for e-mail and phone: mark it verified?   then AdminUpdateUserAttributes.
// Delete Attribute: 1. one of the user's optional attributes   then AdminDeleteUserAttributes. Required
// and immutable attributes are listed with the reason they cannot be deleted, and refused if chosen.

/** Attributes Cognito manages itself: never edited or deleted by hand. */
const MANAGED = new Set(['sub', 'email_verified', 'phone_number_verified', 'identities']);
const VERIFIABLE: Record<string, string> = { email: 'email_verified', phone_number: 'phone_number_verified' };

export async function editUserAttribute(deps: FlowDeps, given?: UserRef): Promise<void> {
  const { refs, steps } = await chooseUsers(deps, 'Edit Attribute', given ? [given] : [], 2);
  const [{ connectionId, userPoolId, user }] = refs;
  const cognito = deps.connections.cognito(connectionId);
  const [schema, details] = await Promise.all([poolSchema(deps, connectionId, userPoolId), cognito.users.getDetails(userPoolId, user.username)]);
  const current = new Map(details.attributes.map((a) => [a.name, a.value]));
  const editable = schema.filter((a) => a.mutable && !MANAGED.has(a.name));
  const attribute = await deps.prompter.pick(
    editable.map((a): PickItem<AttributeSchema> => ({ label: a.name, description: current.has(a.name) ? current.get(a.name) : '(not set)', detail: describe(a), value: a })),
    { ...steps.next(), placeholder: `The attribute of ${user.username} to set` },
  );
  const value = await deps.prompter.input({
    ...steps.next(),
    prompt: `${attribute.name} of ${user.username} (${describe(attribute)})`,
    value: current.get(attribute.name),
    validate: (text) => checkAttributeValue(text, attribute),
  });
  const attributes = [{ name: attribute.name, value }];
  const flag = VERIFIABLE[attribute.name];
  if (flag) {
    steps.add();
    const verified = await deps.prompter.pick(
      [
        { label: 'Mark it as verified', detail: 'No code is sent; the user can sign in with it at once', value: true },
        { label: 'Leave it unverified', detail: 'Cognito may send a code to verify it, as the pool is set up to', value: false },
      ],
      { ...steps.next(), placeholder: `Is the new ${attribute.name} verified?` },
    );
    attributes.push({ name: flag, value: String(verified) });
  }
  await deps.feedback.progress(`Setting ${attribute.name} of ${user.username}…`, () => cognito.users.updateAttributes(userPoolId, user.username, attributes));
  await deps.tree.userChanged(connectionId, userPoolId, await cognito.users.get(userPoolId, user.username).catch(() => user));
  deps.feedback.status(`$(check) Set ${attribute.name} of ${user.username}`);
}

export async function deleteUserAttribute(deps: FlowDeps, given?: UserRef): Promise<void> {
  const { refs, steps } = await chooseUsers(deps, 'Delete Attribute', given ? [given] : [], 1);
  const [{ connectionId, userPoolId, user }] = refs;
  const cognito = deps.connections.cognito(connectionId);
  const [schema, details] = await Promise.all([poolSchema(deps, connectionId, userPoolId), cognito.users.getDetails(userPoolId, user.username)]);
  const byName = new Map(schema.map((a) => [a.name, a]));
  const present = details.attributes.filter((a) => !MANAGED.has(a.name));
  if (present.length === 0) throw new CognitoError(`${user.username} has no attribute that can be deleted.`, 'invalidParameter');
  const chosen = await deps.prompter.pick(
    present.map((a) => ({ label: a.name, description: a.value, detail: whyNot(byName.get(a.name)) ?? 'Optional: can be deleted', value: a.name })),
    { ...steps.next(), placeholder: `The attribute of ${user.username} to delete` },
  );
  const reason = whyNot(byName.get(chosen));
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
