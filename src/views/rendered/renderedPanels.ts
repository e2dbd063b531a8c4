import * as vscode from 'vscode';
import { fromWebview, type FromWebview, type ToWebview } from '../../shared/views/viewMessages';
import type { ViewAction, ViewModel } from '../../shared/views/viewModel';
import type { Clipboard, Feedback, Links } from '../../ui/feedback';
import { copyableOf, linkOf, offersAction } from './modelLookup';
import { newNonce, webviewHtml } from './webviewHtml';

// The rendered views: one webview panel per subject (a pool, an app client, a user, a sign-in), revealed
// again when it is asked for again. The page holds nothing of its own: each time it loads (VS Code destroys
// a hidden webview's page) it asks for its model, and gets one only while the panel is visible, so a
// sign-in's tokens are in a webview only while someone can see them. Every click comes back as a message
// naming a field or an action of the model the panel last posted (modelLookup.ts).

export interface PanelSource {
  /** One panel per key: asking again reveals it. */
  key: string;
  viewType: string;
  /** The tab's title. */
  title: string;
  /** Reads the subject again; called on every render. */
  model(): Promise<ViewModel>;
  /** What the view's command buttons pass to the command, as it is when clicked: the subject's tree node, a
   *  sign-in's document URI. */
  commandArgument(): unknown;
  /** The same view as a Markdown document, for Show as Text. */
  textUri: vscode.Uri;
  /** Offers Refresh (details; the Tokens view has Refresh Tokens instead). */
  refreshable: boolean;
}

/** For the extension-host tests: every message that crossed, in order (test runs only). */
export type MessageRecorder = (entry: { viewType: string; title: string; direction: 'toWebview' | 'fromWebview'; message: unknown }) => void;

interface OpenPanel {
  source: PanelSource;
  panel: vscode.WebviewPanel;
  /** The page has loaded and asked for its model since it was last shown. */
  ready: boolean;
  /** The model the page shows now, for looking up what a click names. */
  shown?: ViewModel;
  /** Renders started; only the latest may post (a slow read, such as a token check, must not post after a newer one). */
  renders: number;
}

export const REFRESH_ACTION: ViewAction = { id: 'view.refresh', label: 'Refresh', icon: 'refresh' };
export const SHOW_AS_TEXT_ACTION: ViewAction = { id: 'view.showAsText', label: 'Show as Text', icon: 'file-text' };

export interface PanelDeps {
  extensionUri: vscode.Uri;
  clipboard: Clipboard;
  feedback: Pick<Feedback, 'status'>;
  links: Pick<Links, 'open'>;
  record?: MessageRecorder;
}

export class RenderedPanels implements vscode.Disposable {
  private readonly open = new Map<string, OpenPanel>();

  constructor(private readonly deps: PanelDeps) {}

  async show(source: PanelSource): Promise<void> {
    const existing = this.open.get(source.key);
    if (existing) {
      existing.source = source;
      existing.panel.reveal();
      await this.render(existing);
      return;
    }
    const dist = vscode.Uri.joinPath(this.deps.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(source.viewType, source.title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [dist],
      // Off on purpose: a hidden panel's page is destroyed, and with it any token it showed.
      retainContextWhenHidden: false,
    });
    const entry: OpenPanel = { source, panel, ready: false, renders: 0 };
    this.open.set(source.key, entry);
    panel.iconPath = vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'cognito.svg');
    panel.webview.html = webviewHtml({
      title: source.title,
      viewType: source.viewType,
      nonce: newNonce(),
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      codiconsUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'codicons', 'codicon.css')).toString(),
    });
    panel.webview.onDidReceiveMessage((message: unknown) => this.received(entry, message));
    panel.onDidChangeViewState(() => {
      if (panel.visible) return;
      // Its page is gone or going; drop what it showed, in case a VS Code keeps it.
      entry.ready = false;
      entry.shown = undefined;
      this.post(entry, { type: 'clear', title: entry.source.title, lead: 'Hidden: shown again when you come back.' });
    });
    panel.onDidDispose(() => {
      if (this.open.get(source.key) === entry) this.open.delete(source.key);
    });
  }

  /** Renders the panel of this key again (what it shows changed), if it is open and visible. */
  async refresh(key: string): Promise<void> {
    const entry = this.open.get(key);
    if (entry) await this.render(entry);
  }

  /** The source of the active panel, for the commands of its title bar. */
  active(): PanelSource | undefined {
    for (const entry of this.open.values()) if (entry.panel.active) return entry.source;
    return undefined;
  }

  async refreshActive(): Promise<boolean> {
    for (const entry of this.open.values()) {
      if (entry.panel.active) {
        await this.render(entry);
        return true;
      }
    }
    return false;
  }

  async showAsText(source: PanelSource): Promise<void> {
    const document = await vscode.workspace.openTextDocument(source.textUri);
    await vscode.window.showTextDocument(document, { preview: false });
  }

  private async render(entry: OpenPanel): Promise<void> {
    if (!entry.ready || !entry.panel.visible) return; // the page asks when it loads
    const render = ++entry.renders;
    const model = withViewActions(await entry.source.model(), entry.source);
    if (!entry.ready || !entry.panel.visible || !this.open.has(entry.source.key)) return; // hidden while reading
    // A newer render started while this one read (a sign-out while the tokens were checked): it posts, not this.
    if (render !== entry.renders) return;
    entry.shown = model;
    this.post(entry, { type: 'render', model });
  }

  private async received(entry: OpenPanel, raw: unknown): Promise<void> {
    const message = fromWebview(raw);
    this.deps.record?.({ viewType: entry.source.viewType, title: entry.source.title, direction: 'fromWebview', message: raw });
    if (!message) return;
    if (message.type === 'ready') {
      entry.ready = true;
      await this.render(entry);
      return;
    }
    const model = entry.shown;
    if (model) await this.act(entry, model, message);
  }

  private async act(entry: OpenPanel, model: ViewModel, message: Exclude<FromWebview, { type: 'ready' }>): Promise<void> {
    if (message.type === 'copy') {
      const copyable = copyableOf(model, message.field);
      if (!copyable) return;
      await this.deps.clipboard.writeText(copyable.text);
      this.post(entry, { type: 'announce', text: `Copied ${copyable.label}` });
      this.deps.feedback.status(`$(check) Copied ${copyable.label}`);
    } else if (message.type === 'open') {
      const url = linkOf(model, message.field);
      if (url) await this.deps.links.open(url);
    } else if (message.action === REFRESH_ACTION.id) {
      await this.render(entry);
    } else if (message.action === SHOW_AS_TEXT_ACTION.id) {
      await this.showAsText(entry.source);
    } else if (offersAction(model, message.action) && message.action.startsWith('cognito.')) {
      await vscode.commands.executeCommand(message.action, entry.source.commandArgument());
    }
  }

  private post(entry: OpenPanel, message: ToWebview): void {
    this.deps.record?.({ viewType: entry.source.viewType, title: entry.source.title, direction: 'toWebview', message });
    void entry.panel.webview.postMessage(message).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const entry of this.open.values()) entry.panel.dispose();
    this.open.clear();
  }
}

/** The view's own buttons after the subject's: Refresh (details) and Show as Text. */
function withViewActions(model: ViewModel, source: PanelSource): ViewModel {
  const own = source.refreshable ? [REFRESH_ACTION, SHOW_AS_TEXT_ACTION] : [SHOW_AS_TEXT_ACTION];
  return { ...model, actions: [...model.actions, ...own] };
}
