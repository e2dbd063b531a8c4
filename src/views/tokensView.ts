import * as vscode from 'vscode';
import type { SignInSession, SignInSessions } from '../auth/signInSessions';
import type { TokensView } from '../commands/flows/deps';
import { TOKENS_VIEW_TYPE } from '../shared/views/viewMessages';
import type { ViewModel } from '../shared/views/viewModel';
import { markdownOf } from './models/markdown';
import { signInViewModel } from './models/signInViewModel';
import type { TokenChecks } from './models/tokensModel';
import type { RenderedPanels } from './rendered/renderedPanels';
import { sessionIdOf, tokensPath, TOKENS_SCHEME } from './tokensUri';

// The Tokens view: a rendered panel per sign-in, and the same view as a read-only Markdown document (Show
// as Text, without the raw tokens). Both are made from memory whenever they render, so a refresh or a
// sign-out shows at once; nothing is written to disk. The document's URI names the sign-in; the
// panel's buttons pass it to the Tokens commands, as the document's title-bar buttons do.

export class TokensViews implements vscode.TextDocumentContentProvider, TokensView, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly sessions: SignInSessions,
    private readonly verify: (session: SignInSession) => Promise<TokenChecks>,
    private readonly connectionLabel: (connectionId: string) => string,
    private readonly panels: RenderedPanels,
  ) {
    const listening = sessions.onDidChange((id) => {
      const uri = this.uris.get(id);
      if (uri) this.changed.fire(uri);
      void panels.refresh(panelKey(id)); // a signed-out panel shows that, without its tokens
    });
    this.subscriptions = [vscode.workspace.registerTextDocumentContentProvider(TOKENS_SCHEME, this), { dispose: () => listening.dispose() }];
  }

  async show(session: SignInSession): Promise<void> {
    // Several sign-ins as one user get their own tabs: "alice tokens", "alice tokens (2)", …
    const same = this.sessions.all().filter((s) => s.username === session.username).length;
    const uri = vscode.Uri.from({ scheme: TOKENS_SCHEME, path: tokensPath(session.username, same), query: `session=${session.id}` });
    this.uris.set(session.id, uri);
    await this.panels.show({
      key: panelKey(session.id),
      viewType: TOKENS_VIEW_TYPE,
      title: uri.path.slice(1).replace(/\.md$/, ''),
      model: () => this.modelOf(uri),
      commandArgument: () => uri,
      textUri: uri,
      refreshable: false,
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return markdownOf(await this.modelOf(uri), new Date());
  }

  /** The sign-in this URI names in this window, or that it is gone (signed out, or from before a reload). */
  private modelOf(uri: vscode.Uri): Promise<ViewModel> {
    return signInViewModel(sessionIdOf(uri), this.sessions, this.verify, new Date(), this.connectionLabel);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

const panelKey = (sessionId: string) => `tokens:${sessionId}`;
