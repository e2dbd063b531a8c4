import type { CognitoApi } from '../../cognito/types';
import type { TreeUpdates } from '../../tree/treeUpdates';
import type { Clipboard, Feedback } from '../../ui/feedback';
import type { Prompter } from '../../ui/prompter';

/** Everything a flow needs, so unit tests can script each part. */
export interface FlowDeps {
  prompter: Prompter;
  cognito: CognitoApi;
  feedback: Feedback;
  clipboard: Clipboard;
  tree: TreeUpdates;
}
