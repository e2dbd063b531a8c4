import type { DetailsView } from '../commands/flows/deps';
import type { ViewModel } from '../shared/views/viewModel';
import { DETAILS_VIEW_TYPE } from '../shared/views/viewMessages';
import type { TreeNode } from '../tree/nodes';
import type { DetailsDocuments } from './detailsView';
import { detailsReadFailed } from './models/detailsReadFailed';
import type { RenderedPanels } from './rendered/renderedPanels';

// Show Pool / App Client / User Details: a rendered panel per subject, and the same view as a Markdown
// document for Show as Text. Both read the subject afresh each time they render.

export class RenderedDetails implements DetailsView {
  /** @param treeNode the tree's node of this key, when it is loaded: the flows keep it current (a user's status). */
  constructor(
    private readonly documents: DetailsDocuments,
    private readonly panels: RenderedPanels,
    private readonly treeNode: (key: string) => TreeNode | undefined,
  ) {}

  async show(title: string, model: () => Promise<ViewModel>, subject: TreeNode): Promise<void> {
    const textUri = this.documents.register(title, model, subject.key);
    await this.panels.show({
      key: panelKey(subject.key),
      viewType: DETAILS_VIEW_TYPE,
      title,
      model: () => model().catch(detailsReadFailed),
      // The tree's node as the flows last left it: a command that updates the tree from the node it was given
      // (Disable User after Set Password) must not put back a state from when the view opened.
      commandArgument: () => this.treeNode(subject.key) ?? subject,
      textUri,
      refreshable: true,
    });
  }

  changed(subject: string): void {
    this.documents.changed(subject);
    void this.panels.refresh(panelKey(subject));
  }
}

const panelKey = (subject: string) => `details:${subject}`;
