import type { CognitoApi, UserPool } from '../../cognito/types';
import type { UserFilter } from '../../cognito/userFilter';
import type { TreeNode } from '../../tree/nodes';
import type { Clipboard, Feedback } from '../../ui/feedback';
import type { Prompter } from '../../ui/prompter';

export interface TreeUpdates {
  /** Reloads the created item's parent, keeps the item even if the listing lags, and reveals it. */
  showCreated(node: TreeNode): Promise<void>;
  /** Lists only the matching users under the pool's "Users" folder (undefined: all users again). */
  filterUsers(pool: UserPool, filter: UserFilter | undefined): Promise<void>;
}

/** Everything a flow needs, so unit tests can script each part. */
export interface FlowDeps {
  prompter: Prompter;
  cognito: CognitoApi;
  feedback: Feedback;
  clipboard: Clipboard;
  tree: TreeUpdates;
}
