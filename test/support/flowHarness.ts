import * as assert from 'node:assert/strict';
import { SignInSessions, type SignInSession } from '../../src/auth/signInSessions';
import { RateLimiter } from '../../src/bulk/rateLimiter';
import type { CognitoApi, User } from '../../src/shared/types';
import type { UserFilter } from '../../src/shared/userFilter';
import type { FlowDeps } from '../../src/commands/flows/deps';
import type { ItemNode, TreeNode } from '../../src/tree/nodes';
import { Cancelled } from '../../src/ui/prompter';
import type { ViewModel } from '../../src/shared/views/viewModel';
import { markdownOf } from '../../src/views/models/markdown';
import { authenticatorId } from '../../src/shared/rememberedAuthenticators';
import { DEFAULT_CALLBACK_PORT } from '../../src/shared/settings';
import { authenticatorUri, totpCode } from '../../src/auth/totpCodes';
import { qrCodeImage } from '../../src/views/models/qrCodeImage';
import { singleConnection } from './connections';
import { FakeCognito } from './fakeCognito';
import { ESC, ScriptedPrompter, type Answer } from './scriptedPrompter';

// Runs a flow with scripted answers against a FakeCognito and records what it told the person.

export interface FlowRun {
  deps: FlowDeps;
  prompter: ScriptedPrompter;
  cognito: FakeCognito;
  notifications: { message: string; actions: string[] }[];
  statusMessages: string[];
  clipboard: string[];
  shown: TreeNode[];
  filters: { poolId: string; filter: UserFilter | undefined }[];
  progressTitles: string[];
  /** Users whose node the flow asked the tree to update. */
  changedUsers: User[];
  /** [done, failed, total] as a bulk action reported them. */
  bulkReports: [number, number, number][];
  /** The person presses Cancel once this many items are reported. */
  cancelAfter?: number;
  /** Each details view a flow opened: its model, the "Show as Text" Markdown of it, its subject's key and node. */
  details: { title: string; model: ViewModel; text: string; subject: string; node: TreeNode }[];
  /** The subjects whose open details views a flow said had changed. */
  detailsChanged: string[];
  /** Items whose row the flow asked the tree to redraw. */
  changedItems: ItemNode[];
  /** Pools whose users were reloaded. */
  reloaded: string[];
  /** Web pages the flow opened. */
  opened: string[];
  /** Plays the browser for a page the flow opens (after it is recorded in `opened`): managed login's tests. */
  browser?: (url: string) => Promise<void>;
  /** What asExternalUri makes of a loopback URL; the URL itself (a desktop window) when unset. */
  externalUri?: (url: string) => string;
  /** The loopback port managed login listens on (a test picks a free one). */
  callbackPort: number;
  /** Terminals a flow opened, with their environment. */
  terminals: { name: string; env: Record<string, string> }[];
  /** Presses Cancel on the notification a flow waits under (Feedback.waitFor), when one is open. */
  cancelWait?: () => void;
  removed: ItemNode[];
  /** "group/username" for each membership the flow told the tree about. */
  membersAdded: string[];
  logLines: string[];
  signIns: SignInSessions;
  /** Sign-ins the flow opened in the Tokens view. */
  tokensShown: SignInSession[];
  /** Each render of Set Up Authenticator App's view (on show and on each change), in order. */
  authenticatorViews: { key: string; title: string; model: ViewModel }[];
  /** The remembered authenticators' secrets by authenticatorId() (the fake of VS Code's secret storage). */
  secrets: Map<string, string>;
}

