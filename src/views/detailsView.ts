import * as vscode from 'vscode';
import type { ViewModel } from '../shared/views/viewModel';
import { detailsReadFailed } from './models/detailsReadFailed';
import { markdownOf } from './models/markdown';

// Show as Text for the details views: a read-only Markdown document per view (searchable, savable), made
// from the same model as the rendered panel (renderedDetails.ts) and read afresh each time it renders.
// The model never holds a secret.

export const DETAILS_SCHEME = 'cognito-details';

export class DetailsDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly rendered = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.rendered.event;
  private readonly views = new Map<string, { model: () => Promise<ViewModel>; subject: string; uri: vscode.Uri }>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, this);
  private counter = 0;

  /** The document of this view, to open when asked (Show as Text). */
  register(title: string, model: () => Promise<ViewModel>, subject: string): vscode.Uri {
    const known = [...this.views.values()].find((view) => view.subject === subject);
    if (known) {
      known.model = model;
      return known.uri;
    }
    const id = String(++this.counter);
    const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${title.replace(/[/\\?#]/g, '_')}.md`, query: `view=${id}` });
    this.views.set(id, { model, subject, uri });
    return uri;
  }

  /** Renders the document again (its Refresh button), reading fresh data. */
  refresh(uri: vscode.Uri): void {
    if (uri.scheme === DETAILS_SCHEME) this.rendered.fire(uri);
  }

  /** A flow changed what these views show: each renders again, so none is left stale. */
  changed(subject: string): void {
    for (const view of this.views.values()) if (view.subject === subject) this.rendered.fire(view.uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const model = this.views.get(new URLSearchParams(uri.query).get('view') ?? '')?.model;
    if (!model) return '# Closed\n\nThis view was opened in an earlier window; open it again from the Cognito view.\n';
    return markdownOf(await model().catch(detailsReadFailed), new Date());
  }

  dispose(): void {
    this.registration.dispose();
    this.rendered.dispose();
  }
}
