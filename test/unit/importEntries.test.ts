import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entryReader, fileEntries, isJsonLines, type Entry } from '../../src/bulk/importEntries';

// Import Users reads a file as entries, one per user or problem, with the line each came from: which format a
// file is (by its name, else by its first character), a byte-order mark only at the very start, and what a
// JSON Lines record may hold. Pieces of any size, so a line may be split between two.

function read(jsonLines: boolean, pieces: string[]): Entry[] {
  const reader = entryReader(jsonLines);
  return [...pieces.flatMap((piece) => reader.push(piece)), ...reader.end()];
}

describe('telling the import formats apart', () => {
  it('goes by the file name, and by a first "{" when the name does not say', () => {
    assert.equal(isJsonLines('kauri.CSV', '{"username":"a"}'), false, 'a .csv name wins over its content');
    assert.equal(isJsonLines('kauri.jsonl', 'cognito:username\n'), true);
    assert.equal(isJsonLines('kauri.JSON', ''), true);
    assert.equal(isJsonLines('kauri.jsonl.bak', 'cognito:username,email\n'), false, 'only the last extension counts');
    assert.equal(isJsonLines('kauri.txt', '\uFEFF \n{"username":"a"}'), true, 'a mark and blank space before the first record');
    assert.equal(isJsonLines('kauri.txt', 'name,{x}\n'), false);
  });
});

describe('reading JSON Lines', () => {
  it('gives each user with the line it is on, across pieces and Windows line ends, skipping blank lines', () => {
    const entries = read(true, ['\uFEFF{"username":"ruru","attributes":{"email":"ru', 'ru@bush.example"}}\r\n\r\n', '{"username":"tui"}']);
    assert.deepEqual(entries, [
      { user: { line: 1, username: 'ruru', attributes: { email: 'ruru@bush.example' }, enabled: undefined, groups: undefined } },
      { user: { line: 3, username: 'tui', attributes: {}, enabled: undefined, groups: undefined } },
    ]);
  });

  it('drops what Cognito makes and empty values, keeps enabled only as true or false, and groups only as text', () => {
    const [entry] = read(true, [
      JSON.stringify({ username: 'kea', attributes: { sub: 'x-1', 'cognito:mfa_enabled': 'true', locale: '', name: 'Kea' }, enabled: false, groups: ['alpine', 7, 'parrots'] }),
    ]);
    assert.deepEqual(entry, { user: { line: 1, username: 'kea', attributes: { name: 'Kea' }, enabled: false, groups: ['alpine', 'parrots'] } });
    const [other] = read(true, [JSON.stringify({ username: 'weka', enabled: 'yes', groups: 'birds' })]);
    assert.deepEqual(other, { user: { line: 1, username: 'weka', attributes: {}, enabled: undefined, groups: undefined } });
  });

  it('says which line is wrong and why, and reads the others', () => {
    const entries = read(true, ['not json\n', 'null\n', '[1]\n', '{"name":"x"}\n', '{"username":"moa","attributes":{"age":3}}\n', '{"username":"kaka"}\n']);
    assert.deepEqual(entries, [
      { problem: 'Line 1: not JSON.' },
      { problem: 'Line 2: an object with a "username" is expected.' },
      { problem: 'Line 3: an object with a "username" is expected.' },
      { problem: 'Line 4: an object with a "username" is expected.' },
      { problem: 'Line 5: the attribute age must be text.' },
      { user: { line: 5, username: 'moa', attributes: {}, enabled: undefined, groups: undefined } },
      { user: { line: 6, username: 'kaka', attributes: {}, enabled: undefined, groups: undefined } },
    ]);
  });

  it('skips a byte-order mark only at the very start, even after an empty piece', () => {
    const entries = read(true, ['', '\uFEFF{"username":"hoiho"}\n', '{"username":"\uFEFFpiwakawaka"}\n']);
    assert.deepEqual(
      entries.map((e) => ('user' in e ? e.user.username : e.problem)),
      ['hoiho', '\uFEFFpiwakawaka'],
    );
  });
});

describe('reading an import file', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-entries-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function all(file: string): Promise<Entry[]> {
    const entries: Entry[] = [];
    for await (const entry of fileEntries(file)) entries.push(entry);
    return entries;
  }

  it('reads a CSV file without its mark, and a .txt file of JSON Lines by its first character', async () => {
    const csv = path.join(dir, 'birds.csv');
    fs.writeFileSync(csv, '\uFEFFcognito:username,email_verified,email\nkiwi,false,kiwi@bush.example\n');
    assert.deepEqual(await all(csv), [{ user: { line: 2, username: 'kiwi', attributes: { email: 'kiwi@bush.example' } } }]);
    const txt = path.join(dir, 'birds.txt');
    fs.writeFileSync(txt, '{"username":"takahe"}\n');
    assert.deepEqual(await all(txt), [{ user: { line: 1, username: 'takahe', attributes: {}, enabled: undefined, groups: undefined } }]);
  });

  it('keeps the sentence of a file that is not in the import layout, and says when the file is gone', async () => {
    const csv = path.join(dir, 'wrong.csv');
    fs.writeFileSync(csv, 'username,email\nkiwi,kiwi@bush.example\n');
    await assert.rejects(all(csv), { name: 'CsvError', message: 'Line 1: there is no cognito:username column (the layout of Cognito’s user import, as Export Users writes it).' });
    const gone = path.join(dir, 'gone.csv');
    await assert.rejects(all(gone), { message: `The file ${gone} does not exist any more: choose the file again.` });
  });
});
