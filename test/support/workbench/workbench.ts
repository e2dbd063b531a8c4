// The VS Code workbench in the browser, as a person uses it: activity bar, the Cognito tree, context menus,
// the command palette and its input boxes, the status bar, the clipboard. Selectors are the workbench's own
// ARIA labels and roles; every step waits for the state it needs (a row, a step counter, a message) rather
// than for a fixed time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Bound on one wait for the workbench; a step that needs the emulator answers in well under a second. */
const WAIT_MS = 20_000;

export class Workbench {
  constructor(readonly page: Page) {
    page.setDefaultTimeout(WAIT_MS);
  }

  /** Opens the workbench and waits until the activity bar is there. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench .activitybar').waitFor({ timeout: 60_000 });
  }

  // ---- activity bar and the tree -------------------------------------------------------------------------

  /** The "Cognito" icon in the activity bar (the view container's title). */
  get cognitoIcon(): Locator {
    return this.page.locator('.activitybar .action-label[aria-label="Cognito"]');
  }

  /** The User Pools view's section (the pane that holds the tree). */
  get userPoolsView(): Locator {
    return this.page.locator('#workbench\\.parts\\.sidebar .pane').filter({
      has: this.page.locator('.pane-header[aria-label^="User Pools"]'),
    });
  }

  /** Clicks the Cognito icon unless its view is already showing, and waits for the User Pools view. */
  async openCognitoView(): Promise<void> {
    await this.cognitoIcon.waitFor({ timeout: 60_000 }); // the extension's contributions arrive after startup
    const tab = this.page.locator('.activitybar li.action-item').filter({ has: this.page.locator('.action-label[aria-label="Cognito"]') });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await this.cognitoIcon.click();
    await this.userPoolsView.waitFor(); // its header is hidden: the only view of its container
  }

  /**
   * A row of the User Pools tree whose accessible name starts with `label`, then a space, a line break, a comma
   * or the end. VS Code names a row "label description, has actions", or after its tooltip when that is plain
   * text ("alice\nStatus: CONFIRMED…"). Rows exist only while they show.
   */
  treeRow(label: string): Locator {
    return this.userPoolsView.getByRole('treeitem', { name: startsWithLabel(label) });
  }

