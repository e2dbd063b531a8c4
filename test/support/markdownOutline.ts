import * as assert from 'node:assert/strict';

// The shape of a Markdown document the extension shows (details, tokens): its headings in order, checked to
// be Markdown a preview renders as meant. A heading stands between blank lines; a list or a table ends at a
// blank line (a text line right after a list item would join that item); no two blank lines in a row; the
// text ends with a newline. Fenced code blocks are skipped whole.

export function markdownOutline(text: string): string[] {
  assert.ok(text.endsWith('\n'), 'the text ends with a newline');
  const lines = text.slice(0, -1).split('\n');
  const headings: string[] = [];
  let inFence = false;
  let previous: 'start' | 'blank' | 'heading' | 'list' | 'table' | 'text' | 'fence' = 'start';
  lines.forEach((line, index) => {
    const where = `line ${index + 1} "${line}" (after ${previous}) in:\n${text}`;
    if (line.startsWith('```')) {
      if (!inFence) assert.ok(previous === 'blank', `a code block starts after a blank line: ${where}`);
      inFence = !inFence;
      previous = 'fence';
      return;
    }
    if (inFence) return;
    if (line === '') {
      assert.ok(previous !== 'blank' && previous !== 'start', `no blank line in a row or at the start: ${where}`);
      previous = 'blank';
    } else if (/^#{1,6} \S/.test(line)) {
      assert.ok(previous === 'blank' || previous === 'start', `a heading follows a blank line: ${where}`);
      headings.push(line);
      previous = 'heading';
    } else if (/^( {2})*- \S/.test(line)) {
      assert.ok(previous === 'blank' || previous === 'list', `a list starts after a blank line: ${where}`);
      previous = 'list';
    } else if (/^\|.*\|$/.test(line)) {
      assert.ok(previous === 'blank' || previous === 'table', `a table starts after a blank line: ${where}`);
      previous = 'table';
    } else {
      assert.ok(previous === 'blank' || previous === 'text', `a paragraph starts after a blank line: ${where}`);
      previous = 'text';
    }
    if (previous === 'heading' && lines[index + 1] !== '') assert.fail(`a heading is followed by a blank line: ${where}`);
  });
  assert.ok(!inFence, 'every code block is closed');
  return headings;
}