export function flowRun(answers: Answer[], cognito = new FakeCognito(), chooseAction?: string): FlowRun {
  const prompter = new ScriptedPrompter(answers);
  const shownAuthenticators = new Map<string, { title: string; model: () => ViewModel }>();
  const run: FlowRun = {
    prompter,
    cognito,
    notifications: [],
    statusMessages: [],
    clipboard: [],
    shown: [],
    filters: [],
    progressTitles: [],
    changedUsers: [],
    bulkReports: [],
    details: [],
    detailsChanged: [],
    opened: [],
    callbackPort: DEFAULT_CALLBACK_PORT,
    terminals: [],
    reloaded: [],
    changedItems: [],
    removed: [],
    membersAdded: [],
    logLines: [],
    signIns: new SignInSessions(),
    tokensShown: [],
    authenticatorViews: [],
    secrets: new Map(),
    deps: undefined as unknown as FlowDeps,
  };
  run.deps = {
    prompter,
    connections: singleConnection(cognito),
    feedback: {
      info: async (message, ...actions) => {
        run.notifications.push({ message, actions });
        return chooseAction;
      },
      status: (message) => run.statusMessages.push(message),
      progress: (title, task) => {
        run.progressTitles.push(title);
        return task();
      },
      bulkProgress: (title, task) => {
        run.progressTitles.push(title);
        return task({ report: (done, failed, total) => void run.bulkReports.push([done, failed, total]), cancelled: () => run.cancelAfter !== undefined && run.bulkReports.length >= run.cancelAfter });
      },
      waitFor: (title, task) => {
        run.progressTitles.push(title);
        const aborter = new AbortController();
        run.cancelWait = () => aborter.abort();
        return task(aborter.signal);
      },
    },
    clipboard: { writeText: async (text) => void run.clipboard.push(text) },
    links: {
      open: async (url) => {
        run.opened.push(url);
        await run.browser?.(url);
      },
      showFile: async (path) => void run.opened.push(path),
      externalUri: async (url) => run.externalUri?.(url) ?? url,
    },
    tree: {
      showCreated: async (node) => void run.shown.push(node),
      filterUsers: async ({ pool }, filter) => void run.filters.push({ poolId: pool.id, filter }),
      userChanged: async (_connectionId, _poolId, user) => void run.changedUsers.push(user),
      removed: async (nodes) => void run.removed.push(...nodes),
      memberAdded: async (_connectionId, _poolId, groupName, user) => void run.membersAdded.push(`${groupName}/${user.username}`),
      reloadUsers: async ({ pool }) => void run.reloaded.push(pool.id),
      itemChanged: async (node) => void run.changedItems.push(node),
    },
    log: { info: (line) => void run.logLines.push(line) },
    signIns: run.signIns,
    tokensView: { show: async (session) => void run.tokensShown.push(session) },
    limiter: new RateLimiter(() => undefined, { now: () => 0, sleep: async () => undefined }),
    details: {
      show: async (title, read, node) => {
        const model = await read();
        run.details.push({ title, model, text: markdownOf(model, new Date()), subject: node.key, node });
      },
      changed: (subject) => void run.detailsChanged.push(subject),
    },
    authenticatorView: {
      show: async (key, title, model) => {
        shownAuthenticators.set(key, { title, model });
        run.authenticatorViews.push({ key, title, model: model() });
      },
      changed: (key) => {
        const shown = shownAuthenticators.get(key);
        if (shown) run.authenticatorViews.push({ key, title: shown.title, model: shown.model() });
      },
    },
    authenticators: {
      has: (key) => run.secrets.has(authenticatorId(key)),
      secret: async (key) => run.secrets.get(authenticatorId(key)),
      remember: async (key, secret) => void run.secrets.set(authenticatorId(key), secret),
      forget: async (key) => void run.secrets.delete(authenticatorId(key)),
    },
    // The real libraries: a unit test reads the URI, the code and the QR code they make.
    authenticatorKit: { uri: authenticatorUri, code: totpCode, qrImage: qrCodeImage },
    callbackPort: () => run.callbackPort,
    terminals: { open: (name, env) => void run.terminals.push({ name, env }) },
  };
  return run;
}

/** Lets fire-and-forget follow-ups (a notification's button) finish. */
/** A scripted flow whose one connection is this real (emulator or double) CognitoApi, not the fake. */
export function flowAgainst(cognito: CognitoApi, answers: Answer[], chooseAction?: string): FlowRun {
  const run = flowRun(answers, undefined, chooseAction);
  run.deps.connections = singleConnection(cognito);
  return run;
}

export const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * For each step of a complete script, replays the answers before it and then presses Esc there:
 * the flow must end Cancelled without a single write call.
 */
export async function assertEscAtEveryStepCreatesNothing(
  answers: Answer[],
  setup: () => FakeCognito,
  flow: (deps: FlowDeps) => Promise<unknown>,
): Promise<void> {
  for (let step = 0; step < answers.length; step++) {
    const run = flowRun([...answers.slice(0, step), ESC], setup());
    await assert.rejects(flow(run.deps), Cancelled, `Esc at step ${step + 1} should cancel`);
    assert.deepEqual(run.cognito.writeCalls, [], `Esc at step ${step + 1} must not write`);
    assert.deepEqual(run.shown, []);
    run.prompter.assertDone();
  }
}
