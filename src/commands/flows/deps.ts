import type { ConnectionDirectory } from '../../connection/connections';
import type { TreeUpdates } from '../../tree/treeUpdates';
import type { Clipboard, Feedback } from '../../ui/feedback';
import type { Prompter } from '../../ui/prompter';

/** Everything a flow needs, so unit tests can script each part. A flow calls Cognito through the
 *  connection of the node it runs on (or the one the person picks): `connections.cognito(id)`. */
export interface FlowDeps {
  prompter: Prompter;
  connections: ConnectionDirectory;
  feedback: Feedback;
  clipboard: Clipboard;
  tree: TreeUpdates;
}
