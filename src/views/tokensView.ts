import * as vscode from 'vscode';
import type { SignInSession, SignInSessions } from '../auth/signInSessions';
import type { TokensView } from '../commands/flows/deps';
import { markdownOf } from './models/markdown';
import { signInViewModel } from './models/signInViewModel';
import type { TokenChecks } from './models/tokensModel';
import { sessionIdOf, tokensPath, TOKENS_SCHEME } from './tokensUri';

// The Tokens view: a read-only Markdown document per sign-in, rendered from memory whenever it is
// shown, so a refresh or a sign-out shows at once. Nothing is written to disk.

export class TokensDocuments implements vscode.TextDocumentContentProvider, TokensView, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly sessions: SignInSessions,
    private readonly verify: (session: SignInSession) => Promise<TokenChecks>,
    private readonly connectionLabel: (connectionId: string) => string,
  ) {
    const listening = sessions.onDidChange((id) => {
      const uri = this.uris.get(id);
      if (uri) this.changed.fire(uri);
    });
    this.subscriptions = [vscode.workspace.registerTextDocumentContentProvider(TOKENS_SCHEME, this), { dispose: () => listening.dispose() }];
  }

  async show(session: SignInSession): Promise<void> {
    // Several sign-ins as one user get their own tabs: "alice tokens.md", "alice tokens (2).md", …
    const same = this.sessions.all().filter((s) => s.username === session.username).length;
    const uri = vscode.Uri.from({ scheme: TOKENS_SCHEME, path: tokensPath(session.username, same), query: `session=${session.id}` });
    this.uris.set(session.id, uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const now = new Date();
    return markdownOf(await signInViewModel(sessionIdOf(uri), this.sessions, this.verify, now, this.connectionLabel), now);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
