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
  constructor(
    private readonly documents: DetailsDocuments,
    private readonly panels: RenderedPanels,
  ) {}

  async show(title: string, model: () => Promise<ViewModel>, subject: TreeNode): Promise<void> {
    const textUri = this.documents.register(title, model, subject.key);
    await this.panels.show({
      key: panelKey(subject.key),
      viewType: DETAILS_VIEW_TYPE,
      title,
      model: () => model().catch(detailsReadFailed),
      commandArgument: subject,
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
