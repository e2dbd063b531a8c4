// Runs the vscode suite (test/vscode/index.ts) in code-server's extension host, driven by Debian's Chromium.
// This is the runner used on machines that cannot download VS Code (docs/testing.md).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { onProcessExit } from '../support/service';
import { launchChromium } from '../support/chromium';
import { startCodeServer, type CodeServer } from '../support/codeServer';
import { parseResultMarker, readResultFile, RESULT_FILE_ENV, suiteText, TestCounts } from './protocol';

export interface VsCodeSuiteOptions {
  /** Folder with the extension's package.json. */
  extensionPath: string;
  /** The compiled suite module (out/test/vscode/index.js). */
  testsPath: string;
  /** Folder opened in the workbench. Default: an empty temp folder. */
  workspace?: string;
  /** Open the workspace untrusted (restricted mode), see startCodeServer. */
  untrustedWorkspace?: boolean;
  /** Extra environment for the extension host. */
  env?: Record<string, string>;
  /** User settings, e.g. `{ "cognito.endpoint": "http://127.0.0.1:PORT" }`. */
  settings?: Record<string, unknown>;
  /** Bound on the whole suite. Default: VSCODE_TEST_TIMEOUT_MS or 5 minutes. */
  timeoutMs?: number;
  /** Also print the workbench's own console messages (not only the extension host's). */
  verbose?: boolean;
}

/** Resolves with the counts the suite reported; rejects when it crashed, its browser went away, or it did not finish in time. */
export async function runVsCodeSuite(options: VsCodeSuiteOptions): Promise<TestCounts> {
  const timeoutMs = options.timeoutMs ?? (Number(process.env.VSCODE_TEST_TIMEOUT_MS) || 5 * 60_000);
  const verbose = options.verbose ?? process.env.VSCODE_TEST_VERBOSE === '1';
  // The suite writes its counts here before run() settles (protocol.ts), so they are there when the exit call comes.
  const resultDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-suite-'));
  const resultFile = path.join(resultDir, 'result.json');
  const removeResultDir = () => fs.rmSync(resultDir, { recursive: true, force: true });
  const unregisterRemoval = onProcessExit(removeResultDir);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    server = await startCodeServer({
      extension: { developmentPath: options.extensionPath },
      workspace: options.workspace,
      untrustedWorkspace: options.untrustedWorkspace,
      settings: options.settings,
      env: { ...options.env, [RESULT_FILE_ENV]: resultFile },
    });
    browser = await launchChromium();
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();

    let counts: TestCounts | undefined;
    const workbenchErrors: string[] = []; // the workbench's own errors, shown when the suite never reports
    page.on('console', (message) => {
      const text = suiteText(message.text());
      if (text !== undefined) {
        const marker = parseResultMarker(text);
        if (marker) counts = marker;
        else console.log(text);
      } else if (verbose) {
        console.log(`[workbench ${message.type()}] ${message.text()}`);
      } else if (message.type() === 'error') {
        workbenchErrors.push(message.text());
        workbenchErrors.splice(0, workbenchErrors.length - 20);
      }
    });

    // The workbench calls this when run() settles: 0 resolved, 1 rejected. Must exist before navigation.
    let exited!: (code: number) => void;
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    const { exited: serverExited } = server;
    const connectedBrowser = browser;
    const failed = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the vscode suite did not finish within ${timeoutMs} ms`)), timeoutMs);
      // Nothing can report once the page, the browser or code-server is gone: say so now, not at the bound.
      page.on('crash', () => reject(new Error('the browser page crashed')));
      page.on('close', () => reject(new Error('the browser page closed before the suite finished')));
      connectedBrowser.on('disconnected', () => reject(new Error('the browser disconnected before the suite finished')));
      void serverExited.then((reason) => reject(new Error(`code-server stopped before the suite finished: ${reason}`)));
    });
    failed.catch(() => undefined); // only the race below consumes it
    await page.goto(server.testUrl(options.testsPath));
    const lastErrors = () => `; the workbench's last errors (VSCODE_TEST_VERBOSE=1 shows its whole log):\n${workbenchErrors.join('\n')}`;
    const code = await Promise.race([exitCode, failed]).catch((error: Error) => {
      throw new Error(error.message + lastErrors());
    });
    counts = readResultFile(resultFile) ?? counts;
    // A suite that reports only on the console (the marker and the exit call travel separately): give a late marker a moment.
    for (let i = 0; !counts && i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 100));

    if (!counts) {
      throw new Error(`the vscode suite exited with code ${code} without reporting a result (it crashed?)${lastErrors()}`);
    }
    // A rejected run() with no failed test still failed (e.g. an error after the tests).
    return code === 0 ? counts : { passed: counts.passed, failed: Math.max(counts.failed, 1) };
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    await server?.stop();
    removeResultDir();
    unregisterRemoval();
  }
}
