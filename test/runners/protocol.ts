// What the vscode suite (test/vscode/index.ts) and its runners agree on.
// In code-server the extension host's console reaches the browser mixed with the workbench's own log, so
// every line the suite prints carries SUITE_PREFIX; the last one is the result marker.
export interface TestCounts {
  passed: number;
  failed: number;
}

export const SUITE_PREFIX = '[vscode-suite] ';
export const RESULT_MARKER = 'VSCODE-RESULT';

export function formatResultMarker(counts: TestCounts): string {
  return `${RESULT_MARKER} ${JSON.stringify({ passed: counts.passed, failed: counts.failed })}`;
}

/** The suite's own text in a console message or output line (after the prefix), or undefined for others. */
export function suiteText(message: string): string | undefined {
  const at = message.indexOf(SUITE_PREFIX);
  return at < 0 ? undefined : message.slice(at + SUITE_PREFIX.length);
}

/** Reads the marker out of the suite's text; undefined when it has none. */
export function parseResultMarker(text: string): TestCounts | undefined {
  const match = new RegExp(`^${RESULT_MARKER} (\\{[^}]*\\})\\s*$`).exec(text);
  if (!match) return undefined;
  const { passed, failed } = JSON.parse(match[1]) as Partial<TestCounts>;
  if (typeof passed !== 'number' || typeof failed !== 'number') return undefined;
  return { passed, failed };
}
