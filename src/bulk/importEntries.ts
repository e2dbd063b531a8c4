import * as fs from 'node:fs';
import * as path from 'node:path';
import { CognitoError } from '../shared/errors';
import { CsvError, CsvParser, type CsvRow } from './csv';
import { fileProblem } from './fileProblems';
import type { ImportUser } from './userFormats';

// An import file as entries, one per user or problem, by line: CSV in Cognito's import layout and format
// (`\,` a comma; a spreadsheet's quoted fields too: csv.ts has the grammar) or JSON Lines as export writes
// it, read as a stream (or from a whole text) in pieces of any size. A byte-order mark at the start is
// skipped (spreadsheets and Windows editors write one). What each user's row means is decided here; whether
// it suits the pool, in importFile.ts.

export type Entry = { user: ImportUser } | { problem: string };

/** A file's entries as it streams in; a read failure is one sentence. */
export async function* fileEntries(file: string): AsyncGenerator<Entry> {
  try {
    const reader = entryReader(isJsonLines(path.basename(file), await head(file)));
    for await (const chunk of fs.createReadStream(file, { encoding: 'utf8' })) yield* reader.push(chunk as string);
    yield* reader.end();
  } catch (error) {
    if (error instanceof CsvError || error instanceof CognitoError) throw error;
    throw fileProblem(error, file, 'read');
  }
}

/** The first few hundred characters, to tell JSON Lines from CSV when the name does not. */
async function head(file: string): Promise<string> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export function isJsonLines(fileName: string, start: string): boolean {
  if (/\.csv$/i.test(fileName)) return false;
  return /\.jsonl?$/i.test(fileName) || /^\uFEFF?\s*\{/.test(start);
}

/** Turns pieces of text into entries (users or problems by line); the first piece loses a byte-order mark. */
export interface EntryReader {
  push(text: string): Entry[];
  end(): Entry[];
}

export function entryReader(jsonLines: boolean): EntryReader {
  const reader = jsonLines ? new JsonLinesReader() : new CsvReader();
  let first = true;
  return {
    push: (text) => {
      if (first && text !== '') {
        first = false;
        text = text.replace(/^\uFEFF/, '');
      }
      return reader.push(text);
    },
    end: () => reader.end(),
  };
}

/** Attributes Cognito sets itself: never sent on creation. */
export const GENERATED = new Set(['sub', 'identities', 'cognito:mfa_enabled', 'cognito:username']);
export const FLAGS = new Set(['email_verified', 'phone_number_verified']);

class CsvReader implements EntryReader {
  private readonly parser = new CsvParser();
  private columns?: string[];
  private usernameColumn = -1;

  push(text: string): Entry[] {
    return this.parser.push(text).flatMap((row) => this.entry(row));
  }

  end(): Entry[] {
    const entries = this.parser.end().flatMap((row) => this.entry(row));
    if (!this.columns) throw new CsvError('The file is empty.');
    return entries;
  }

  private entry(row: CsvRow): Entry[] {
    if (!this.columns) {
      this.columns = row.fields.map((f) => f.trim());
      this.usernameColumn = this.columns.indexOf('cognito:username');
      if (this.usernameColumn < 0) throw new CsvError('Line 1: there is no cognito:username column (the layout of Cognito’s user import, as Export Users writes it).');
      return [];
    }
    const columns = this.columns;
    if (row.fields.length !== columns.length) return [{ problem: `Line ${row.line}: ${row.fields.length} fields where the header has ${columns.length}.` }];
    const attributes: Record<string, string> = {};
    columns.forEach((column, i) => {
      // The guide's sample file writes its flags TRUE / FALSE: a flag is read in any case.
      const value = FLAGS.has(column) && /^(true|false)$/i.test(row.fields[i]) ? row.fields[i].toLowerCase() : row.fields[i];
      if (value === '' || GENERATED.has(column)) return;
      // A "false" flag says nothing to create: leave it out.
      if (FLAGS.has(column) && value === 'false') return;
      attributes[column] = value;
    });
    return [{ user: { line: row.line, username: row.fields[this.usernameColumn], attributes } }];
  }
}

class JsonLinesReader implements EntryReader {
  private rest = '';
  private line = 0;

  push(text: string): Entry[] {
    const lines = (this.rest + text).split('\n');
    this.rest = lines.pop() ?? '';
    return lines.flatMap((lineText) => this.entry(lineText));
  }

  end(): Entry[] {
    const last = this.rest;
    this.rest = '';
    return this.entry(last);
  }

  private entry(lineText: string): Entry[] {
    const line = ++this.line;
    lineText = lineText.replace(/\r$/, '');
    if (lineText.trim() === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      return [{ problem: `Line ${line}: not JSON.` }];
    }
    const record = value as { username?: unknown; attributes?: unknown; enabled?: unknown; groups?: unknown };
    if (typeof record !== 'object' || record === null || typeof record.username !== 'string') return [{ problem: `Line ${line}: an object with a "username" is expected.` }];
    const entries: Entry[] = [];
    const attributes: Record<string, string> = {};
    for (const [name, attributeValue] of Object.entries((record.attributes as Record<string, unknown>) ?? {})) {
      if (typeof attributeValue !== 'string') entries.push({ problem: `Line ${line}: the attribute ${name} must be text.` });
      else if (!GENERATED.has(name) && attributeValue !== '') attributes[name] = attributeValue;
    }
    const groups = Array.isArray(record.groups) ? record.groups.filter((g): g is string => typeof g === 'string') : undefined;
    return [...entries, { user: { line, username: record.username, attributes, enabled: typeof record.enabled === 'boolean' ? record.enabled : undefined, groups } }];
  }
}
