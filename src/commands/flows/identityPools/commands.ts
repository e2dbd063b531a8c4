import type { IdentityPoolNode } from '../../../tree/nodes';
import { sessionIdOf } from '../../../views/tokensUri';
import type { CommandContext, CommandDeclaration } from '../../declaration';
import { asNode } from '../../nodeArguments';
import { signInTargetOf } from '../../treeTargets';
import { tokensTitle } from '../auth/commands';
import { chooseSignIn } from '../auth/tokenActions';
import type { FlowDeps } from '../deps';
import { getAwsCredentialsFor, getAwsCredentialsFrom } from './getAwsCredentials';
import { addClientToIdentityPool, copyIdentityPoolId, createIdentityPool, deleteIdentityPool, pickIdentityPool, showIdentityPoolDetails } from './identityPoolActions';

// Identity pools (Cognito Identity): the "Identity pools" folder's and an identity pool's commands, Create
// Identity Pool and Add App Client to Identity Pool on an app client, and Get AWS Credentials on an identity
// pool or a sign-in (the Tokens view's "…" menu).

/** An identity pool row (its node is an IdentityPoolRef: its connection and its identity pool). */
const identityPoolOf = (arg: unknown): IdentityPoolNode | undefined => {
  const node = asNode(arg);
  return node?.kind === 'identityPool' ? node : undefined;
};

/** On an identity pool: a sign-in or a guest. On a Tokens view, or with sign-ins: a sign-in. Else: a guest's. */
async function getAwsCredentials(context: CommandContext, arg: unknown): Promise<void> {
  const deps = context.deps();
  const pool = identityPoolOf(arg);
  if (pool) return getAwsCredentialsFrom(deps, pool);
  const sessionId = sessionIdOf(arg) ?? sessionIdOf(context.activeSubject());
  if (sessionId || deps.signIns.all().length > 0) return getAwsCredentialsFor(deps, await chooseSignIn(deps, 'Get AWS Credentials', sessionId));
  return getAwsCredentialsFrom(deps, await pickIdentityPool(deps, 'Get AWS Credentials'));
}

const onIdentityPool = (action: (deps: FlowDeps, node: IdentityPoolNode) => Promise<unknown>) => async ({ deps }: CommandContext, arg: unknown) => {
  const node = identityPoolOf(arg);
  if (node) await action(deps(), node);
};

export const IDENTITY_POOL_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.createIdentityPool',
    title: 'Create Identity Pool…',
    icon: 'add',
    rows: [
      { on: 'identityPoolsFolder', group: '2_create', order: 1, inline: 1 },
      { on: 'appClient', group: '5_identity', order: 1 },
    ],
    // On an app client: its pool and the client are known. From the folder or the palette: a pool, then a client.
    run: async (context, node) => {
      const target = signInTargetOf(context, node);
      await createIdentityPool(context.deps(), target?.client ? { connectionId: target.connectionId, pool: target.pool, client: target.client } : undefined);
    },
  },
  {
    id: 'cognito.addClientToIdentityPool',
    title: 'Add to Identity Pool…',
    rows: [{ on: 'appClient', group: '5_identity', order: 2 }],
    palette: false,
    run: async (context, node) => {
      const target = signInTargetOf(context, node);
      if (target?.client) await addClientToIdentityPool(context.deps(), { connectionId: target.connectionId, pool: target.pool, client: target.client });
    },
  },
  {
    id: 'cognito.copyIdentityPoolId',
    title: 'Copy Identity Pool Id',
    icon: 'copy',
    rows: [{ on: 'identityPool', group: '1_copy', order: 1, inline: 1 }],
    run: async ({ deps }, node) => void (await copyIdentityPoolId(deps(), identityPoolOf(node))),
  },
  {
    id: 'cognito.showIdentityPoolDetails',
    title: 'Show Identity Pool Details',
    icon: 'info',
    rows: [{ on: 'identityPool', group: '0_view', order: 1 }],
    palette: false,
    run: onIdentityPool(showIdentityPoolDetails),
  },
  {
    id: 'cognito.getAwsCredentials',
    title: 'Get AWS Credentials…',
    icon: 'key',
    rows: [{ on: 'identityPool', group: '4_auth', order: 1 }],
    editorTitle: tokensTitle('3_aws', 1),
    run: getAwsCredentials,
  },
  {
    id: 'cognito.deleteIdentityPool',
    title: 'Delete Identity Pool…',
    rows: [{ on: 'identityPool', group: '8_delete', order: 1 }],
    palette: false,
    run: onIdentityPool(deleteIdentityPool),
  },
];

