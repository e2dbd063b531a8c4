import * as vscode from 'vscode';
import { SignInSessions, type SignInSession } from '../auth/signInSessions';
import { RateLimiter } from '../bulk/rateLimiter';
import { commandHandlers } from '../commands/dispatch';
import type { FlowDeps } from '../commands/flows/deps';
import type { RunsCommands } from '../commands/handOver';
import { openSsoLoginTerminal } from '../commands/ssoLogin';
import type { AwsBundle } from '../aws/awsBundle';
import type { ConnectionRegistry } from '../connection/connectionRegistry';
import { readMaxRequestsPerSecond } from '../connection/vscodeSettings';
import type { TreeModel } from '../tree/model';
import type { TreeNode } from '../tree/nodes';
import { treeUpdates } from '../tree/treeUpdates';
import { detailsFollowTree } from './detailsFollowTree';
import type { Prompter } from '../ui/prompter';
import { runCommand } from '../ui/runCommand';
import { vscodeClipboard, vscodeFeedback, vscodeLinks } from '../ui/vscodeFeedback';
import { VscodePrompter } from '../ui/vscodePrompter';
import { DetailsDocuments } from '../views/detailsView';
import { TokensDocuments } from '../views/tokensView';
import { connectionSettingsAccess } from './connectionSettings';

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
}

/** Runs the commands of package.json (their declarations); failures end as one sentence to the person (runCommand). */
export interface Features extends vscode.Disposable, RunsCommands {}

export function createFeatures({ log, model, treeView, connections, aws, prompterForTests }: FeatureHost): Features {
  const signIns = new SignInSessions();
  const verify = (session: SignInSession) => {
    const { endpoint } = connections.get(session.connectionId)?.settings ?? {};
    const { userPoolId, clientId } = session.client;
    return aws().verifyTokens({ userPoolId, clientId, endpoint, idToken: session.tokens.idToken, accessToken: session.tokens.accessToken });
  };
  const tokensView = new TokensDocuments(signIns, verify, (id) => connections.get(id)?.label ?? 'removed');
  const details = new DetailsDocuments();
  const limiter = new RateLimiter(readMaxRequestsPerSecond);
  const prompter = new VscodePrompter();

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
  });
  const handlers = commandHandlers({
    deps,
    model,
    connections,
    settings: connectionSettingsAccess(aws),
    listProfiles: () => aws().listProfiles(),
    openSsoLogin: (profile) => openSsoLoginTerminal(profile, () => aws().listProfiles()),
    activeDocumentUri: () => vscode.window.activeTextEditor?.document.uri,
    refreshDetails: (uri) => details.refresh(uri instanceof vscode.Uri ? uri : (vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('none:'))),
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
      tokensView.dispose();
      details.dispose();
    },
  };
}
