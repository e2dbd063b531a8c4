import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { importUsers } from '../../src/commands/flows/users/importUsers';
import { CognitoError } from '../../src/shared/errors';
import type { AttributeSchema, CreateUserRequest } from '../../src/shared/types';
import { checkPassword } from '../../src/validation/password';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, settle } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Import Users word for word, and what each AdminCreateUser carries: the generated temporary password
// only when no invitation goes out, e-mail invitations only to users with an address, the verified flags
// and further attributes as the file has them, disabled users disabled again.

const SCHEMA: AttributeSchema[] = [
  { name: 'email', type: 'String', mutable: true, required: false, custom: false },
  { name: 'email_verified', type: 'Boolean', mutable: true, required: false, custom: false },
  { name: 'phone_number', type: 'String', mutable: true, required: false, custom: false },
  { name: 'phone_number_verified', type: 'Boolean', mutable: true, required: false, custom: false },
  { name: 'custom:team', type: 'String', mutable: true, required: false, custom: true },
];

function jsonLines(name: string, users: object[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-import-')), name);
  fs.writeFileSync(file, users.map((u) => JSON.stringify(u)).join('\n'));
  return file;
}

function target() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('copy', { attributes: SCHEMA });
  return { cognito, pool };
}

const created = (cognito: FakeCognito) => cognito.calls.filter((c) => c.method === 'users.create').map((c) => c.args[0] as CreateUserRequest);

