import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileWriter } from '../../src/bulk/fileWriter';
import { fileProblem } from '../../src/bulk/fileProblems';
import { paceFor } from '../../src/bulk/quotas';
import { CognitoError } from '../../src/shared/errors';

// A file Export Users cannot write or Import Users cannot read: one sentence per cause, naming the path the
// person chose and what to do, for reading and for writing; and the pace bulk work keeps.

const FILE = '/home/kim/Exports/wombats, 2026.csv';

const errno = (code: string) => Object.assign(new Error(`${code}: something at ${FILE}`), { code });

describe('file problems in one sentence', () => {
  for (const [code, write, read] of [
    ['EISDIR', `The chosen path ${FILE} is a folder, not a file: choose a file name to export to.`, `The chosen path ${FILE} is a folder, not a file: choose a file name to import.`],
    ['ENOENT', `The folder of ${FILE} does not exist: choose another folder.`, `The file ${FILE} does not exist any more: choose the file again.`],
    ['EACCES', `The file ${FILE} cannot be written (permission denied): choose a folder you may write to.`, `The file ${FILE} cannot be read (permission denied): allow yourself to read it, or copy it somewhere you may.`],
    ['EPERM', `The file ${FILE} cannot be written (permission denied): choose a folder you may write to.`, `The file ${FILE} cannot be read (permission denied): allow yourself to read it, or copy it somewhere you may.`],
    ['EBUSY', `The file ${FILE} is in use by another program (a spreadsheet, say): close it there, or choose another file.`, undefined],
    ['ETXTBSY', `The file ${FILE} is in use by another program (a spreadsheet, say): close it there, or choose another file.`, undefined],
    ['EROFS', `The file ${FILE} is on a read-only disk: choose another folder.`, undefined],
    ['ENOSPC', `The disk holding ${FILE} is full: free some space, or choose another disk.`, undefined],
    ['EMFILE', `The file ${FILE} could not be written (EMFILE): choose another file.`, `The file ${FILE} could not be read (EMFILE): choose another file.`],
  ] as const) {
    it(`${code}: says what to do, writing${read ? ' and reading' : ''}`, () => {
      const problem = fileProblem(errno(code), FILE, 'write');
      assert.ok(problem instanceof CognitoError);
      assert.equal(problem.kind, 'invalidParameter');
      assert.equal(problem.message, write);
      if (read) assert.equal(fileProblem(errno(code), FILE, 'read').message, read);
    });
  }

  it('an error without a code still gets a sentence, and a sentence already made is kept', () => {
    assert.equal(fileProblem(new Error('odd'), FILE, 'read').message, `The file ${FILE} could not be read: choose another file.`);
    assert.equal(fileProblem(undefined, FILE, 'write').message, `The file ${FILE} could not be written: choose another file.`);
    const made = new CognitoError('Already one sentence.', 'invalidParameter');
    assert.equal(fileProblem(made, FILE, 'write'), made);
  });
});

describe('writing a file for Export Users', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-writer-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes what it is given, in order, and closes the file', async () => {
    const file = path.join(dir, 'wombats.jsonl');
    const writer = await FileWriter.open(file);
    assert.equal(writer.path, file);
    await writer.write('{"username":"Zoë"}\n');
    await writer.write('x'.repeat(200_000) + '\n'); // more than the stream buffers: the write waits for it to drain
    await writer.close();
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith('{"username":"Zoë"}\nxxx'));
    assert.equal(text.length, '{"username":"Zoë"}\n'.length + 200_001);
  });

  it('refuses a folder in one sentence, before anything is written', async () => {
    await assert.rejects(FileWriter.open(dir), { message: `The chosen path ${dir} is a folder, not a file: choose a file name to export to.` });
  });

  it('says the disk is full when a write fails, at the next write or at the close', async function () {
    // A full disk, made safely: a device node of our own with /dev/full's numbers (Linux: it takes the open
    // and fails every write with ENOSPC), in this test's folder, so nothing the test does can touch the
    // machine's /dev/full. Making a device node needs root; elsewhere the test is skipped.
    const device = path.join(dir, 'full');
    try {
      execFileSync('mknod', [device, 'c', '1', '7'], { stdio: 'ignore' });
    } catch {
      this.skip();
    }
    const full = `The disk holding ${device} is full: free some space, or choose another disk.`;
    const atClose = await FileWriter.open(device);
    await atClose.write('username\n');
    await assert.rejects(atClose.close(), { message: full });
    const atWrite = await FileWriter.open(device);
    await atWrite.write('username\n');
    await new Promise((resolve) => setImmediate(resolve)); // the failed write reports its error
    await assert.rejects(
      (async () => {
        for (let i = 0; i < 100; i++) await atWrite.write('x'.repeat(100_000));
      })(),
      { message: full },
    );
    await atWrite.discard();
    assert.equal(fs.existsSync(device), false, 'discard removes the file it wrote');
  });

  it('removes what it wrote when the export is given up', async () => {
    const file = path.join(dir, 'half.csv');
    const writer = await FileWriter.open(file);
    await writer.write('username\n');
    await writer.discard();
    assert.equal(fs.existsSync(file), false);
  });
});

describe('the pace of bulk work', () => {
  it('is 90 % of the setting when one is set, else of Cognito’s quota, and never stops', () => {
    assert.equal(paceFor('UserUpdate', 40), 36);
    assert.equal(paceFor('UserUpdate', 0), 22.5);
    assert.equal(paceFor('UserUpdate', -5), 22.5);
    assert.equal(paceFor('UserUpdate', 0.05), 0.1, 'at least one request in ten seconds');
  });
});
