import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FlowRun } from '../support/flowHarness';

// The fault tables of docs/reliability.md, each between its two markers and produced by one test file:
// `UPDATE_FAULT_TABLE=1` writes it into that file; otherwise the file must hold it as produced.

const RELIABILITY = path.resolve(__dirname, '../../../docs/reliability.md');

export interface FaultTable {
  /** The name in the markers, e.g. "fault table" → `<!-- fault table: produced by … -->`. */
  name: string;
  /** The test file that produces it, as the marker names it. */
  producedBy: string;
  columns: string[];
}

/** One table row; `|` inside a cell is escaped. */
export function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** Writes (UPDATE_FAULT_TABLE=1) or checks the table, once every row it should hold was produced. */
export function settleTable(table: FaultTable, rows: string[], expectedRows: number): void {
  const text = [row(table.columns), `|${table.columns.map(() => '---').join('|')}|`, ...rows].join('\n');
  const start = `<!-- ${table.name}: produced by ${table.producedBy} -->`;
  const end = `<!-- end of ${table.name} -->`;
  const doc = fs.readFileSync(RELIABILITY, 'utf8');
  assert.ok(doc.includes(start) && doc.includes(end), `docs/reliability.md has the markers of the ${table.name}`);
  // A filtered run (--grep) produced only some rows: nothing to write or check.
  if (rows.length !== expectedRows) return;
  if (process.env.UPDATE_FAULT_TABLE === '1') {
    fs.writeFileSync(RELIABILITY, doc.replace(new RegExp(`${start}[^]*?${end}`), () => `${start}\n${text}\n${end}`));
  } else {
    assert.ok(doc.includes(`${start}\n${text}\n${end}`), `docs/reliability.md holds the ${table.name} as ${table.producedBy} produces it (UPDATE_FAULT_TABLE=1 rewrites it)`);
  }
}

/** The one thing the person was told: a notification, or the status bar's line. */
export function told(run: FlowRun): string {
  return run.notifications[0]?.message ?? run.statusMessages.at(-1)?.replace(/^\$\(check\) /, '') ?? '(nothing)';
}

/** What the person sees when a command fails: its one sentence, as an error notification. */
export function failure(error: unknown): string {
  return `Error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Generated ids, ports and paths vary from run to run; the table shows their place. */
export function anonymous(text: string): string {
  return text
    .replace(/us-east-1_\w+/g, '<pool id>')
    .replace(/App Client Id: \w+/g, 'App Client Id: <id>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
    .replace(/ to \/\S+\/([^/\s]+?)\.?( |$)/g, ' to <folder>/$1$2');
}