  /**
   * The row at a path of labels from the root, e.g. ['demo-pool', 'Users', 'erin'], once it shows (its parents
   * must be expanded). Each label is matched as in treeRow, among the children of the row before it. The path
   * is resolved in one go in the page; the locator it returns is by position, so use it before the tree changes.
   */
  async rowAt(labels: string[]): Promise<Locator> {
    const view = await this.userPoolsView.elementHandle();
    const found = await this.page.waitForFunction(
      ({ view, patterns }) => {
        const container = view as unknown as { querySelectorAll(selector: string): Iterable<RowElement> } | null;
        const rows = [...(container?.querySelectorAll('.monaco-list-row[role="treeitem"]') ?? [])].sort(
          (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
        );
        let from = 0;
        let to = rows.length;
        let match: RowElement | undefined;
        for (const [depth, pattern] of patterns.entries()) {
          // Among rows[from, to): the rows one level below the previous match (the whole list at the root).
          match = rows.slice(from, to).find((row) => Number(row.getAttribute('aria-level')) === depth + 1 && new RegExp(pattern).test(row.getAttribute('aria-label') ?? ''));
          if (!match) return undefined;
          from = rows.indexOf(match) + 1;
          const next = rows.slice(from).findIndex((row) => Number(row.getAttribute('aria-level')) <= depth + 1);
          to = next < 0 ? rows.length : from + next;
        }
        return match?.dataset.index;
      },
      { view, patterns: labels.map((label) => startsWithLabel(label).source) },
    );
    return this.userPoolsView.locator(`.monaco-list-row[data-index="${await found.jsonValue()}"]`);
  }

  /** Expands a collapsed row by clicking it (nothing on an expanded one) and waits until it shows expanded. */
  async expand(row: Locator): Promise<void> {
    await row.waitFor();
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await row.and(this.page.locator('[aria-expanded="true"]')).waitFor();
  }

  /** The accessible names of the tree's rows that show, top to bottom. */
  async visibleRowNames(): Promise<string[]> {
    const rows = this.userPoolsView.locator('.monaco-list-row[role="treeitem"]');
    const named = await rows.evaluateAll((elements) => elements.map((e) => [Number(e.getAttribute('data-index')), e.getAttribute('aria-label') ?? ''] as const));
    return [...named].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  }

  /**
   * Right-clicks a row and clicks the context menu entry with this label. The entry is hovered first and the
   * click waits until the menu has taken the hover (the menu ignores a click that comes before it is ready).
   */
  async contextMenu(row: Locator, entry: string): Promise<void> {
    await row.click({ button: 'right' });
    const menu = this.page.locator('.context-view .monaco-menu');
    const item = menu.locator('.action-item').filter({ has: this.page.locator('.action-label', { hasText: new RegExp(`^${escapeRegExp(entry)}$`) }) });
    // A click that lands while the menu is still settling is sometimes ignored (seen on a loaded machine):
    // the menu stays open. Then the entry is chosen again; a menu that closed has run its entry once.
    for (let attempt = 1; ; attempt++) {
      await item.hover();
      await menu.locator('.action-item.focused').filter({ hasText: entry }).waitFor();
      await item.click();
      try {
        await menu.waitFor({ state: 'detached', timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /** Makes the side bar wider (drags its sash), so the tree's descriptions (the ids) are not cut off. */
  async widenSideBar(toWidth: number): Promise<void> {
    const sideBar = await this.page.locator('#workbench\\.parts\\.sidebar').boundingBox();
    if (!sideBar || sideBar.width >= toWidth) return;
    const x = sideBar.x + sideBar.width;
    const y = sideBar.y + sideBar.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(sideBar.x + toWidth, y, { steps: 10 });
    await this.page.mouse.up();
  }

  // ---- command palette and quick input --------------------------------------------------------------------

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** The text box of the quick input (the filter of a pick, the value of an input box). */
  get quickInputBox(): Locator {
    return this.quickInput.locator('.quick-input-box input');
  }

  /** The line under the box: the prompt, or the validation message. */
  get quickInputMessage(): Locator {
    return this.quickInput.locator('.quick-input-message');
  }

  /** Opens the palette with F1 and runs the command with this full title ("Cognito: Create User Pool"). */
  async runCommand(title: string): Promise<void> {
    await this.quickInput.waitFor({ state: 'hidden' }); // an earlier flow must be over
    await this.page.keyboard.press('F1');
    await this.quickInput.waitFor();
    await this.quickInputBox.pressSequentially(title);
    // The row named by the title, perhaps followed by its group ("…, recently used"): "Cognito: Create User"
    // must not run "Cognito: Create User Pool".
    await this.quickInput.getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}(,|$)`) }).click();
  }

  /** Waits until the quick input shows step `step` of the flow `title`: its title reads "Title (step/N)". */
  async waitForStep(title: string, step: number): Promise<void> {
    await this.quickInput.locator('.quick-input-title', { hasText: `${title} (${step}/` }).waitFor();
  }

  /** The quick input's title, e.g. "Create User (3/8)". */
  async stepTitle(): Promise<string> {
    return (await this.quickInput.locator('.quick-input-title').textContent()) ?? '';
  }

  /** Types into the box of the current step, as a person does (validation runs on every key). */
  async type(text: string): Promise<void> {
    await this.quickInputBox.pressSequentially(text);
  }

  /** Presses Enter. */
  async enter(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }

  /** Clicks the item of the current pick whose label is `label`, once it shows (items may still be loading). */
  async pick(label: string): Promise<void> {
    await this.pickItem(label).click();
  }

  /** The item whose label (its first line, without a `$(icon)`; not its description or detail) is `label`. */
  pickItem(label: string): Locator {
    const labelText = this.page.locator('.quick-input-list-rows > .quick-input-list-row:first-child .label-name', {
      hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`),
    });
    return this.quickInput.getByRole('option').filter({ has: labelText });
  }

  /** The labels of the checked items of a multi-select pick. */
  async checkedItems(): Promise<string[]> {
    const boxes = this.quickInput.locator('.monaco-list-row .monaco-checkbox[aria-checked="true"]');
    return (await boxes.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''))).sort();
  }

  /** Waits until the quick input is gone (the flow ended or was cancelled). */
  async waitForQuickInputClosed(): Promise<void> {
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  // ---- status bar, clipboard, screenshots -----------------------------------------------------------------

  /** The extension's status bar message (vscode.window.setStatusBarMessage). */
  get statusMessage(): Locator {
    return this.page.locator('#workbench\\.parts\\.statusbar #status\\.extensionMessage');
  }

  async readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async writeClipboard(text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
  }

  /** Waits until the clipboard holds `expected` exactly; resolves with what it held last when it never does. */
  async waitForClipboard(expected: string, timeoutMs = 5000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = await this.readClipboard();
    while (text !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      text = await this.readClipboard();
    }
    return text;
  }

  /**
   * A PNG of the whole window into dir/name. The mouse is parked on the empty editor area first and any hover
   * is waited away, so the picture shows the state and not where the pointer happened to be.
   */
  async screenshot(dir: string, name: string): Promise<string> {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    const viewport = this.page.viewportSize();
    if (viewport) await this.page.mouse.move(viewport.width - 40, viewport.height - 80);
    const hover = this.page.locator('.workbench-hover-container:visible, .monaco-hover:visible').first();
    // A hover can also belong to the focused element (shown for keyboard focus), which moving the mouse
    // does not close; Escape does.
    await hover.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => this.page.keyboard.press('Escape'));
    await hover.waitFor({ state: 'hidden' });
    await this.page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    return file;
  }
}

// The bits of the DOM that code run in the page uses (the tests compile without the DOM library).
interface RowElement {
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
}
declare const navigator: { clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } };

function startsWithLabel(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}(\\s|,|$)`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
