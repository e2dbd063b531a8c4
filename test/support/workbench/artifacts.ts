// Where the UI tests put their pictures.
//   UPDATE_SCREENSHOTS=1  the README's screenshots go to media/screenshots/ (commit them after looking at them);
//   otherwise             they go to test-results/ui/ (ignored by git), so a normal run leaves the tree clean.
// A failed test always leaves a picture of the window in test-results/ui/failed/.
import * as path from 'node:path';
import { repoRoot } from '../../runners/paths';

export function screenshotDir(): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? path.join(repoRoot(), 'media', 'screenshots') : path.join(repoRoot(), 'test-results', 'ui');
}

export function failureDir(): string {
  return path.join(repoRoot(), 'test-results', 'ui', 'failed');
}

/** A file name from a test title. */
export function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}
