// The rendered views (webview panels) as a person sees them in the workbench. Each webview is an
// iframe.webview holding the page in its #active-frame; a hidden panel's page is destroyed, so the one of a
// type that shows is found by the data-view mark the extension's page carries on its body. Playwright's
// locators pierce the page's open shadow roots (the element library's buttons).
import * as assert from 'node:assert/strict';
import type { FrameLocator, Locator } from 'playwright-core';
import type { Workbench } from './workbench';

/** The marks the pages carry (their panels' webview types), as a person's tools would see them. */
export const DETAILS_VIEW = 'cognito.details';
export const TOKENS_VIEW = 'cognito.tokens';

/** The page of the showing rendered view of this type (cognito.details, cognito.tokens). */
export async function renderedView(wb: Workbench, viewType: string, timeoutMs = 20_000): Promise<FrameLocator> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const outer = wb.page.locator('iframe.webview');
    const count = await outer.count();
    for (let i = 0; i < count; i++) {
      if (!(await outer.nth(i).isVisible())) continue;
      const page = wb.page.frameLocator('iframe.webview').nth(i).frameLocator('#active-frame');
      if ((await page.locator(`body[data-view="${viewType}"]`).count()) > 0) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no rendered ${viewType} view shows`);
}

/** A field's row: its label, value and buttons. */
export function fieldRow(view: FrameLocator, fieldId: string): Locator {
  return view.locator(`[data-field="${fieldId}"]`);
}

/** The value a field shows, as text, once it shows. */
export async function fieldValue(view: FrameLocator, fieldId: string): Promise<string> {
  const value = fieldRow(view, fieldId).locator('[data-value]').first();
  await value.waitFor();
  return ((await value.textContent()) ?? '').trim();
}

/** Everything the page shows as text, its shadow roots' too (the element library's). */
export async function pageText(view: FrameLocator): Promise<string> {
  return view.locator('body').evaluate((body) => {
    const texts: string[] = [];
    const walk = (node: { childNodes: ArrayLike<unknown>; shadowRoot?: unknown; nodeType: number; textContent: string | null }) => {
      if (node.nodeType === 3) texts.push(node.textContent ?? '');
      const root = node.shadowRoot as typeof node | null | undefined;
      if (root) walk(root);
      for (const child of Array.from(node.childNodes) as (typeof node)[]) walk(child);
    };
    walk(body as unknown as Parameters<typeof walk>[0]);
    return texts.join(' ');
  });
}
