import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { csvLine } from '../../src/bulk/csv';
import { exportUsers } from '../../src/commands/flows/users/exportUsers';
import { CognitoError } from '../../src/shared/errors';
import type { AttributeSchema } from '../../src/shared/types';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, settle } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Export Users word for word: the format and groups questions, the suggested file name, the progress
// and the closing notification with its Open File button.

const SCHEMA: AttributeSchema[] = [
  { name: 'email', type: 'String', mutable: true, required: false, custom: false },
  { name: 'custom:team', type: 'String', mutable: true, required: false, custom: true },
];

function source(name = 'my shop/eu') {
  const cognito = new FakeCognito();
  const pool = cognito.addPool(name, { attributes: SCHEMA });
  cognito.data.users.set(pool.id, ['ann', 'ben', 'cat'].map((username) => ({ username, status: 'CONFIRMED', enabled: true, email: `${username}@example.com` })));
  return { cognito, pool };
}

function outFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-export-')), name);
}

const FORMATS =
  'CSV for Cognito’s user import (.csv) [The columns Cognito’s import job expects (GetCSVHeader); re-import it here or with an import job] | ' +
  'JSON Lines (.jsonl) [One user per line: every attribute, status, enabled, created and modified times]';

describe('Export Users, word for word', () => {
  it('asks for the pool, the format and the file (a CSV has no groups step), and offers to open the file', async () => {
    const { cognito, pool } = source();
    const file = outFile('out.csv');
    const run = flowRun([{ pick: 'my shop/eu' }, { pick: 'CSV' }, { file }], cognito, 'Open File');
    const result = await exportUsers(run.deps);
    await settle();
    assert.deepEqual(asked(run), [
      `pick 1/4 Export Users: Choose a user pool — items: my shop/eu (${pool.id})`,
      `pick 2/4 Export Users: Export the users of "my shop/eu" as — items: ${FORMATS}`,
      'file 0/0 Export Users: save my-shop-eu-users.csv — filters: CSV (csv)',
    ]);
    assert.deepEqual(told(run), { progress: ['Exporting the users of my shop/eu…'], status: [], notifications: [`Exported 3 users of my shop/eu to ${file}. [Open File]`] });
    assert.deepEqual(run.opened, [file]);
    assert.deepEqual(run.logLines, ['Export of my shop/eu: 3 users']);
    assert.deepEqual(result, { path: file, written: 3, cancelled: false, formulaValues: 0, inexactUsers: 0, inexact: [] });
    assert.deepEqual(run.bulkReports, [[2, 0, 0], [3, 0, 0]], 'the count of users written, page by page');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    assert.equal(lines.length, 5, 'header, three users, and the last line break');
    assert.ok(lines[0].split(',').includes('custom:team'), 'custom attributes get their own column');
  });

  it('asks about groups for JSON Lines, and says when only a search’s matches are exported', async () => {
    const { cognito, pool } = source('shop');
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' });
    cognito.members.add(`${pool.id}/admins/ann`);
    const file = outFile('out.jsonl');
    const run = flowRun([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }], cognito);
    await exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool, filter: 'username ^= "a"' });
    assert.deepEqual(asked(run), [
      `pick 1/3 Export Users: Export the users of "shop" that match the search as — items: ${FORMATS}`,
      'pick 2/3 Export Users: Include the groups each user is in? — items: ' +
        'With groups [Each user’s groups, so an import re-applies them (one ListGroups and ListUsersInGroup per group)] | Without groups',
      'file 0/0 Export Users: save shop-users.jsonl — filters: JSON Lines (jsonl)',
    ]);
    const written = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(written.map((u) => [u.username, u.groups]), [['ann', undefined], ['ben', undefined], ['cat', undefined]]);
    assert.deepEqual(cognito.calls.filter((c) => c.method === 'groups.list' || c.method === 'pools.describe'), [], 'no group or schema look-ups it does not need');
  });

  it('lists each user’s groups from the groups’ member lists, and an empty list for users in none', async () => {
    const { cognito, pool } = source('shop');
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' }, { userPoolId: pool.id, name: 'readers' });
    cognito.members.add(`${pool.id}/admins/ann`).add(`${pool.id}/readers/ann`).add(`${pool.id}/readers/ben`);
    const file = outFile('out.jsonl');
    const run = flowRun([{ pick: 'JSON Lines' }, { pick: 'With groups' }, { file }], cognito);
    await exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    const written = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(written.map((u) => [u.username, u.groups]), [['ann', ['admins', 'readers']], ['ben', ['readers']], ['cat', []]]);
  });

  it('logs a cancelled export as cancelled', async () => {
    const { cognito, pool } = source('shop');
    const file = outFile('out.csv');
    const run = flowRun([{ pick: 'CSV' }, { file }], cognito);
    run.cancelAfter = 0;
    const result = await exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.deepEqual(result, { path: file, written: 0, cancelled: true, formulaValues: 0, inexactUsers: 0, inexact: [] });
    assert.deepEqual(run.logLines, ['Export of shop: 0 users, cancelled']);
    assert.deepEqual(told(run).notifications, ['Export cancelled after 0 users; the partial file was removed.']);
    assert.equal(fs.existsSync(file), false);
  });
});

