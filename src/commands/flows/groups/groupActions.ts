import { runMany, summarize } from '../../../bulk/runMany';
import { listAll } from '../../../shared/paging';
import type { Group, User, UserPool } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import { groupNode, type GroupNode, type MemberNode } from '../../../tree/nodes';
import { NothingToPick, type PickItem, type StepInfo } from '../../../ui/prompter';
import { checkGroupDescription, checkGroupName, checkPrecedence, checkRoleArn } from '../../../validation/group';
import type { FlowDeps } from '../deps';
import { MAX_PAGES, pickUser } from '../pickers';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { describeUsers, givenUsers, userSteps, type UsersAnswers, type UserRef } from '../users/userTargets';

// Groups: Create Group (name, description, precedence, IAM role), Delete Group (modal), Add User to
// Group (from users: pick the group; from a group: find the user), Remove from Group (on a member).

interface CreateGroupAnswers {
  pool: PoolRef;
  name: string;
  description: string;
  precedence: string;
  roleArn: string;
}

export async function createGroup(deps: FlowDeps, pool?: PoolRef): Promise<Group> {
  return runFlow<CreateGroupAnswers, Group>({
    title: 'Create Group',
    given: { pool },
    steps: [
      poolStep(deps),
      { fills: 'name', ask: ({ pool: { pool: target } }, step) => deps.prompter.input({ ...step, prompt: `Name of the new group in "${target.name}" (no spaces; it appears in the cognito:groups claim)`, placeholder: 'admins', validate: checkGroupName }) },
      { fills: 'description', ask: async (_, step) => (await deps.prompter.input({ ...step, prompt: 'Description (optional)', validate: checkGroupDescription })).trim() },
      { fills: 'precedence', ask: async (_, step) => (await deps.prompter.input({ ...step, prompt: 'Precedence (optional): when a user is in several groups, the lowest number’s role wins', placeholder: '0', validate: checkPrecedence })).trim() },
      { fills: 'roleArn', ask: async (_, step) => (await deps.prompter.input({ ...step, prompt: 'IAM role ARN for members, through an identity pool (optional)', placeholder: 'arn:aws:iam::123456789012:role/Admins', validate: checkRoleArn })).trim() },
    ],
    execute: (answers) => create(deps, answers),
  });
}

async function create(deps: FlowDeps, { pool: { connectionId, pool: target }, name, description, precedence, roleArn }: CreateGroupAnswers): Promise<Group> {
  const group = await deps.feedback.progress(`Creating group ${name}…`, () =>
    deps.connections.cognito(connectionId).groups.create({ userPoolId: target.id, name, description: description || undefined, precedence: precedence === '' ? undefined : Number(precedence), roleArn: roleArn || undefined }),
  );
  await deps.tree.showCreated(groupNode(connectionId, group));
  deps.feedback.status(`$(check) Created group ${group.name} in ${target.name}`);
  return group;
}

export async function deleteGroup(deps: FlowDeps, node: GroupNode): Promise<void> {
  await deps.prompter.confirm({
    message: `Delete the group ${node.group.name}?`,
    detail: 'Its members stay in the pool; their tokens no longer carry this group once refreshed. This cannot be undone.',
    action: 'Delete',
  });
  await deps.feedback.progress(`Deleting group ${node.group.name}…`, () => deps.connections.cognito(node.connectionId).groups.delete(node.group.userPoolId, node.group.name));
  await deps.tree.removed([node]);
  deps.feedback.status(`$(check) Deleted group ${node.group.name}`);
}

/** From user nodes (one or several), or from the palette (pool, user): pick the group. */
export async function addUsersToGroup(deps: FlowDeps, given: UserRef[], poolName?: string): Promise<void> {
  type AddToGroupAnswers = UsersAnswers & { group: Group };
  return runFlow<AddToGroupAnswers, void>({
    title: 'Add to Group',
    given: givenUsers(given),
    steps: [...userSteps<AddToGroupAnswers>(deps), { fills: 'group', ask: ({ refs }, step) => pickGroup(deps, refs[0].connectionId, { id: refs[0].userPoolId, name: poolName ?? refs[0].userPoolId }, step, describeUsers(refs)) }],
    execute: ({ refs, group }) => addMembers(deps, group, refs[0].connectionId, refs),
  });
}

/** From a group node: find the user by a server-side search. */
export async function addUserToThisGroup(deps: FlowDeps, node: GroupNode, poolName: string): Promise<void> {
  const cognito = deps.connections.cognito(node.connectionId);
  return runFlow<{ user: User }, void>({
    title: 'Add User to Group',
    given: {},
    steps: [{ fills: 'user', ask: (_, step) => pickUser(deps.prompter, cognito, { id: node.group.userPoolId, name: poolName }, step, `The user to add to ${node.group.name}: type to search`) }],
    execute: ({ user }) => addMembers(deps, node.group, node.connectionId, [{ connectionId: node.connectionId, userPoolId: node.group.userPoolId, user }]),
  });
}

export async function removeFromGroup(deps: FlowDeps, members: MemberNode[]): Promise<void> {
  const [first] = members;
  const result = await deps.feedback.bulkProgress(`Removing ${members.length === 1 ? first.user.username : `${members.length} users`} from ${first.groupName}…`, (progress) =>
    runMany({ items: members, connectionId: first.connectionId, category: 'UserResourceUpdate', run: (m) => deps.connections.cognito(m.connectionId).groups.removeUser(m.userPoolId, m.user.username, m.groupName) }, deps.limiter, progress),
  );
  await deps.tree.removed(result.succeeded);
  const summary = summarize(`Removed from ${first.groupName}:`, ['user', 'users'], result, (m) => m.user.username);
  if (result.failed.length + result.skipped.length > 0) void deps.feedback.info(summary);
  else deps.feedback.status(`$(check) ${summary}`);
}

async function addMembers(deps: FlowDeps, group: Group, connectionId: string, refs: UserRef[]): Promise<void> {
  const result = await deps.feedback.bulkProgress(`Adding ${describeUsers(refs)} to ${group.name}…`, (progress) =>
    runMany({ items: refs, connectionId, category: 'UserResourceUpdate', run: (r) => deps.connections.cognito(r.connectionId).groups.addUser(r.userPoolId, r.user.username, group.name) }, deps.limiter, progress),
  );
  for (const ref of result.succeeded) await deps.tree.memberAdded(ref.connectionId, ref.userPoolId, group.name, ref.user);
  const summary = summarize(`Added to ${group.name}:`, ['user', 'users'], result, (r) => r.user.username);
  if (result.failed.length + result.skipped.length > 0) void deps.feedback.info(summary);
  else deps.feedback.status(`$(check) ${summary}`);
}

async function pickGroup(deps: FlowDeps, connectionId: string, pool: UserPool, step: StepInfo, who: string): Promise<Group> {
  const cognito = deps.connections.cognito(connectionId);
  const items = (async () => {
    const groups = await listAll((token) => cognito.groups.list(pool.id, token), MAX_PAGES);
    if (groups.length === 0) throw new NothingToPick(`The pool "${pool.name}" has no groups yet; create one first.`);
    return groups.map((g): PickItem<Group> => ({ label: g.name, description: g.description, value: g }));
  })();
  return deps.prompter.pick(items, { ...step, placeholder: `The group to add ${who} to` });
}
