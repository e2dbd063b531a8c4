// What a ui test file does after each of its tests: when the test failed, a picture of the window in
// test-results/ui/failed/ and the browser's last errors; then Escape twice, so no flow, menu or dialog it
// left open spoils the next test.
import { failureDir, slug } from './artifacts';
import type { Workbench } from './workbench';

interface Window {
  workbench: Workbench;
  pageErrors: string[];
}

export async function afterTest(test: Mocha.Test | undefined, window: Window | undefined): Promise<void> {
  if (!window) return;
  if (test?.state === 'failed') {
    const file = await window.workbench.screenshot(failureDir(), `${slug(test.fullTitle())}.png`).catch(() => undefined);
    if (file) console.log(`    the window at the failure: ${file}`);
    console.log(`    the browser's errors:\n${window.pageErrors.slice(-20).join('\n')}`);
  }
  await window.workbench.page.keyboard.press('Escape').catch(() => undefined);
  await window.workbench.page.keyboard.press('Escape').catch(() => undefined);
}
