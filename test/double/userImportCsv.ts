// A user import CSV file read the way Cognito's import job documents it, for tests that check what Export
// Users writes from the outside. Written from the Amazon Cognito developer guide, "Creating the user import
// .csv file" (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-using-import-tool-csv-header.html,
// source awsdocs/amazon-cognito-developer-guide, doc_source/cognito-user-pools-using-import-tool-csv-header.md),
// never from src/bulk/csv.ts. Its rules, as the guide words them, and how they are read here:
// - "The .csv file contents should be in UTF-8 format without byte order mark": bytes that are not UTF-8, or a
//   byte-order mark, refuse the file.
// - "The first row in the file is the downloaded header row" (GetCSVHeader's list), "All columns in the header
//   must be present", "The order of columns doesn't matter": a missing, unknown or repeated column refuses
//   the file.
// - "Attribute values that are strings should not be in quotation marks": a double quote is taken as a
//   character of the value, never as quoting (so `"Lee, Jr."` is two fields, `"Lee` and ` Jr."`).
// - "If an attribute value contains a comma, you must put a backslash (\) before the comma": a comma right
//   after a backslash is part of the value (the backslash is not); every other comma separates fields. The
//   guide gives a backslash no other meaning, so any other backslash is itself. Whether `\\,` is an escaped
//   backslash and a separator or a backslash and an escaped comma it does not say: such a row is refused.
// - "Any leading or trailing white space in an attribute value will be trimmed": the guide does not say which
//   characters; every one some reading strips is (Unicode white space, and the control characters up to the
//   space that Java's String.trim takes), so a value that would lose anything under any reading reads back
//   changed.
// - "The maximum row length is 16,000 characters": counted in UTF-16 code units (a character beyond the BMP
//   counts two), the stricter count, so no row some count finds too long passes.
// - Each row after the first is one user; rows end at a line break. The guide names no line ending, so each
//   one a reader may take ends a row: LF, CR LF, or a CR alone. A value cannot hold one.
// - "cognito:username" required, "It can be any Unicode string. However, it cannot contain spaces or tabs";
//   "cognito:mfa_enabled" required, true or false ("it can't be empty"); "email_verified or
//   phone_number_verified" required; "email (if email_verified is true)", "phone_number (if
//   phone_number_verified is true)". The sample writes TRUE / FALSE, so booleans are read in any case.
// A row that breaks a rule is a refused user (the import job fails that user and goes on); a file that breaks
// one is refused whole. Not modelled: the pool's own checks (required attributes, auto-verified attributes,
// MFA setting, attribute formats such as birthdate mm/dd/yyyy and updated_at in epoch seconds), the 100 MB
// and 500,000-row limits.

/** GetCSVHeader's answer for a pool without custom attributes: the guide's sample response, in its order. */
export const GUIDE_CSV_HEADER: readonly string[] = [
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'email',
  'email_verified',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
  'phone_number_verified',
  'address',
  'updated_at',
  'cognito:mfa_enabled',
  'cognito:username',
];

export const MAX_ROW_LENGTH = 16_000;

/** One row after the header: the user's values by column, or why the import job would fail that user. */
export type ImportJobRow = { row: number; values: Record<string, string> } | { row: number; refused: string };

export class ImportFileRefused extends Error {}

/** Reads a whole file; `header` is GetCSVHeader's list for the pool (GUIDE_CSV_HEADER plus custom attributes). */
export function readUserImportCsv(bytes: Uint8Array, header: readonly string[]): ImportJobRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportFileRefused('The file is not UTF-8.');
  }
  if (text.startsWith('\uFEFF')) throw new ImportFileRefused('The file starts with a byte-order mark.');
  const rows = text.split(/\r\n|\r|\n/);
  if (rows[rows.length - 1] === '') rows.pop();
  if (rows.length === 0) throw new ImportFileRefused('The file has no header row.');
  const columns = splitRow(rows[0]);
  if (typeof columns === 'string') throw new ImportFileRefused(`The header row: ${columns}`);
  const names = columns.map(trimmed);
  const missing = header.filter((name) => !names.includes(name));
  const unknown = names.filter((name, i) => !header.includes(name) || names.indexOf(name) !== i);
  if (missing.length > 0 || unknown.length > 0) throw new ImportFileRefused(`The header row: missing ${missing.join(' ') || 'none'}; unknown or repeated ${unknown.join(' ') || 'none'}.`);
  return rows.slice(1).map((rowText, i) => readUser(rowText, names, i + 2));
}

function readUser(rowText: string, names: string[], row: number): ImportJobRow {
  const fields = guideRowValues(rowText);
  if (typeof fields === 'string') return { row, refused: fields };
  if (fields.length !== names.length) return { row, refused: `${fields.length} values where the header has ${names.length} columns.` };
  const values = Object.fromEntries(names.map((name, i) => [name, fields[i]]));
  const refused = userRule(values);
  return refused ? { row, refused } : { row, values };
}

/** One row's values as the import job reads them (split, `\\,` a comma, trimmed), or why it refuses the row. */
export function guideRowValues(rowText: string): string[] | string {
  if (/[\r\n]/.test(rowText)) return 'a line break ends the row there.';
  if (rowText.length > MAX_ROW_LENGTH) return `the row is ${rowText.length} characters, over ${MAX_ROW_LENGTH}.`;
  const fields = splitRow(rowText);
  return typeof fields === 'string' ? fields : fields.map(trimmed);
}

/** The fields of one row: split at each comma but one right after a backslash; or why the row is refused. */
function splitRow(rowText: string): string[] | string {
  if (rowText.includes('\\\\,')) return 'a comma after two backslashes, which the guide gives no meaning.';
  const fields: string[] = [];
  let field = '';
  for (let i = 0; i < rowText.length; i++) {
    const c = rowText[i];
    if (c === '\\' && rowText[i + 1] === ',') {
      field += ',';
      i++;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

function trimmed(value: string): string {
  const white = (c: string) => c <= ' ' || /\s/.test(c);
  let start = 0;
  let end = value.length;
  while (start < end && white(value[start])) start++;
  while (end > start && white(value[end - 1])) end--;
  return value.slice(start, end);
}

const isBoolean = (value: string) => /^(true|false)$/i.test(value);

function userRule(values: Record<string, string>): string | undefined {
  const username = values['cognito:username'];
  if (!username) return 'cognito:username is required.';
  if (/[ \t]/.test(username)) return 'cognito:username cannot contain spaces or tabs.';
  if (!isBoolean(values['cognito:mfa_enabled'])) return 'cognito:mfa_enabled must be true or false.';
  const email = values.email_verified;
  const phone = values.phone_number_verified;
  if (!email && !phone) return 'email_verified or phone_number_verified is required.';
  for (const [flag, attribute] of [
    ['email_verified', 'email'],
    ['phone_number_verified', 'phone_number'],
  ]) {
    if (values[flag] && !isBoolean(values[flag])) return `${flag} must be true or false.`;
    if (/^true$/i.test(values[flag]) && !values[attribute]) return `${attribute} is required when ${flag} is true.`;
  }
  return undefined;
}