describe('Import Users, word for word', () => {
  const USERS = [
    { username: 'ann', attributes: { email: 'ann@example.com', email_verified: 'true', 'custom:team': 'red' } },
    { username: 'ben', attributes: { phone_number: '+14155550100', phone_number_verified: 'true' }, enabled: false },
  ];

  it('asks for the pool, the file and the invitations, then creates each user with a generated password and no invitation', async () => {
    const { cognito, pool } = target();
    const file = jsonLines('people.jsonl', USERS);
    const run = flowRun([{ pick: 'copy' }, { file }, { pick: 'No invitations' }], cognito);
    const result = await importUsers(run.deps);
    assert.deepEqual(asked(run), [
      `pick 1/3 Import Users: Choose a user pool — items: copy (${pool.id})`,
      'file 0/0 Import Users into copy: open — filters: CSV or JSON Lines (csv, jsonl, json)',
      'pick 3/3 Import Users: Import 2 users into copy — marks 1 e-mail address and 1 phone number verified; 1 user disabled: send invitations? — items: ' +
        'No invitations [Users get a generated temporary password nobody is told: set one with Set Password when needed] | ' +
        'Send invitations by e-mail [Each enabled user gets a temporary password from Cognito at their e-mail address (each needs one; mind the daily e-mail limit)]',
    ]);
    const summary = 'Imported into copy: created 2, already there 0, failed 0.';
    assert.deepEqual(told(run), { progress: ['Importing 2 users into copy…'], status: [`$(check) ${summary}`], notifications: [] });
    assert.deepEqual(run.logLines, [summary]);
    assert.deepEqual(result, { created: 2, alreadyThere: 0, failed: [], cancelled: 0 });

    const [ann, ben] = created(cognito);
    for (const request of [ann, ben]) assert.equal(checkPassword(request.temporaryPassword ?? '', pool.passwordPolicy), undefined, 'a password that meets the policy');
    assert.deepEqual({ ...ann, temporaryPassword: undefined }, {
      userPoolId: pool.id,
      username: 'ann',
      temporaryPassword: undefined,
      email: 'ann@example.com',
      emailVerified: true,
      phoneNumber: undefined,
      phoneNumberVerified: false,
      invitation: 'SUPPRESS',
      otherAttributes: [{ name: 'custom:team', value: 'red' }],
    });
    assert.deepEqual([ben.email, ben.emailVerified, ben.phoneNumber, ben.phoneNumberVerified, ben.otherAttributes], [undefined, false, '+14155550100', true, []]);
    const disabled = cognito.calls.filter((c) => c.method === 'users.setEnabled').map((c) => c.args.slice(1));
    assert.deepEqual(disabled, [['ben', false]], 'only the user exported as disabled is disabled again');
  });

  it('sends e-mail invitations only to enabled users, lets Cognito make their passwords, and creates a disabled user silently with a generated one', async () => {
    const { cognito, pool } = target();
    const run = flowRun([{ file: jsonLines('people.jsonl', USERS) }, { pick: 'Send invitations by e-mail' }], cognito);
    await importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.equal(asked(run)[0], 'file 0/0 Import Users into copy: open — filters: CSV or JSON Lines (csv, jsonl, json)');
    assert.match(asked(run)[1], /^pick 2\/2 Import Users: Import 2 users into copy/);
    const requests = created(cognito);
    assert.deepEqual(
      requests.map((r) => [r.username, r.invitation, r.temporaryPassword === undefined]),
      [
        ['ann', 'EMAIL', true],
        ['ben', 'SUPPRESS', false],
      ],
    );
    assert.equal(checkPassword(requests[1].temporaryPassword ?? '', pool.passwordPolicy), undefined);
    assert.deepEqual(cognito.calls.filter((c) => c.method === 'users.setEnabled').map((c) => c.args.slice(1)), [['ben', false]]);
  });

  it('tells a failure in a notification whose button opens the report, and counts a user another way than a taken username as failed', async () => {
    const { cognito, pool } = target();
    cognito.data.users.set(pool.id, [{ username: 'ann', status: 'CONFIRMED', enabled: true }]);
    cognito.failNext.set('users.create', new CognitoError('An account with that e-mail already exists.', 'alreadyExists', 'AliasExistsException'));
    const file = jsonLines('people.jsonl', [USERS[1], USERS[0]]);
    const run = flowRun([{ file }, { pick: 'No invitations' }], cognito, 'Open Report');
    const result = await importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    await settle();
    const summary = 'Imported into copy: created 0, already there 1, failed 1.';
    assert.deepEqual(told(run), { progress: ['Importing 2 users into copy…'], status: [], notifications: [`${summary} The report lists every failure. [Open Report]`] });
    assert.deepEqual(result.failed, [{ username: 'ben', line: 1, reason: 'An account with that e-mail already exists.' }]);
    assert.equal(result.reportPath, `${file}.import-report.txt`);
    assert.equal(fs.readFileSync(result.reportPath, 'utf8'), `${summary}\n\nLine 1 (ben): An account with that e-mail already exists.\n`);
    assert.deepEqual(run.opened, [result.reportPath]);
    assert.deepEqual(run.reloaded, [pool.id]);
  });

  it('counts a user whose state could not be applied as failed, saying it was created and that a re-run applies the state', async () => {
    const { cognito, pool } = target();
    cognito.failNext.set('users.setEnabled', new CognitoError('You are not allowed to do that.', 'accessDenied', 'AccessDeniedException'));
    const run = flowRun([{ file: jsonLines('people.jsonl', USERS) }, { pick: 'No invitations' }], cognito);
    const result = await importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.deepEqual([result.created, result.failed], [1, [{ username: 'ben', line: 2, reason: "Created without the file's state (a re-run applies it): You are not allowed to do that." }]]);
    const again = await importUsers(flowRun([{ file: jsonLines('people.jsonl', USERS) }, { pick: 'No invitations' }], cognito).deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.deepEqual([again.created, again.alreadyThere, again.failed], [0, 2, []]);
    assert.equal(cognito.data.users.get(pool.id)?.find((u) => u.username === 'ben')?.enabled, false, 'the re-run disabled ben');
  });

  it('refuses a file without users before asking anything more', async () => {
    const { cognito, pool } = target();
    const file = jsonLines('empty.jsonl', []);
    const run = flowRun([{ file }], cognito);
    await assert.rejects(
      importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool }),
      (error: unknown) => error instanceof CognitoError && error.message === 'empty.jsonl has no users to import.' && error.kind === 'invalidParameter',
    );
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('writes the problems report with a heading and leaves the pool untouched', async () => {
    const { cognito, pool } = target();
    const file = jsonLines('bad.jsonl', [{ username: 'x', attributes: { email: 'nope' } }]);
    const run = flowRun([{ file }], cognito);
    await assert.rejects(importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool }), (error: unknown) => error instanceof CognitoError && error.kind === 'invalidParameter');
    const report = fs.readFileSync(`${file}.import-report.txt`, 'utf8').split('\n');
    assert.deepEqual(report.slice(0, 2), ['1 problem(s) in bad.jsonl; nothing was imported.', '']);
    assert.match(report[2], /^Line 1 \(x\): email:/);
  });

  it('reads a CSV in Cognito’s format (\\, is a comma, TRUE and FALSE as the guide’s sample writes them) and one a spreadsheet saved (quoted fields), and creates the same users', async () => {
    const header = 'cognito:username,email,email_verified,custom:team,cognito:mfa_enabled';
    const cognitoFormat = `${header}\nann,ann@example.com,TRUE,Lee\\, Jr. "Nan",FALSE\nben,ben@example.com,false,C:\\teams\\blue,false\n`;
    const spreadsheet = `${header}\r\nann,ann@example.com,true,"Lee, Jr. ""Nan""",FALSE\r\nben,ben@example.com,false,C:\\teams\\blue,false\r\n`;
    for (const text of [cognitoFormat, spreadsheet]) {
      const { cognito, pool } = target();
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-import-')), 'people.csv');
      fs.writeFileSync(file, text);
      const run = flowRun([{ file }, { pick: 'No invitations' }], cognito);
      const result = await importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
      assert.equal(result.created, 2);
      assert.deepEqual(
        created(cognito).map((u) => [u.username, u.otherAttributes]),
        [
          ['ann', [{ name: 'custom:team', value: 'Lee, Jr. "Nan"' }]],
          ['ben', [{ name: 'custom:team', value: 'C:\\teams\\blue' }]],
        ],
      );
    }
  });

  it('refuses a CSV field that starts with a quote and goes on after its closing quote, in one sentence, creating nothing', async () => {
    const { cognito, pool } = target();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-import-')), 'hand.csv');
    fs.writeFileSync(file, 'cognito:username,email,custom:team\nann,ann@example.com,"Nan" Lee\n');
    const run = flowRun([{ file }], cognito);
    await assert.rejects(importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool }), (error: unknown) => error instanceof CognitoError && error.kind === 'invalidParameter');
    const report = fs.readFileSync(`${file}.import-report.txt`, 'utf8').split('\n');
    assert.deepEqual(report.slice(0, 3), [
      '1 problem(s) in hand.csv; nothing was imported.',
      '',
      'Line 2: a value that starts with a double quote must be wholly in quotes, with each quote inside it written twice (""), as spreadsheets save it.',
    ]);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('creates only the groups the pool lacks, once each', async () => {
    const { cognito, pool } = target();
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' });
    const file = jsonLines('groups.jsonl', [
      { username: 'ann', attributes: {}, groups: ['admins', 'readers'] },
      { username: 'ben', attributes: {}, groups: ['readers'] },
    ]);
    const run = flowRun([{ file }, { pick: 'No invitations' }], cognito);
    await importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.match(asked(run)[1], /^pick 2\/2 Import Users: Import 2 users into copy — creates 1 group \(readers\): send invitations\?/, 'the confirmation names the group it creates');
    assert.deepEqual(cognito.calls.filter((c) => c.method === 'groups.create').map((c) => c.args[0]), [{ userPoolId: pool.id, name: 'readers' }]);
    assert.deepEqual([...cognito.members].sort(), [`${pool.id}/admins/ann`, `${pool.id}/readers/ann`, `${pool.id}/readers/ben`]);
  });
});
