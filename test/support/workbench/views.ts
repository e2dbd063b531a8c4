// What several UI tests read off the workbench beyond the tree: the options of the current quick pick
// that show (code-server's quick input can keep hidden rows of an earlier list in the page), the text
// the active editor shows, and a clipboard that changes.
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { Workbench } from './workbench';

/** The option of the current pick whose label is `label`, among the rows that show. */
export function visibleOption(wb: Workbench, label: string): Locator {
  return wb.pickItem(label).filter({ visible: true });
}

/** The labels of the options of the current pick that show, top to bottom. */
export async function visibleOptionLabels(wb: Workbench): Promise<string[]> {
  const options = wb.quickInput.getByRole('option').filter({ visible: true });
  const labels = await options.evaluateAll((elements) =>
    (elements as unknown as OptionElement[]).map((e) => [Number(e.getAttribute('data-index')), e.querySelector('.label-name')?.textContent ?? ''] as const),
  );
  return [...labels].sort((a, b) => a[0] - b[0]).map(([, label]) => label.trim());
}

/** The editor group that has focus (its title bar holds the editor's action buttons). */
export function activeEditorGroup(wb: Workbench): Locator {
  return wb.page.locator('.editor-group-container.active');
}

/** The text editor of the editor group that has focus. */
export function activeEditor(wb: Workbench): Locator {
  return activeEditorGroup(wb).locator('.editor-instance .monaco-editor').first();
}

/** The lines the active editor shows, top to bottom, as text (Monaco renders only the lines in view). */
export async function visibleEditorText(wb: Workbench): Promise<string> {
  const lines = await activeEditor(wb)
    .locator('.view-lines .view-line')
    .evaluateAll((elements) => (elements as unknown as LineElement[]).map((e) => [parseFloat(e.style.top) || 0, e.textContent ?? ''] as const));
  return [...lines]
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text.replace(/\u00a0/g, ' '))
    .join('\n');
}

/** Waits until the active editor shows `text`; resolves with all the text it shows then. */
export async function waitForEditorText(wb: Workbench, text: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let shown = await visibleEditorText(wb);
  while (!shown.includes(text) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    shown = await visibleEditorText(wb);
  }
  assert.ok(shown.includes(text), `the editor shows ${JSON.stringify(text)}; it shows:\n${shown}`);
  return shown;
}

/** Waits until the clipboard holds something other than `before`; resolves with it (or `before` on a timeout). */
export async function waitForClipboardChange(wb: Workbench, before: string, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = await wb.readClipboard();
  while (text === before && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await wb.readClipboard();
  }
  return text;
}

// The bits of page elements the code run in the page reads (the tests compile without the DOM library).
interface LineElement {
  style: { top: string };
  textContent: string | null;
}

/** Also what the tree's rows offer: data-index and aria-label. */
export interface OptionElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): { textContent: string | null } | null;
}
