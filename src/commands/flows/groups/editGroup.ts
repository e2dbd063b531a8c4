import { listAll } from '../../../shared/paging';
import type { Group, UpdateGroupRequest } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import { groupNode } from '../../../tree/nodes';
import { NothingToPick, type PickItem, type StepInfo } from '../../../ui/prompter';
import { checkGroupDescription } from '../../../validation/group';
import { checkEditedPrecedence, checkEditedRoleArn } from '../../../validation/groupEdit';
import { confirmChanges, type SettingChange } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { MAX_PAGES } from '../pickers';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Edit Group: description, precedence and IAM role, each box pre-filled with the group's value and checked
// as Create Group checks it, then the summary of what changes. UpdateGroup keeps what a request leaves out,
// so only the members that differ from the boxes' first values are sent: a member changed meanwhile by
// someone else stays as they left it. A precedence or role, once set, can be changed but not removed
// (validation/groupEdit.ts says why).

const TITLE = 'Edit Group';

/** A group and the connection it was listed on. */
export interface GroupRef {
  connectionId: string;
  group: Group;
}

interface EditGroupAnswers {
  pool: PoolRef;
  target: GroupRef;
  description: string;
  precedence: string;
  roleArn: string;
}

export async function editGroup(deps: FlowDeps, given?: GroupRef, poolName?: string): Promise<Group> {
  return runFlow<EditGroupAnswers, Group>({
    title: TITLE,
    given: given ? { target: given, pool: { connectionId: given.connectionId, pool: { id: given.group.userPoolId, name: poolName ?? given.group.userPoolId } } } : {},
    steps: [
      poolStep(deps),
      { fills: 'target', skip: (a) => a.target !== undefined, ask: async ({ pool }, step) => ({ connectionId: pool.connectionId, group: await pickGroupToEdit(deps, pool, step) }) },
      {
        fills: 'description',
        ask: async ({ target: { group } }, step) => (await deps.prompter.input({ ...step, prompt: `Description of ${group.name} (empty for none)`, value: group.description ?? '', validate: checkGroupDescription })).trim(),
      },
      {
        fills: 'precedence',
        ask: async ({ target: { group } }, step) =>
          (await deps.prompter.input({ ...step, prompt: 'Precedence: when a user is in several groups, the lowest number’s role wins', value: numberText(group.precedence), validate: checkEditedPrecedence(group.precedence) })).trim(),
      },
      {
        fills: 'roleArn',
        ask: async ({ target: { group } }, step) =>
          (await deps.prompter.input({ ...step, prompt: 'IAM role ARN for members, through an identity pool', placeholder: 'arn:aws:iam::123456789012:role/Admins', value: group.roleArn ?? '', validate: checkEditedRoleArn(group.roleArn) })).trim(),
      },
      confirmChanges<EditGroupAnswers>(deps, {
        subject: ({ target, pool }) => `the group ${target.group.name} in ${pool.pool.name}`,
        changes: groupChanges,
        consequence: (answers) => consequence(groupChanges(answers)),
      }),
    ],
    execute: (answers) => update(deps, answers),
  });
}

function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function groupChanges({ target: { group }, description, precedence, roleArn }: EditGroupAnswers): SettingChange[] {
  const shown = (text: string) => (text === '' ? 'none' : text);
  return [
    { setting: 'Description', before: shown(group.description ?? ''), after: shown(description) },
    { setting: 'Precedence', before: shown(numberText(group.precedence)), after: shown(precedence) },
    { setting: 'IAM role', before: shown(group.roleArn ?? ''), after: shown(roleArn) },
  ];
}

/** What the change means for tokens: precedence and role decide the role claims; a description decides nothing. */
function consequence(changes: SettingChange[]): string {
  const changed = changes.filter((c) => c.before !== c.after).map((c) => c.setting);
  if (changed.some((setting) => setting !== 'Description')) {
    return 'Tokens issued from now on carry the new cognito:roles and cognito:preferred_role; tokens issued before keep theirs until they expire.';
  }
  return 'The description is for people only: no token changes.';
}

/** Only what differs from the boxes' first values (UpdateGroup keeps the rest). */
function changedMembers({ target: { group }, description, precedence, roleArn }: EditGroupAnswers): UpdateGroupRequest {
  return {
    userPoolId: group.userPoolId,
    name: group.name,
    ...(description !== (group.description ?? '') ? { description } : {}),
    ...(precedence !== numberText(group.precedence) && precedence !== '' ? { precedence: Number(precedence) } : {}),
    ...(roleArn !== (group.roleArn ?? '') && roleArn !== '' ? { roleArn } : {}),
  };
}

async function update(deps: FlowDeps, answers: EditGroupAnswers): Promise<Group> {
  const { connectionId, group } = answers.target;
  const updated = await deps.feedback.progress(`Updating group ${group.name}…`, () => deps.connections.cognito(connectionId).groups.update(changedMembers(answers)));
  await deps.tree.itemChanged(groupNode(connectionId, updated));
  deps.feedback.status(`$(check) Updated group ${group.name}`);
  return updated;
}

async function pickGroupToEdit(deps: FlowDeps, { connectionId, pool }: PoolRef, step: StepInfo): Promise<Group> {
  const cognito = deps.connections.cognito(connectionId);
  const items = (async () => {
    const groups = await listAll((token) => cognito.groups.list(pool.id, token), MAX_PAGES);
    if (groups.length === 0) throw new NothingToPick(`The pool "${pool.name}" has no groups yet; create one first.`);
    return groups.map((g): PickItem<Group> => ({ label: g.name, description: g.description, value: g }));
  })();
  return deps.prompter.pick(items, { ...step, placeholder: `The group of "${pool.name}" to edit` });
}
