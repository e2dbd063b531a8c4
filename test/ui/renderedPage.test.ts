// The rendered views' page (dist/webview.js) in a real browser, without VS Code: Debian's Chromium loads the
// shell webviewHtml() builds, with its strict CSP, from a made-up origin served by page.route; a stub
// acquireVsCodeApi() records what the page posts. The test posts a model as the extension would
// (test/support/renderedModel.ts) and reads the page as a person and a screen reader would: values as
// text (a claim written as markup included), buttons reachable by Tab with names, a countdown that moves,
// pictures only from the extension, and no token text left after `clear`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FromWebview, ToWebview } from '../../src/shared/views/viewMessages';
import { TOKENS_VIEW_TYPE } from '../../src/shared/views/viewMessages';
import { webviewHtml } from '../../src/views/rendered/webviewHtml';
import { launchChromium } from '../support/chromium';
import { ISSUER, MARKUP_VALUE, POOL_ID, QR_IMAGE, renderedModel, SUBJECT, TOKEN_PARTS } from '../support/renderedModel';
import { repoRoot } from '../runners/paths';

const ORIGIN = 'https://webview.test';
const SERVED: Record<string, string> = {
  '/dist/webview.js': 'application/javascript',
  '/dist/codicons/codicon.css': 'text/css',
  '/dist/codicons/codicon.ttf': 'font/ttf',
};

interface Recorded {
  posted: FromWebview[];
  alerts: string[];
  violations: string[];
}

// The few browser globals the functions that run in the page use (the tests compile without the DOM lib).
interface PageNode {
  nodeType: number;
  textContent: string | null;
  childNodes: { forEach(callback: (node: PageNode) => void): void };
}
interface PageElement extends PageNode {
  tagName: string;
  attributes?: ArrayLike<{ value: string }>;
  shadowRoot: (PageNode & { activeElement: PageElement | null }) | null;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
  style: { setProperty(name: string, value: string): void };
  classList: { add(name: string): void };
}
declare const window: { recorded: Recorded; acquireVsCodeApi: unknown; postMessage(message: unknown, targetOrigin: string): void; alert(text?: unknown): void };
declare const document: {
  activeElement: PageElement | null;
  body: PageElement;
  documentElement: PageElement;
  querySelector(selector: string): PageElement | null;
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
};
declare function getComputedStyle(element: unknown): { color: string };
const TEXT_NODE = 3;

/** Some of what VS Code sets on a webview's page in its Dark Modern theme: the variables the page's colours use. */
const DARK_THEME: Record<string, string> = {
  '--vscode-foreground': '#cccccc',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-textLink-foreground': '#4daafc',
  '--vscode-charts-red': '#f14c4c',
  '--vscode-charts-purple': '#b180d7',
  '--vscode-charts-blue': '#3794ff',
  '--vscode-font-family': 'system-ui, sans-serif',
  '--vscode-editor-font-family': 'monospace',
};

/** As VS Code does for a webview: the theme's variables on <html>, its kind as a class of <body>. */
function applyTheme(page: Page, variables: Record<string, string>, kind: string): Promise<void> {
  return page.evaluate(
    ({ variables, kind }) => {
      for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
      document.body.classList.add(kind);
    },
    { variables, kind },
  );
}

/** Runs before the page's own script: VS Code's API as a recorder (without setState/getState), alert hooked. */
function stubVsCodeApi(): void {
  const recorded: Recorded = { posted: [], alerts: [], violations: [] };
  window.recorded = recorded;
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi() called twice');
    acquired = true;
    return { postMessage: (message: FromWebview) => recorded.posted.push(JSON.parse(JSON.stringify(message))) };
  };
  window.alert = (text?: unknown) => void recorded.alerts.push(String(text));
  document.addEventListener('securitypolicyviolation', (event) => recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

const recorded = (page: Page) => page.evaluate(() => window.recorded);
const send = (page: Page, message: ToWebview) => page.evaluate((m) => window.postMessage(m, '*'), message);

/** Every text and attribute value of the page, shadow roots included: what is still in it, seen or not. */
function pageContents(page: Page): Promise<string> {
  return page.evaluate((TEXT_NODE) => {
    const parts: string[] = [];
    const walk = (node: PageNode) => {
      if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? '');
      const element = node as PageElement;
      for (const attribute of Array.from(element.attributes ?? [])) parts.push(attribute.value);
      if (element.shadowRoot) walk(element.shadowRoot);
      node.childNodes.forEach(walk);
    };
    walk(document.documentElement);
    return parts.join('\n');
  }, TEXT_NODE);
}

