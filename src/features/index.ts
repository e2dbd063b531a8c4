import * as vscode from 'vscode';
import { SignInSessions, type SignInSession } from '../auth/signInSessions';
import { RateLimiter } from '../bulk/rateLimiter';
import { commandHandlers } from '../commands/dispatch';
import type { AuthenticatorKit, FlowDeps } from '../commands/flows/deps';
import type { RunsCommands } from '../commands/handOver';
import { openSsoLoginTerminal } from '../commands/ssoLogin';
import type { AwsBundle } from '../aws/awsBundle';
import type { ConnectionRegistry } from '../connection/connectionRegistry';
import { readCallbackPort, readMaxRequestsPerSecond } from '../connection/vscodeSettings';
import type { TreeModel } from '../tree/model';
import type { TreeNode } from '../tree/nodes';
import { treeUpdates } from '../tree/treeUpdates';
import { detailsFollowTree } from './detailsFollowTree';
import type { Prompter } from '../ui/prompter';
import { runCommand } from '../ui/runCommand';
import { vscodeClipboard, vscodeFeedback, vscodeLinks } from '../ui/vscodeFeedback';
import { VscodePrompter } from '../ui/vscodePrompter';
import { DETAILS_SCHEME, DetailsDocuments } from '../views/detailsView';
import { RenderedDetails } from '../views/renderedDetails';
import { RenderedPanels, type MessageRecorder } from '../views/rendered/renderedPanels';
import { TokensViews } from '../views/tokensView';
import { RenderedAuthenticatorViews } from '../views/authenticatorView';
import { connectionSettingsAccess } from './connectionSettings';
import { rememberedAuthenticators } from './rememberedAuthenticators';

// Entry of dist/features.js: the commands' flows and the views they open, loaded on the first command
// (src/features/featuresBundle.ts), so neither activation nor the tree pays for them. esbuild.js builds it as its own
// bundle; classes it shares with extension.js answer `instanceof` across bundles (crossBundleClass.ts).

/** What the features take from the activated extension. */
export interface FeatureHost {
  log: vscode.LogOutputChannel;
  model: TreeModel;
  treeView: vscode.TreeView<TreeNode>;
  connections: ConnectionRegistry;
  /** The AWS bundle as extension.js loaded it: one copy of the SDK and its caches for both bundles. */
  aws: () => AwsBundle;
  /** A test run's scripted prompter, else undefined (the real input boxes and quick picks). */
  prompterForTests: () => Prompter | undefined;
  /** Where the rendered views' files are (dist/webview.js, dist/codicons/). */
  extensionUri: vscode.Uri;
  /** A test run's record of the rendered views' messages, for the secrets scan; else undefined. */
  recordWebviewMessage?: MessageRecorder;
  /** The extension's secret storage (remembered authenticators) and global state (whose they are). */
  secrets: vscode.SecretStorage;
  globalState: vscode.Memento;
}

/** Runs the commands of package.json (their declarations); failures end as one sentence to the person (runCommand). */
export interface Features extends vscode.Disposable, RunsCommands {}

export function createFeatures({ log, model, treeView, connections, aws, prompterForTests, extensionUri, recordWebviewMessage, secrets, globalState }: FeatureHost): Features {
  const signIns = new SignInSessions();
  const verify = (session: SignInSession) => {
    const { endpoint } = connections.get(session.connectionId)?.settings ?? {};
    const { userPoolId, clientId } = session.client;
    return aws().verifyTokens({ userPoolId, clientId, endpoint, idToken: session.tokens.idToken, accessToken: session.tokens.accessToken });
  };
  const panels = new RenderedPanels({ extensionUri, clipboard: vscodeClipboard, feedback: vscodeFeedback, links: vscodeLinks, record: recordWebviewMessage });
  const tokensView = new TokensViews(signIns, verify, (id) => connections.get(id)?.label ?? 'removed', panels);
  const detailsDocuments = new DetailsDocuments();
  const details = new RenderedDetails(detailsDocuments, panels, (key) => model.getNode(key));
  const limiter = new RateLimiter(readMaxRequestsPerSecond);
  const prompter = new VscodePrompter();
  const authenticatorView = new RenderedAuthenticatorViews(detailsDocuments, panels);
  const authenticators = rememberedAuthenticators(secrets, globalState, (ids) => model.setRememberedAuthenticators(ids));
  // Forwards on use, so building a flow's deps loads neither aws.js nor signin.js.
  const authenticatorKit: AuthenticatorKit = {
    uri: (issuer, account, secret) => aws().authenticatorKit.uri(issuer, account, secret),
    code: (secret, now) => aws().authenticatorKit.code(secret, now),
    qrImage: (id, text, alt) => aws().authenticatorKit.qrImage(id, text, alt),
  };

  const deps = (): FlowDeps => ({
    prompter: prompterForTests() ?? prompter,
    connections,
    feedback: vscodeFeedback,
    clipboard: vscodeClipboard,
    links: vscodeLinks,
    tree: detailsFollowTree(treeUpdates(model, treeView), details),
    log: { info: (line) => log.info(line) },
    signIns,
    tokensView,
    limiter,
    details,
    authenticatorView,
    authenticators,
    authenticatorKit,
    callbackPort: readCallbackPort,
    terminals: { open: (name, env) => vscode.window.createTerminal({ name, env }).show() },
  });
  const handlers = commandHandlers({
    deps,
    model,
    connections,
    settings: connectionSettingsAccess(aws),
    listProfiles: () => aws().listProfiles(),
    openSsoLogin: (profile) => openSsoLoginTerminal(profile, () => aws().listProfiles()),
    activeSubject: () => panels.active()?.textUri ?? vscode.window.activeTextEditor?.document.uri,
    refreshDetails: async (uri) => {
      if (uri instanceof vscode.Uri && uri.scheme === DETAILS_SCHEME) detailsDocuments.refresh(uri);
      else if (!(await panels.refreshActive())) {
        const active = vscode.window.activeTextEditor?.document.uri;
        if (active) detailsDocuments.refresh(active);
      }
    },
    showAsText: async () => {
      const active = panels.active();
      if (active) await panels.showAsText(active);
    },
  });

  return {
    runCommand: async (commandId, [node, selected]) => {
      const handler = Object.hasOwn(handlers, commandId) ? handlers[commandId] : undefined;
      if (!handler) {
        log.error(`${commandId} is in package.json but not among the command declarations; run the build to regenerate package.json`);
        return;
      }
      await runCommand(log, commandId, handler)(node, selected);
    },
    dispose: () => {
      panels.dispose();
      tokensView.dispose();
      detailsDocuments.dispose();
    },
  };
}