describe('Export Users to a file it cannot open', () => {
  it('ends with one sentence and leaves nothing behind when the chosen path is a folder', async () => {
    const { cognito, pool } = source('shop');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-export-folder-'));
    const run = flowRun([{ pick: 'CSV' }, { file: folder }], cognito);
    await assert.rejects(exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool }), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.equal(error.message, `The chosen path ${folder} is a folder, not a file: choose a file name to export to.`);
      return true;
    });
    assert.deepEqual(fs.readdirSync(folder), [], 'nothing written into the folder');
    assert.ok(fs.statSync(folder).isDirectory(), 'the folder itself is untouched');
    assert.deepEqual(cognito.calls.filter((c) => c.method === 'users.listRecords'), [], 'no user listed for a file that cannot be written');
    assert.deepEqual(told(run).notifications, []);
  });

  it('ends with one sentence when the folder does not exist, and creates nothing', async () => {
    const { cognito, pool } = source('shop');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-export-')), 'gone', 'out.jsonl');
    const run = flowRun([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }], cognito);
    await assert.rejects(exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool }), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.equal(error.message, `The folder of ${file} does not exist: choose another folder.`);
      return true;
    });
    assert.equal(fs.existsSync(path.dirname(file)), false);
  });
});

describe('Export Users and values Cognito’s import format cannot carry', () => {
  it('writes them so Import Users reads them back, counts the users, names them in the log, and says what to do', async () => {
    const { cognito, pool } = source('shop');
    cognito.attributes.set(`${pool.id}/ann`, [{ name: 'custom:team', value: '1 Main St\nFlat 2' }, { name: 'email', value: ' ann@example.com' }]);
    cognito.attributes.set(`${pool.id}/cat`, [{ name: 'custom:team', value: '"Nan"' }]);
    const file = outFile('inexact.csv');
    const run = flowRun([{ pick: 'CSV' }, { file }], cognito);
    const result = await exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.deepEqual([result.inexactUsers, result.inexact], [2, ['ann (email: white space at the start or end, custom:team: a line break)', 'cat (custom:team: a double quote at the start)']]);
    assert.deepEqual(told(run).notifications, [
      `Exported 3 users of shop to ${file}. 2 users have values Cognito’s import job cannot take exactly (a line break, spaces at either end, a backslash before a comma or at the end, ` +
        'a leading double quote, or a row over 16,000 characters; the log names them): Import Users here reads them back exactly, but Cognito’s import job would alter or refuse them. ' +
        'Fix those values, or export JSON Lines to keep every value exactly. [Open File]',
    ]);
    assert.deepEqual(run.logLines, ['Export of shop: 3 users, 2 not exactly in Cognito’s import format', 'Not exactly in Cognito’s import format: ann (email: white space at the start or end, custom:team: a line break); cat (custom:team: a double quote at the start).']);
    assert.ok(fs.readFileSync(file, 'utf8').includes('"1 Main St\nFlat 2"'), 'the value is in the file, in quotes');
  });

  it('says it of one user in the singular, and counts a row over 16,000 characters', async () => {
    const { cognito, pool } = source('shop');
    cognito.attributes.set(`${pool.id}/ben`, [{ name: 'custom:team', value: ','.repeat(8000) }]);
    const file = outFile('long.csv');
    const run = flowRun([{ pick: 'CSV' }, { file }], cognito);
    const result = await exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.deepEqual([result.inexactUsers, result.inexact], [1, ['ben (a row over 16,000 characters)']]);
    assert.match(told(run).notifications[0], /\. 1 user has values Cognito’s import job cannot take exactly \(/);
  });
});

describe('Export Users and values a spreadsheet would run as formulas', () => {
  const RISKY = ['=HYPERLINK("http://evil.example","open me")', '@SUM(A1:A9)', '-2+3+cmd|calc', '+A1*2'];

  it('writes them byte for byte, counts them, and says how to open the file safely', async () => {
    const { cognito, pool } = source('shop');
    cognito.attributes.set(`${pool.id}/ann`, [{ name: 'name', value: RISKY[0] }, { name: 'custom:team', value: RISKY[1] }]);
    // A plain number (a phone number's +, a negative) is read as a number, not run: not counted.
    cognito.attributes.set(`${pool.id}/ben`, [{ name: 'name', value: RISKY[2] }, { name: 'custom:team', value: RISKY[3] }, { name: 'phone_number', value: '+14155550100' }]);
    const file = outFile('risky.csv');
    const run = flowRun([{ pick: 'CSV' }, { file }], cognito);
    const result = await exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.equal(result.formulaValues, 4);
    assert.deepEqual(told(run).notifications, [
      `Exported 3 users of shop to ${file}. 4 values in it start with =, +, - or @, which a spreadsheet runs as formulas when it opens the file directly: ` +
        'open it with the spreadsheet’s text import (in Excel, Data > From Text/CSV) and set every column to Text. [Open File]',
    ]);
    const text = fs.readFileSync(file, 'utf8');
    for (const value of RISKY) assert.ok(text.includes(csvLine([value])), `${value} is written exactly as it is`);
    assert.ok(!text.includes("'="), 'no value is altered');
  });

  it('says nothing about formulas when no value starts like one', async () => {
    const { cognito, pool } = source('shop');
    const file = outFile('plain.csv');
    const run = flowRun([{ pick: 'CSV' }, { file }], cognito);
    const result = await exportUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.equal(result.formulaValues, 0);
    assert.deepEqual(told(run).notifications, [`Exported 3 users of shop to ${file}. [Open File]`]);
  });
});