/** The element that has the keyboard focus, through shadow roots, named by its test hook. */
function focusedHook(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return 'body';
    const focused = element;
    if (focused.tagName === 'A') return `link of ${focused.closest('[data-field]')?.getAttribute('data-field')}`;
    const hook = ['data-copy', 'data-action'].find((name) => focused.hasAttribute(name));
    return hook ? `${hook}=${focused.getAttribute(hook)}` : focused.tagName.toLowerCase();
  });
}

describe('ui: the rendered page (dist/webview.js in Chromium, no VS Code)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  const unexpected: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    const dist = path.join(repoRoot(), 'dist');
    assert.ok(fs.existsSync(path.join(dist, 'webview.js')), 'dist/webview.js: build first (node esbuild.js)');
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && pageErrors.push(message.text())));
    await page.addInitScript(stubVsCodeApi);
    const html = webviewHtml({
      title: 'Perry tokens',
      viewType: TOKENS_VIEW_TYPE,
      nonce: 'dGVzdC1ub25jZS0xMjM0NQ==',
      cspSource: ORIGIN,
      scriptUri: `${ORIGIN}/dist/webview.js`,
      codiconsUri: `${ORIGIN}/dist/codicons/codicon.css`,
    });
    await page.route(`${ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const contentType = SERVED[pathname];
      if (contentType) return route.fulfill({ contentType, body: fs.readFileSync(path.join(dist, pathname.slice('/dist/'.length))) });
      unexpected.push(route.request().url());
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/`);
    await applyTheme(page, DARK_THEME, 'vscode-dark');
    await page.waitForFunction(() => window.recorded.posted.length > 0);
    await send(page, { type: 'render', model: renderedModel(Date.now()) });
    await page.locator('h1').waitFor();
  });

  after(async () => {
    await browser?.close();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(`    the page's errors:\n${pageErrors.join('\n')}`);
  });

  it('asks for its model once it loads, and runs under the strict policy without a violation or an error', async () => {
    const { posted, violations } = await recorded(page);
    assert.deepEqual(posted[0], { type: 'ready' });
    assert.deepEqual(violations, []);
    assert.deepEqual(pageErrors, []);
    assert.equal(await page.locator('body').getAttribute('data-view'), TOKENS_VIEW_TYPE);
  });

  it('shows the heading, the lead and each value as text, a claim written as markup included, and nothing of it runs', async () => {
    assert.equal(await page.locator('h1').textContent(), 'Signed in as “Perry” <perry@example.org>');
    assert.equal(await page.locator('[data-field="poolId"] [data-value]').textContent(), POOL_ID);
    assert.ok(await page.locator('[data-field="poolId"]').isVisible(), 'a field’s row is a box of its own, as tests and screen readers find it');
    assert.equal(await page.locator('[data-field="id.claim.sub"] [data-value]').textContent(), SUBJECT);
    assert.equal(await page.locator('[data-field="id.claim.note"] [data-value]').textContent(), MARKUP_VALUE);
    assert.deepEqual(await page.locator('img').evaluateAll((images) => images.map((image) => image.getAttribute('data-image'))), [QR_IMAGE.id], 'the one picture of the extension, no <img> made from a value');
    assert.deepEqual((await recorded(page)).alerts, []);
  });

  it('colours the token’s three parts apart, says what the signature check found, and lists its header and claims with their meaning', async () => {
    const token = page.locator('[data-token="id"]');
    const parts = await token.locator('[data-part]').evaluateAll((elements) =>
      elements.map((element) => ({ part: element.getAttribute('data-part'), text: element.textContent, colour: getComputedStyle(element).color })),
    );
    assert.deepEqual(
      parts.map(({ part, text }) => [part, text]),
      [['header', TOKEN_PARTS[0]], ['payload', TOKEN_PARTS[1]], ['signature', TOKEN_PARTS[2]]],
    );
    assert.equal(new Set(parts.map(({ colour }) => colour)).size, 3, `three colours: ${parts.map(({ colour }) => colour).join(', ')}`);
    assert.match((await token.locator('[data-signature="verified"]').textContent()) ?? '', /Signature verified: key k-eu-9 of the pool’s JWKS/);
    assert.deepEqual(await token.locator('[data-field="id.claim.sub"] td, [data-field="id.claim.sub"] th').allTextContents(), ['sub', SUBJECT, 'The user’s unique id in the pool.', '']);
    assert.equal(await token.locator('[data-field="id.header.alg"] [data-value]').textContent(), 'RS256');
    const missing = page.locator('[data-token="access"]');
    assert.equal(await missing.locator('[data-problem]').textContent(), 'Cognito returned no access token.');
    assert.match((await missing.locator('[data-signature="unchecked"]').textContent()) ?? '', /Signature not checked/);
    assert.equal(await missing.locator('[data-part], [data-countdown], [data-copy], table').count(), 0, 'no parts, countdown, copy or tables for a token that is not there');
  });

  it('copy, link and action buttons post what they name, and a link does not navigate', async () => {
    const before = (await recorded(page)).posted.length;
    await page.getByRole('button', { name: 'Copy Pool Id', exact: true }).click();
    await page.getByRole('button', { name: 'Copy claim sub', exact: true }).click();
    await page.getByRole('button', { name: 'Copy ID token', exact: true }).click();
    await page.locator('[data-field="issuer"] a[data-value]').click();
    await page.getByRole('button', { name: 'Refresh Tokens', exact: true }).click();
    await page.getByRole('button', { name: 'Edit Authentication Flows…', exact: true }).click();
    await page.getByRole('button', { name: 'Copy header alg', exact: true }).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual((await recorded(page)).posted.slice(before), [
      { type: 'copy', field: 'poolId' },
      { type: 'copy', field: 'id.claim.sub' },
      { type: 'copy', field: 'id' },
      { type: 'open', field: 'issuer' },
      { type: 'action', action: 'refreshTokens' },
      { type: 'action', action: 'editAuthFlows' },
      { type: 'copy', field: 'id.header.alg' },
    ]);
    assert.equal(page.url(), `${ORIGIN}/`, 'still the same page');
    assert.equal(await page.locator('[data-field="issuer"] a[data-value]').textContent(), ISSUER);
  });

  it('Tab reaches every button and the link, and every button has a name', async () => {
    const buttons = await page.locator('vscode-button').evaluateAll((elements) =>
      elements.map((element) => {
        const hook = ['data-copy', 'data-action'].find((name) => element.hasAttribute(name));
        return hook ? `${hook}=${element.getAttribute(hook)}` : element.outerHTML.slice(0, 80);
      }),
    );
    assert.ok(buttons.length >= 9, `buttons: ${buttons.join(', ')}`);
    await page.locator('h1').click();
    const reached = new Set<string>();
    for (let i = 0; i < buttons.length + 10; i++) {
      await page.keyboard.press('Tab');
      reached.add(await focusedHook(page));
    }
    assert.deepEqual(buttons.filter((hook) => !reached.has(hook)), [], 'not reached by Tab');
    assert.ok(reached.has('link of issuer'), `the link is reached too: ${[...reached].join(', ')}`);
    // The accessibility tree as a screen reader gets it: one named button per element.
    const tree = await page.locator('body').ariaSnapshot();
    const named = tree.split('\n').filter((line) => /^\s*- button "[^"]+"/.test(line));
    const unnamed = tree.split('\n').filter((line) => /^\s*- button\b/.test(line) && !/^\s*- button "[^"]+"/.test(line));
    assert.deepEqual(unnamed, []);
    assert.equal(named.length, buttons.length, tree);
  });

  it('counts the token’s expiry down while it is shown', async () => {
    const countdown = page.locator('[data-token="id"] [data-countdown]');
    const first = (await countdown.textContent()) ?? '';
    assert.match(first, /^expires in \d+ min \d+ s$/);
    await page.waitForFunction((text) => document.querySelector('[data-token="id"] [data-countdown]')?.textContent !== text, first, { timeout: 10_000 });
    assert.match((await countdown.textContent()) ?? '', /^expires in \d+ min \d+ s$/);
  });

  it('shows the extension’s SVG picture with its description, and neither a fetched picture nor another kind', async () => {
    const picture = page.locator(`img[data-image="${QR_IMAGE.id}"]`);
    assert.equal(await picture.getAttribute('alt'), QR_IMAGE.alt);
    const loaded = await picture.evaluate((image) => (image as unknown as { complete: boolean; naturalWidth: number }).naturalWidth);
    assert.ok(loaded > 0, 'the picture loaded under the policy');
    assert.equal(await page.locator('[data-image="fetched"], [data-image="png"]').count(), 0);
    assert.deepEqual(unexpected, [], 'nothing asked of the network');
  });

  it('shows what the extension announces in a polite live region', async () => {
    await send(page, { type: 'announce', text: 'Copied Pool Id' });
    const status = page.getByRole('status');
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Copied Pool Id');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
  });

  it('clear leaves no token text in the page, and shows its own heading and lead', async () => {
    await send(page, { type: 'clear', title: 'Signed out', lead: 'This sign-in has ended; its tokens are gone from this view.' });
    await page.locator('h1', { hasText: 'Signed out' }).waitFor();
    const contents = await pageContents(page);
    const left = [...TOKEN_PARTS, SUBJECT, MARKUP_VALUE, POOL_ID].filter((text) => contents.includes(text));
    assert.deepEqual(left, []);
    assert.equal(await page.locator('[data-lead]').textContent(), 'This sign-in has ended; its tokens are gone from this view.');
    assert.equal(await page.locator('[data-token], [data-field], [data-countdown]').count(), 0);
    assert.deepEqual((await recorded(page)).alerts, []);
  });
});
