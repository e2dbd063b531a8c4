// What the vscode suite (test/vscode/index.ts) and its runners agree on.
// In code-server the extension host's console reaches the browser mixed with the workbench's own log, so
// every line the suite prints carries SUITE_PREFIX; the last one is the result marker.
// The marker travels apart from the workbench's exit call and can come seconds after it on a loaded machine,
// so a runner that names a result file (RESULT_FILE_ENV) gets the counts there too, written before run()
// settles; the marker stays for runners that read only the output (@vscode/test-electron).
import * as fs from 'node:fs';

export interface TestCounts {
  passed: number;
  failed: number;
}

export const SUITE_PREFIX = '[vscode-suite] ';
export const RESULT_MARKER = 'VSCODE-RESULT';
/** Environment variable of the extension host: the file where the suite writes its counts as JSON. */
export const RESULT_FILE_ENV = 'VSCODE_TEST_RESULT_FILE';

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
  return match ? parseCounts(match[1]) : undefined;
}

/** The suite's last step: its counts into the runner's result file (when the runner named one), then the marker. */
export function reportResult(counts: TestCounts, print: (line: string) => void): void {
  const file = process.env[RESULT_FILE_ENV];
  if (file) fs.writeFileSync(file, JSON.stringify({ passed: counts.passed, failed: counts.failed }));
  print(formatResultMarker(counts));
}

/** The counts in a result file; undefined when the suite wrote none (it crashed, or reports on the console only). */
export function readResultFile(file: string): TestCounts | undefined {
  try {
    return parseCounts(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function parseCounts(json: string): TestCounts | undefined {
  const { passed, failed } = JSON.parse(json) as Partial<TestCounts>;
  if (typeof passed !== 'number' || typeof failed !== 'number') return undefined;
  return { passed, failed };
}
