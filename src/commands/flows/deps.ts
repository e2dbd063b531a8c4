import type { CognitoApi } from '../../cognito/types';
import type { TreeNode } from '../../tree/nodes';
import type { Clipboard, Feedback } from '../../ui/feedback';
import type { Prompter } from '../../ui/prompter';

/** Where a created item goes: reloaded into its parent, kept even if the listing lags, and revealed. */
export interface TreeUpdates {
  showCreated(node: TreeNode): Promise<void>;
}

/** Everything a flow needs, so unit tests can script each part. */
export interface FlowDeps {
  prompter: Prompter;
  cognito: CognitoApi;
  feedback: Feedback;
  clipboard: Clipboard;
  tree: TreeUpdates;
}
