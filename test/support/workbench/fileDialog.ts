// code-server's save and open dialogs, as a person uses them. In the browser they are VS Code's "simple file
// dialog": a quick input whose box holds a path and whose list shows the folder's entries. It reads the folder
// after it shows, and while it does, keys typed into the box can be lost and Enter may open a folder instead of
// taking the file. So: wait until the list has loaded, set the whole path at once and check the box holds it,
// (and, for an existing file, that the list shows it), then click the dialog's OK button, and do that again
// should the dialog still be open (it only navigated).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import type { Workbench } from './workbench';

/** The file dialog titled `title` once it shows and has listed its folder. */
export async function fileDialog(wb: Workbench, title: string): Promise<Locator> {
  const dialog = wb.quickInput.filter({ has: wb.page.locator('.quick-input-title', { hasText: title }) });
  await dialog.waitFor();
  await listLoaded(wb);
  return dialog;
}

/** The path the dialog's box holds now. */
export async function dialogPath(wb: Workbench): Promise<string> {
  return wb.quickInputBox.inputValue();
}

/**
 * Chooses `file` (an absolute path) in the open file dialog titled `title` and waits until the dialog has closed.
 * The dialog's own suggestion is kept when it already is `file`.
 */
export async function chooseInFileDialog(wb: Workbench, title: string, file: string): Promise<void> {
  const dialog = await fileDialog(wb, title);
  for (let attempt = 1; ; attempt++) {
    if ((await dialogPath(wb)) !== file) {
      await wb.quickInputBox.fill(file);
      await listLoaded(wb);
      // A path into another folder makes the dialog read that one: an existing file is listed once it has.
      if (fs.existsSync(file)) await dialog.getByRole('option', { name: path.basename(file), exact: true }).filter({ visible: true }).waitFor();
    }
    assert.equal(await dialogPath(wb), file, 'the dialog holds the whole path before OK');
    await okButton(dialog).click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw new Error(`the file dialog "${title}" stays open with ${JSON.stringify(await dialogPath(wb))}: ${String(error)}`);
    }
  }
}

/** The dialog's OK button (labelled after the action, e.g. "Import", or just "OK"). */
function okButton(dialog: Locator): Locator {
  return dialog.locator('.quick-input-action .monaco-button').first();
}

/**
 * Waits until the dialog has read its folder: its box holds a path (it is empty until then), its progress bar
 * is idle, and its list shows at least "..".
 */
async function listLoaded(wb: Workbench): Promise<void> {
  await wb.page.waitForFunction((box) => ((box as unknown as { value: string } | null)?.value ?? '').startsWith('/'), await wb.quickInputBox.elementHandle());
  await wb.quickInput.locator('.quick-input-progress.done, .quick-input-progress:not(.active)').first().waitFor({ state: 'attached' });
  await wb.quickInput.getByRole('option').filter({ visible: true }).first().waitFor();
}
