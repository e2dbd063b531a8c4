// The bench's statistics and number formats, shared by its tables (main.ts, firstPoolsRows.ts).

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** "a – b unit" over the runs, or the single value when all runs agree. */
export function spread(values: number[], format: (v: number) => string): string {
  const low = format(Math.min(...values));
  const high = format(Math.max(...values));
  if (low === high) return low;
  // "57.3 ms – 59.7 ms" reads better as "57.3 – 59.7 ms".
  const unit = / [^\d\s]\S*( heap)?$/.exec(low)?.[0];
  return unit && high.endsWith(unit) ? `${low.slice(0, -unit.length)} – ${high}` : `${low} – ${high}`;
}

export const verdict = (met: boolean) => (met ? 'met' : '**missed**');

/** Rows as a Markdown table; a `|` inside a cell is escaped. */
export function markdownTable(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`).join('\n');
}
