import type { Field, TokenModel, ViewModel } from '../../shared/views/viewModel';
import { relativeTime } from '../../shared/views/relativeTime';
import { expiryText, localTime } from './timeText';

// "Show as Text": the Markdown document made from the same model the rendered view shows, so the two
// cannot drift apart. Fields are `- Label: value` lines (ids, ARNs and URLs in backticks), times local and
// relative to `now`; a token is its signature, expiry, and its header and claims as tables. A token's
// own text (its parts) is never written: the copy buttons give it, and the refresh token is never in a
// model at all.

export function markdownOf(model: ViewModel, now: Date): string {
  const lines = [`# ${oneLine(model.title)}`, ''];
  if (model.lead) lines.push(oneLine(model.lead), '');
  for (const section of model.sections) {
    lines.push(`## ${oneLine(section.title)}`, '');
    for (const field of section.fields) lines.push(`- ${oneLine(field.label)}: ${fieldText(field, now)}`);
    for (const image of section.images ?? []) lines.push(`- Picture: ${oneLine(image.alt)} (shown in the rendered view)`);
    if (section.fields.length === 0 && !section.images?.length) lines.push('Nothing to show.');
    lines.push('');
  }
  for (const token of model.tokens ?? []) lines.push(...tokenLines(token, now));
  return lines.join('\n');
}

function fieldText(field: Field, now: Date): string {
  const value = field.time !== undefined ? `${localTime(field.time)} (${relativeTime(field.time, now.getTime())})` : field.mono ? code(field.value) : oneLine(field.value);
  return field.hint ? `${value} (${oneLine(field.hint)})` : value;
}

function tokenLines(token: TokenModel, now: Date): string[] {
  const lines = [`## ${oneLine(token.name)}`, ''];
  if (token.problem) return [...lines, oneLine(token.problem), ''];
  lines.push(`- Signature: ${signatureText(token.signature)}`, `- Expires: ${expiryText(token.expiresAt, now)}`, '');
  lines.push('### Header', '', ...table('Member', token.header, now), '', '### Claims', '', ...table('Claim', token.claims, now), '');
  return lines;
}

function signatureText({ state, detail }: TokenModel['signature']): string {
  if (state === 'verified') return `✓ verified — ${oneLine(detail)}`;
  if (state === 'failed') return `✗ not verified — ${oneLine(detail)}`;
  return 'not checked';
}

/** Name, value and meaning; a date's value also local and relative. */
function table(nameHeading: string, fields: Field[], now: Date): string[] {
  const rows = fields.map((f) => {
    const when = f.time !== undefined ? ` (${localTime(f.time)}, ${relativeTime(f.time, now.getTime())})` : '';
    return `| ${cell(code(f.label))} | ${cell(code(f.value))}${when} | ${cell(f.hint ?? '')} |`;
  });
  return [`| ${nameHeading} | Value | Meaning |`, '|---|---|---|', ...rows];
}

/** A code span that holds any text: a fence longer than the longest run of backticks in it. */
function code(text: string): string {
  const flat = oneLine(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A table cell: a pipe would end the cell early (even inside a code span, in GFM tables). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** One line: a line break would end a list item or a table row early. */
function oneLine(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ');
}
