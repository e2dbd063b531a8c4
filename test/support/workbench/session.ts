// One UI session: a cognito-local seeded with the demo data, code-server with the extension, and Debian's
// Chromium driven by playwright-core with the workbench open (docs/testing.md). Every service is stopped by
// stop(), and by the harness's exit hooks should the level die first. openWorkbench() is the same without the
// emulator, for a test that starts and seeds its own (e.g. several, one per connection).
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Browser, Page } from 'playwright-core';
import { seedDemo, type SeededDemo } from '../demoSeed';
import { startCognitoLocal, type CognitoLocal } from '../cognitoLocal';
import { repoRoot } from '../../runners/paths';
import { launchChromium } from '../chromium';
import { startCodeServer, type CodeServer } from '../codeServer';
import { emulatorClient } from '../emulatorClient';
import { startedIn } from '../startedIn';
import { afterTest } from './failures';
import { Workbench } from './workbench';

export const VIEWPORT = { width: 1280, height: 800 };

// A quiet workbench that looks like what a person sees, minus what would only clutter the screenshots.
const UI_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'remote.autoForwardPorts': false,
};

export interface UiSessionOptions {
  /**
   * Where code-server finds the extension. 'working-tree': this repository (its dist/), installed as a symlink
   * the way `npm start` does it. Otherwise an extensions folder where it was installed from a .vsix.
   * Either way the workbench opens at its plain URL, without a development payload: what a person sees.
   */
  extension: 'working-tree' | { extensionsDir: string };
  /** User settings over the defaults, which point `cognito.endpoint` at the seeded emulator. */
  settings?: Record<string, unknown>;
}

export interface UiSession {
  emulator: CognitoLocal;
  seeded: SeededDemo;
  /** The AWS SDK on the emulator, to check what the extension created independently of it. */
  sdk: CognitoIdentityProviderClient;
  server: CodeServer;
  browser: Browser;
  page: Page;
  workbench: Workbench;
  /** The browser's console errors and page errors so far (for failure messages). */
  pageErrors: string[];
  stop(): Promise<void>;
}

export async function startUiSession(options: UiSessionOptions): Promise<UiSession> {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const emulator = await startCognitoLocal();
    stops.push(emulator.stop);
    const seeded = await seedDemo(emulator.endpoint);
    const sdk = emulatorClient(emulator.endpoint);
    stops.push(async () => sdk.destroy());

    const opened = await openWorkbench({ extension: options.extension, settings: { 'cognito.endpoint': emulator.endpoint, ...options.settings } });
    stops.push(opened.stop);
    return { ...opened, emulator, seeded, sdk, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface WorkbenchOptions {
  /** Where code-server finds the extension, as in UiSessionOptions. */
  extension: UiSessionOptions['extension'];
  /** User settings over UI_SETTINGS (nothing points at an emulator unless these do). */
  settings?: Record<string, unknown>;
}

/** code-server, Chromium and the workbench open in it, without any emulator: for tests that start their own. */
export type OpenWorkbench = Pick<UiSession, 'server' | 'browser' | 'page' | 'workbench' | 'pageErrors' | 'stop'>;

/** Starts code-server with the extension and these settings, and opens its workbench in Chromium. */
export async function openWorkbench(options: WorkbenchOptions): Promise<OpenWorkbench> {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const server = await startCodeServer({
      // The extension is found in the extensions folder, never through a development payload.
      extension: options.extension === 'working-tree' ? { symlinkTo: repoRoot() } : { extensionsDir: options.extension.extensionsDir },
      settings: { ...UI_SETTINGS, ...options.settings },
    });
    stops.push(server.stop);

    const browser = await launchChromium();
    stops.push(() => browser.close());
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    const workbench = new Workbench(page);
    await workbench.open(server.url);
    return { server, browser, page, workbench, pageErrors, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A UiSession's fields, ready inside tests; read before the block's before() ran, they throw. */
export type UiSessionHandle = Readonly<Omit<UiSession, 'stop'>>;

export interface UseUiSessionOptions extends UiSessionOptions {
  /** Checks on what the tests left, run after the last test and before the session stops (it stops either way). */
  beforeStop?: (session: UiSession) => Promise<void>;
}

/**
 * The mocha session hook of a ui test file: starts a UI session before its first test (cognito-local, seeding,
 * code-server, Chromium: minutes on a busy machine), after each failed test keeps a picture of the window and
 * presses Escape (afterTest), and stops everything after the last test.
 */
export function useUiSession(options: UseUiSessionOptions): UiSessionHandle {
  const state = startedIn<UiSession>('the UI session');
  before(async function () {
    this.timeout(240_000);
    state.set(await startUiSession(options));
  });
  afterEach(function () {
    return afterTest(this.currentTest, state.peek());
  });
  after(async function () {
    this.timeout(60_000);
    const started = state.peek();
    state.set(undefined);
    try {
      if (started && options.beforeStop) await options.beforeStop(started);
    } finally {
      await started?.stop();
    }
  });
  const get = state.get;
  return {
    get emulator() {
      return get().emulator;
    },
    get seeded() {
      return get().seeded;
    },
    get sdk() {
      return get().sdk;
    },
    get server() {
      return get().server;
    },
    get browser() {
      return get().browser;
    },
    get page() {
      return get().page;
    },
    get workbench() {
      return get().workbench;
    },
    get pageErrors() {
      return get().pageErrors;
    },
  };
}
