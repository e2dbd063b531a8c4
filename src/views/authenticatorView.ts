import type { AuthenticatorView } from '../commands/flows/deps';
import { DETAILS_VIEW_TYPE } from '../shared/views/viewMessages';
import type { ViewModel } from '../shared/views/viewModel';
import type { DetailsDocuments } from './detailsView';
import type { RenderedPanels } from './rendered/renderedPanels';

// Set Up Authenticator App's view: a rendered panel (the QR code and the secret while the person scans),
// read afresh on every render, so once the set-up ends a page that loads again never gets the secret. Its
// Show as Text document leaves the secret out: a text document can be saved to a file.

export class RenderedAuthenticatorViews implements AuthenticatorView {
  constructor(
    private readonly documents: DetailsDocuments,
    private readonly panels: RenderedPanels,
  ) {}

  async show(key: string, title: string, model: () => ViewModel): Promise<void> {
    const textUri = this.documents.register(title, async () => withoutSecret(model()), key);
    await this.panels.show({ key, viewType: DETAILS_VIEW_TYPE, title, model: async () => model(), commandArgument: () => undefined, textUri, refreshable: false });
  }

  changed(key: string): void {
    this.documents.changed(key);
    void this.panels.refresh(key);
  }
}

/** The model without its secret and QR code, for the text document. */
function withoutSecret(model: ViewModel): ViewModel {
  return {
    ...model,
    sections: model.sections.map(({ images: _images, ...section }) => ({
      ...section,
      fields: section.fields.map((f) => (f.id === 'secret' ? { ...f, value: 'shown only in the rendered view', copy: false, mono: false } : f)),
    })),
  };
}
