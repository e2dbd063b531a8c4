import * as vscode from 'vscode';
import type { DetailsView } from '../commands/flows/deps';
import type { ViewModel } from '../shared/views/viewModel';
import type { TreeNode } from '../tree/nodes';
import { markdownOf } from './models/markdown';

// The one place details views are shown: a read-only Markdown document per view (searchable, copyable,
// in the colour theme), rendered when opened and again on Refresh (its title-bar button). The text is
// made from the flow's model (markdownOf), which never includes a secret.

export const DETAILS_SCHEME = 'cognito-details';

export class DetailsDocuments implements vscode.TextDocumentContentProvider, DetailsView, vscode.Disposable {
  private readonly rendered = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.rendered.event;
  private readonly views = new Map<string, { model: () => Promise<ViewModel>; subject: string; uri: vscode.Uri }>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, this);
  private counter = 0;

  async show(title: string, model: () => Promise<ViewModel>, node: TreeNode): Promise<void> {
    const id = String(++this.counter);
    const uri = vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${title.replace(/[/\\?#]/g, '_')}.md`, query: `view=${id}` });
    this.views.set(id, { model, subject: node.key, uri });
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
  }

  /** Renders the view again (the Refresh button), reading fresh data. */
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
    try {
      return markdownOf(await model(), new Date());
    } catch (error) {
      const sentence = error instanceof Error && error.name === 'CognitoError' ? error.message : 'Reading the details failed; see the Cognito output channel.';
      return `# Could not read the details\n\n${sentence}\n\nUse Refresh in the title bar to try again.\n`;
    }
  }

  dispose(): void {
    this.registration.dispose();
    this.rendered.dispose();
  }
}
