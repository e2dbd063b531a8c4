import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CsvError, CsvParser, csvLine, csvRow, parseCsv } from '../../src/bulk/csv';
import { checkImportFile, IMPORT_LIMITS, readImport } from '../../src/bulk/importFile';
import { COGNITO_CSV_COLUMNS, csvHeader, csvUserLine, jsonUserLine } from '../../src/bulk/userFormats';
import { exportUsers } from '../../src/commands/flows/users/exportUsers';
import { importUsers } from '../../src/commands/flows/users/importUsers';
import { CognitoError } from '../../src/shared/errors';
import type { AttributeSchema } from '../../src/shared/types';
import { Cancelled } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';
import { GUIDE_CSV_HEADER, readUserImportCsv } from '../double/userImportCsv';

const AWKWARD = ['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'crlf\r\nline', 'Zoë 日本語 🙂', '', ' spaced '];
const SCHEMA: AttributeSchema[] = [
  { name: 'email', type: 'String', mutable: true, required: false, custom: false },
  { name: 'email_verified', type: 'Boolean', mutable: true, required: false, custom: false },
  { name: 'phone_number', type: 'String', mutable: true, required: false, custom: false },
  { name: 'name', type: 'String', mutable: true, required: false, custom: false },
  { name: 'custom:team', type: 'String', mutable: true, required: false, custom: true },
];

function tempFile(name: string, text?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-unit-')), name);
  if (text !== undefined) fs.writeFileSync(file, text);
  return file;
}

describe('CSV', () => {
  it('round-trips awkward values: commas, quotes, line breaks, non-ASCII, empty', () => {
    const rows = parseCsv([csvLine(AWKWARD), csvLine(['a', '', 'c'])].join('\n') + '\n');
    assert.deepEqual(rows.map((r) => r.fields), [AWKWARD, ['a', '', 'c']]);
    assert.deepEqual(rows.map((r) => r.line), [1, 4], 'a row starts where its first field starts');
  });

  it('reads the same rows when the text arrives in pieces split anywhere (inside quotes, between "" and CR LF)', () => {
    const text = `${csvLine(AWKWARD)}\r\n${csvLine(['x', 'say ""hi""', 'z'])}\r\n`;
    const parser = new CsvParser();
    const rows = [...[...text].flatMap((c) => parser.push(c)), ...parser.end()];
    assert.deepEqual(rows, parseCsv(text));
    assert.deepEqual(rows.map((r) => r.fields[1]), [AWKWARD[1], 'say ""hi""']);
  });

  it('says where a quote is left open', () => {
    assert.throws(() => parseCsv('a,b\n"open,c\n'), /Line 2: a quoted field is never closed/);
  });

  it('reads Cognito’s format and a spreadsheet’s quoting: \\, is a comma, other backslashes and inner quotes are themselves, a field that starts with " is quoted', () => {
    const rows = parseCsv('Lee\\, Jr.,C:\\Users\\ann,O"Brien,"Lee, Jr.","say ""hi""",\\\n"two\nlines",x\\\\,y,\n');
    assert.deepEqual(
      rows.map((r) => r.fields),
      [
        ['Lee, Jr.', 'C:\\Users\\ann', 'O"Brien', 'Lee, Jr.', 'say "hi"', '\\'],
        ['two\nlines', 'x\\,y', ''],
      ],
    );
    assert.deepEqual(rows.map((r) => r.line), [1, 2]);
  });

  it('reads a \\, split between pieces, and a backslash that ends a piece without a comma after it', () => {
    const parser = new CsvParser();
    const rows = [...parser.push('a\\'), ...parser.push(',b,c\\'), ...parser.push('d\n'), ...parser.end()];
    assert.deepEqual(rows.map((r) => r.fields), [['a,b', 'c\\d']]);
  });

  it('refuses, in one sentence, a field that starts with a quote and goes on after its closing quote (nothing is guessed)', () => {
    assert.throws(
      () => parseCsv('cognito:username,name\nann,"Ann" Lee\n'),
      (error: unknown) => error instanceof CsvError && error.message === 'Line 2: a value that starts with a double quote must be wholly in quotes, with each quote inside it written twice (""), as spreadsheets save it.',
    );
  });

  it('writes Cognito’s import header and a user line that reads back', () => {
    const header = parseCsv(csvHeader(['custom:team']))[0].fields;
    assert.deepEqual(header, [...COGNITO_CSV_COLUMNS, 'custom:team']);
    const line = csvUserLine(
      { username: 'zoë', status: 'CONFIRMED', enabled: true, mfaMethods: [], attributes: [{ name: 'name', value: 'Zoë, "Z"\nSecond' }, { name: 'custom:team', value: 'red' }] },
      ['custom:team'],
    );
    const [fields] = parseCsv(line).map((r) => r.fields);
    const value = (column: string) => fields[header.indexOf(column)];
    assert.equal(value('cognito:username'), 'zoë');
    assert.equal(value('name'), 'Zoë, "Z"\nSecond');
    assert.equal(value('email_verified'), 'false');
    assert.equal(value('cognito:mfa_enabled'), 'false');
    assert.equal(value('custom:team'), 'red');
  });
});

// The bytes the writer puts down, value by value, in the format of Cognito's user import (developer guide,
// "Creating the user import .csv file"): "Attribute values that are strings should not be in quotation
// marks", and "If an attribute value contains a comma, you must put a backslash (\) before the comma". A value
// that format cannot carry exactly (a line break, white space at either end, a backslash before a comma or at
// the end, a leading double quote) is written in RFC 4180 quotes, which Import Users reads back exactly, and
// reported (`quoted`). Expected texts are written out by hand, not computed.
describe('CSV as bytes', () => {
  const cases: Array<[string, string, string, 'exact' | 'quoted']> = [
    ['a plain value', 'Ann Lee', 'Ann Lee', 'exact'],
    ['the empty string', '', '', 'exact'],
    ['a quote and no comma (quotes are characters in Cognito’s format)', 'Ann "Nan" Lee', 'Ann "Nan" Lee', 'exact'],
    ['a quote inside a word', 'O"Brien', 'O"Brien', 'exact'],
    ['a comma, with a backslash before it', 'Lee, Jr.', 'Lee\\, Jr.', 'exact'],
    ['commas side by side and last', '1 Main St,, Flat 2,', '1 Main St\\,\\, Flat 2\\,', 'exact'],
    ['a comma first', ',x', '\\,x', 'exact'],
    ['a backslash not before a comma (itself)', 'C:\\Users\\ann', 'C:\\Users\\ann', 'exact'],
    ['a leading = (left as it is: the file must re-import exactly)', '=1+1', '=1+1', 'exact'],
    ['a formula with quotes and a comma', '=HYPERLINK("https://example.com","x")', '=HYPERLINK("https://example.com"\\,"x")', 'exact'],
    ['Unicode, astral plane included', 'Zoë 日本語 🙂', 'Zoë 日本語 🙂', 'exact'],
    ['a tab inside', 'a\tb', 'a\tb', 'exact'],
    ['a leading quote (read as a quoted field, so quoted)', '"Ann" Lee', '"""Ann"" Lee"', 'quoted'],
    ['only quotes', '""', '""""""', 'quoted'],
    ['a line feed', '1 Main St\nFlat 2', '"1 Main St\nFlat 2"', 'quoted'],
    ['a carriage return alone', 'cr\rhere', '"cr\rhere"', 'quoted'],
    ['CR LF', 'a\r\nb', '"a\r\nb"', 'quoted'],
    ['spaces around (Cognito’s import trims them)', ' spaced ', '" spaced "', 'quoted'],
    ['a tab at the end', 'tab\t', '"tab\t"', 'quoted'],
    ['a no-break space first', '\u00a0nbsp', '"\u00a0nbsp"', 'quoted'],
    ['a backslash before a comma', 'a\\,b', '"a\\,b"', 'quoted'],
    ['a backslash at the end', 'C:\\dir\\', '"C:\\dir\\"', 'quoted'],
  ];
  for (const [what, value, bytes, kind] of cases) {
    it(`writes ${what} as exactly ${JSON.stringify(bytes)}${kind === 'quoted' ? ', reported as quoted' : ''}`, () => {
      assert.equal(csvLine([value]), bytes);
      assert.deepEqual(csvRow(['first', value, 'next']), { text: `first,${bytes},next`, quoted: kind === 'quoted' ? [1] : [], tooLong: false });
    });
  }

  it('writes values of the maximum lengths whole: a 2,048-character attribute value (AttributeType) and a 128-character username', () => {
    assert.equal(csvLine(['x'.repeat(2048)]), 'x'.repeat(2048));
    assert.equal(csvLine([','.repeat(2048)]), '\\,'.repeat(2048));
    assert.equal(csvLine(['"'.repeat(2048)]), `"${'"'.repeat(4096)}"`);
    assert.equal(csvLine(['ñ'.repeat(128)]), 'ñ'.repeat(128));
  });

  it('reports a row over Cognito’s 16,000 characters as written (a comma’s backslash counts), and writes it whole', () => {
    assert.equal(csvRow(['x'.repeat(15_998), 'y']).tooLong, false, '16,000 characters');
    assert.deepEqual(csvRow(['x'.repeat(15_999), 'y']), { text: `${'x'.repeat(15_999)},y`, quoted: [], tooLong: true });
    assert.equal(csvRow([','.repeat(8000)]).tooLong, false, '8,000 commas are 16,000 characters written');
    assert.equal(csvRow([`${','.repeat(8000)}x`]).tooLong, true);
  });

  it('writes the header exactly as GetCSVHeader lists a pool’s columns (the developer guide’s sample), custom attributes last', () => {
    assert.equal(
      csvHeader([]),
      'name,given_name,family_name,middle_name,nickname,preferred_username,profile,picture,website,email,email_verified,gender,birthdate,zoneinfo,locale,phone_number,phone_number_verified,address,updated_at,cognito:mfa_enabled,cognito:username',
    );
    assert.equal(csvHeader(['custom:team', 'custom:tenant']).split(',').slice(-3).join(','), 'cognito:username,custom:team,custom:tenant');
  });

  it('writes a user as exact text: every column in the header’s order, verified flags and cognito:mfa_enabled as true or false, empty columns empty', () => {
    const line = csvUserLine(
      {
        username: 'zoë.ñ',
        status: 'CONFIRMED',
        enabled: true,
        mfaMethods: ['SOFTWARE_TOKEN_MFA'],
        attributes: [
          { name: 'name', value: 'Ann "Nan" Lee' },
          { name: 'given_name', value: '"Ann"' },
          { name: 'family_name', value: 'Lee, Jr.' },
          { name: 'middle_name', value: '日本語 🙂' },
          { name: 'nickname', value: 'cr\rhere' },
          { name: 'profile', value: '=1+1' },
          { name: 'website', value: '=HYPERLINK("https://example.com")' },
          { name: 'email', value: 'ann@example.com' },
          { name: 'email_verified', value: 'true' },
          { name: 'locale', value: 'ja-JP' },
          { name: 'phone_number', value: '+14325550163' },
          { name: 'address', value: '1 Main St, Flat 2' },
          { name: 'custom:team', value: '' },
        ],
      },
      ['custom:team'],
    );
    assert.equal(
      line,
      [
        'Ann "Nan" Lee', // name
        '"""Ann"""', // given_name: a leading quote, so quoted
        'Lee\\, Jr.', // family_name
        '日本語 🙂', // middle_name
        '"cr\rhere"', // nickname: a line break, so quoted
        '', // preferred_username
        '=1+1', // profile
        '', // picture
        '=HYPERLINK("https://example.com")', // website
        'ann@example.com', // email
        'true', // email_verified
        '', // gender
        '', // birthdate
        '', // zoneinfo
        'ja-JP', // locale
        '+14325550163', // phone_number
        'false', // phone_number_verified: none, so false (Cognito's import needs the flag)
        '1 Main St\\, Flat 2', // address
        '', // updated_at
        'true', // cognito:mfa_enabled
        'zoë.ñ', // cognito:username
        '', // custom:team
      ].join(','),
    );
  });
});

// The outsider: a file Export Users wrote, read by the developer guide's rules (test/double/userImportCsv.ts),
// against what the pool holds. A user whose values the format carries is read back exactly; one it cannot
// carry is written so Import Users reads it back exactly, and counted.
describe('Export Users, read as Cognito’s import job documents the format', () => {
  const CARRIED = ['Lee, Jr.', 'Ann "Nan" Lee', 'O"Brien', 'C:\\Users\\ann', '1 Main St,, Flat 2, Springfield,', ',first', 'Zoë 日本語 🙂', '=1+1', 'a\tb', ',', 'x'.repeat(2048), ','.repeat(1000)];
  /** username → [value, column, why Cognito's format cannot carry it]. */
  const NOT_CARRIED = {
    ben: ['1 Main St\nFlat 2', 'name', 'a line break'],
    cat: [' spaced', 'custom:team', 'white space at the start or end'],
    dan: ['"Nan"', 'name', 'a double quote at the start'],
    eve: ['C:\\dir\\', 'custom:team', 'a backslash before a comma or at the end'],
    fay: ['a\\,b', 'name', 'a backslash before a comma or at the end'],
  } as const;

  function pool() {
    const cognito = new FakeCognito();
    const details = cognito.addPool('shop', { attributes: SCHEMA });
    const usernames = ['ann', ...Object.keys(NOT_CARRIED), ...CARRIED.map((_, i) => `u${i}`)];
    cognito.data.users.set(details.id, usernames.map((username) => ({ username, status: 'CONFIRMED', enabled: true, email: `${username}@example.com` })));
    CARRIED.forEach((value, i) => cognito.attributes.set(`${details.id}/u${i}`, [{ name: i % 2 ? 'name' : 'custom:team', value }]));
    cognito.attributes.set(`${details.id}/ann`, [{ name: 'name', value: 'Ann, "Nan"' }, { name: 'custom:team', value: 'red,blue' }]);
    for (const [username, [value, column]] of Object.entries(NOT_CARRIED)) cognito.attributes.set(`${details.id}/${username}`, [{ name: column, value }]);
    return { cognito, details };
  }

  it('writes every user whose values the format carries so that each row splits into exactly the header’s columns and each value reads back as the user’s value', async () => {
    const { cognito, details } = pool();
    const file = tempFile('for-cognito.csv');
    const result = await exportUsers(flowRun([{ pick: 'CSV' }, { file }], cognito).deps, onDefault(details));
    const rows = readUserImportCsv(fs.readFileSync(file), [...GUIDE_CSV_HEADER, 'custom:team']);
    const read = new Map(rows.flatMap((r) => ('values' in r ? [[r.values['cognito:username'], r.values] as const] : [])));
    for (const user of cognito.data.users.get(details.id) ?? []) {
      if (user.username in NOT_CARRIED) continue;
      const values = read.get(user.username);
      assert.ok(values, `${user.username} is read`);
      const expected: Record<string, string> = { email: user.email ?? '', email_verified: 'false', phone_number_verified: 'false', 'cognito:mfa_enabled': 'false', 'cognito:username': user.username };
      for (const { name, value } of cognito.attributes.get(`${details.id}/${user.username}`) ?? []) expected[name] = value;
      for (const column of [...GUIDE_CSV_HEADER, 'custom:team']) assert.equal(values[column], expected[column] ?? '', `${user.username}'s ${column}`);
    }
    for (const [username, [value, column]] of Object.entries(NOT_CARRIED)) assert.notEqual(read.get(username)?.[column], value, `${username}'s ${column} is one the format cannot carry`);
    assert.equal(result.inexactUsers, Object.keys(NOT_CARRIED).length);
    assert.deepEqual(result.inexact, Object.entries(NOT_CARRIED).map(([username, [, column, why]]) => `${username} (${column}: ${why})`));
  });

  it('writes the users it cannot carry so that Import Users reads every value back exactly', async () => {
    const { cognito, details } = pool();
    const file = tempFile('round-trip.csv');
    await exportUsers(flowRun([{ pick: 'CSV' }, { file }], cognito).deps, onDefault(details));
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const imported = await importUsers(flowRun([{ file }, { pick: 'No invitations' }], target).deps, onDefault(empty));
    assert.equal(imported.created, cognito.data.users.get(details.id)?.length);
    for (const user of cognito.data.users.get(details.id) ?? []) {
      assert.deepEqual(target.attributes.get(`${empty.id}/${user.username}`), cognito.attributes.get(`${details.id}/${user.username}`), user.username);
    }
  });
});

describe('reading an import file', () => {
  const rules = { signIn: 'username' as const, schema: SCHEMA };

  it('reads CSV rows and JSON Lines into users, leaving out what Cognito sets itself', () => {
    const csv = `${csvHeader(['custom:team'])}\n${csvUserLine({ username: 'ann', status: 'CONFIRMED', enabled: true, mfaMethods: [], attributes: [{ name: 'email', value: 'ann@example.com' }, { name: 'email_verified', value: 'true' }, { name: 'sub', value: 'x' }] }, ['custom:team'])}\n`;
    assert.deepEqual(readImport(csv, 'users.csv', rules), { users: [{ line: 2, username: 'ann', attributes: { email: 'ann@example.com', email_verified: 'true' } }], problems: [] });
    const jsonl = `${jsonUserLine({ username: 'ben', status: 'CONFIRMED', enabled: false, mfaMethods: [], attributes: [{ name: 'sub', value: 's' }, { name: 'name', value: 'Ben' }], groups: ['admins'] })}\n`;
    assert.deepEqual(readImport(jsonl, 'users.jsonl', rules).users, [{ line: 1, username: 'ben', attributes: { name: 'Ben' }, enabled: false, groups: ['admins'] }]);
  });

  it('lists every problem by line, whatever the format', () => {
    const lines = [
      JSON.stringify({ username: 'ok', attributes: { email: 'ok@example.com' } }),
      JSON.stringify({ username: 'bad mail', attributes: { email: 'nope' } }),
      'not json',
      JSON.stringify({ username: 'phone', attributes: { phone_number: '0155' } }),
      JSON.stringify({ username: 'ok', attributes: {} }),
      JSON.stringify({ username: 'x', attributes: { favourite_colour: 'red', email_verified: 'yes' } }),
      JSON.stringify({ attributes: {} }),
    ];
    const { problems } = readImport(lines.join('\n'), 'u.jsonl', rules);
    assert.deepEqual(problems, [
      'Line 2 (bad mail): A username cannot contain spaces or control characters.',
      'Line 2 (bad mail): email: Enter an e-mail address like name@example.com.',
      'Line 3: not JSON.',
      'Line 4 (phone): phone_number: Enter the phone number in E.164 form: + and country code, digits only, e.g. +14155550123.',
      'Line 5 (ok): the same username as line 1.',
      'Line 6 (x): the pool has no attribute favourite_colour.',
      'Line 6 (x): email_verified must be true or false.',
      'Line 7: an object with a "username" is expected.',
    ]);
  });

  it('uses the e-mail as the username in a pool that signs in with e-mail (its usernames are generated)', () => {
    const jsonl = JSON.stringify({ username: '6f1c-uuid', attributes: { email: 'ann@example.com' } });
    assert.deepEqual(readImport(jsonl, 'u.jsonl', { signIn: 'email', schema: SCHEMA }).users[0].username, 'ann@example.com');
  });

  it('skips a byte-order mark at the start of JSON Lines and of CSV', () => {
    const jsonl = `\uFEFF${JSON.stringify({ username: 'ann', attributes: { email: 'ann@example.com' } })}\n`;
    assert.deepEqual(readImport(jsonl, 'u.jsonl', rules), { users: [{ line: 1, username: 'ann', attributes: { email: 'ann@example.com' }, enabled: undefined, groups: undefined }], problems: [] });
    assert.deepEqual(readImport(`\uFEFFcognito:username,email\nben,ben@example.com\n`, 'u.csv', rules).users.map((u) => u.username), ['ben']);
  });

  it('refuses, in one sentence, a file with more users than the limit, before anything is created', async () => {
    const file = tempFile('four.jsonl', ['a', 'b', 'c', 'd'].map((username) => JSON.stringify({ username, attributes: {} })).join('\n'));
    await assert.rejects(
      checkImportFile(file, rules, { bytes: IMPORT_LIMITS.bytes, users: 3 }),
      (error: unknown) => error instanceof CognitoError && error.message === 'four.jsonl has more than 3 users; Import Users reads files of up to 100 MB and 3 users, as Cognito\'s own user import does: split it into smaller files.',
    );
  });

  it('refuses a CSV without the cognito:username column', () => {
    assert.match(readImport('email\nann@example.com\n', 'u.csv', rules).problems[0], /no cognito:username column/);
  });
});

describe('Export Users and Import Users', () => {
  function pool() {
    const cognito = new FakeCognito();
    const details = cognito.addPool('shop', { attributes: SCHEMA });
    cognito.data.users.set(details.id, ['ann', 'ben', 'cat'].map((username) => ({ username, status: 'CONFIRMED', enabled: true, email: `${username}@example.com` })));
    cognito.attributes.set(`${details.id}/ann`, [{ name: 'custom:team', value: 'red, "blue"' }]);
    return { cognito, target: onDefault(details) };
  }

  it('exports every page to CSV as it arrives, and the file imports into an empty pool', async () => {
    const source = pool();
    const file = tempFile('shop.csv');
    const run = flowRun([{ pick: 'CSV' }, { file }], source.cognito);
    const result = await exportUsers(run.deps, source.target);
    assert.equal(result.written, 3);
    assert.equal(source.cognito.calls.filter((c) => c.method === 'users.listRecords').length, 2, 'a page per call (two users a page here)');
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(text.split('\n')[0], csvHeader(['custom:team']));
    // Cognito's import guide: UTF-8 without a byte-order mark, the header row first.
    assert.equal(fs.readFileSync(file).subarray(0, 5).toString('latin1'), 'name,', 'no byte-order mark: the file starts with the header');

    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const importRun = flowRun([{ file }, { pick: 'No invitations' }], target);
    const imported = await importUsers(importRun.deps, onDefault(empty));
    assert.equal(imported.created, 3);
    assert.deepEqual(target.data.users.get(empty.id)?.map((u) => [u.username, u.email]).sort(), [['ann', 'ann@example.com'], ['ben', 'ben@example.com'], ['cat', 'cat@example.com']]);
    assert.deepEqual(target.attributes.get(`${empty.id}/ann`), [{ name: 'custom:team', value: 'red, "blue"' }]);
    assert.deepEqual(importRun.reloaded, [empty.id]);
  });

  it('exports JSON Lines with groups and re-applies them, creating missing groups, and skips existing users on a re-run', async () => {
    const source = pool();
    source.cognito.data.groups.push({ userPoolId: source.target.pool.id, name: 'admins' });
    source.cognito.members.add(`${source.target.pool.id}/admins/ben`);
    const file = tempFile('shop.jsonl');
    await exportUsers(flowRun([{ pick: 'JSON Lines' }, { pick: 'With groups' }, { file }], source.cognito).deps, source.target);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[1]).groups, ['admins']);

    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    target.data.users.set(empty.id, [{ username: 'ann', status: 'CONFIRMED', enabled: true }]);
    const result = await importUsers(flowRun([{ file }, { pick: 'No invitations' }], target).deps, onDefault(empty));
    assert.deepEqual([result.alreadyThere, result.created], [1, 2]);
    assert.deepEqual(target.data.users.get(empty.id)?.map((u) => u.username).sort(), ['ann', 'ben', 'cat']);
    assert.deepEqual(target.data.groups.map((g) => g.name), ['admins']);
    assert.ok(target.members.has(`${empty.id}/admins/ben`));
  });

  it('exports exactly the matches of an active search', async () => {
    const { cognito, target } = pool();
    const file = tempFile('matches.jsonl');
    await exportUsers(flowRun([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }], cognito).deps, { ...target, filter: 'username ^= "b"' });
    const filters = cognito.calls.filter((c) => c.method === 'users.listRecords').map((c) => (c.args[1] as { filter?: string }).filter);
    assert.deepEqual([...new Set(filters)], ['username ^= "b"']);
  });

  it('removes the partial file when the export is cancelled', async () => {
    const { cognito, target } = pool();
    const file = tempFile('cancelled.csv');
    const run = flowRun([{ pick: 'CSV' }, { file }], cognito);
    run.cancelAfter = 1;
    const result = await exportUsers(run.deps, target);
    assert.equal(result.cancelled, true);
    assert.equal(fs.existsSync(file), false);
    assert.match(run.notifications[0].message, /Export cancelled after 2 users; the partial file was removed/);
  });

  it('imports nothing from a file with a problem, and opens the problems by line', async () => {
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const file = tempFile('bad.jsonl', `${JSON.stringify({ username: 'ok', attributes: {} })}\n${JSON.stringify({ username: 'x', attributes: { email: 'nope' } })}\n`);
    const run = flowRun([{ file }], target);
    await assert.rejects(importUsers(run.deps, onDefault(empty)), /bad\.jsonl has 1 problem\(s\), listed by line in bad\.jsonl\.import-report\.txt; nothing was imported/);
    assert.deepEqual(target.writeCalls, []);
    assert.match(fs.readFileSync(`${file}.import-report.txt`, 'utf8'), /Line 2 \(x\): email: Enter an e-mail address/);
    assert.deepEqual(run.opened, [`${file}.import-report.txt`]);
  });

  it('stops before the next user when cancelled, and a re-run creates the rest', async () => {
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ username: `u${i}`, attributes: {} }));
    const file = tempFile('many.jsonl', lines.join('\n'));
    const first = flowRun([{ file }, { pick: 'No invitations' }], target);
    first.cancelAfter = 5;
    const partial = await importUsers(first.deps, onDefault(empty));
    assert.ok(partial.cancelled > 0 && partial.created < 20);
    assert.match(fs.readFileSync(partial.reportPath ?? '', 'utf8'), /cancelled before/);
    const again = await importUsers(flowRun([{ file }, { pick: 'No invitations' }], target).deps, onDefault(empty));
    assert.equal(again.created + again.alreadyThere, 20);
    assert.equal(again.alreadyThere, partial.created);
    assert.equal(target.data.users.get(empty.id)?.length, 20, 'nothing created twice, nothing missing');
  });

  it('imports a JSON Lines file that starts with a byte-order mark', async () => {
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const file = tempFile('bom.jsonl', `\uFEFF${['ann', 'ben'].map((username) => JSON.stringify({ username, attributes: { email: `${username}@example.com` } })).join('\r\n')}\r\n`);
    const result = await importUsers(flowRun([{ file }, { pick: 'No invitations' }], target).deps, onDefault(empty));
    assert.deepEqual([result.created, result.failed], [2, []]);
    assert.deepEqual(target.data.users.get(empty.id)?.map((u) => u.username), ['ann', 'ben']);
  });

  it('imports a file of more users than it reads at a time, every user once', async () => {
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const file = tempFile('many.csv', `cognito:username,email\n${Array.from({ length: 1234 }, (_, i) => `user${i},user${i}@example.com`).join('\n')}\n`);
    const result = await importUsers(flowRun([{ file }, { pick: 'No invitations' }], target).deps, onDefault(empty));
    assert.equal(result.created, 1234);
    assert.equal(new Set(target.data.users.get(empty.id)?.map((u) => u.username)).size, 1234);
  });

  it('refuses a file over 100 MB in one sentence, without reading it', async () => {
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const file = tempFile('huge.csv', '');
    fs.truncateSync(file, 101 * 1024 * 1024); // sparse: no disk space taken
    await assert.rejects(
      importUsers(flowRun([{ file }], target).deps, onDefault(empty)),
      (error: unknown) => error instanceof CognitoError && error.message === "huge.csv is 101 MB; Import Users reads files of up to 100 MB and 500,000 users, as Cognito's own user import does: split it into smaller files.",
    );
    assert.deepEqual(target.writeCalls, []);
    fs.rmSync(file);
  });

  it('says in one sentence that a file it cannot read is a folder', async () => {
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-import-folder-'));
    await assert.rejects(importUsers(flowRun([{ file: folder }], target).deps, onDefault(empty)), (error: unknown) => error instanceof CognitoError && /is a folder, not a file: choose a file name to import\.$/.test(error.message));
  });

  it('writes nothing on Esc at any step', async () => {
    for (const answers of [[ESC], [{ pick: 'CSV' }, ESC]] as Answer[][]) {
      const { cognito, target } = pool();
      await assert.rejects(exportUsers(flowRun(answers, cognito).deps, target), Cancelled);
      assert.equal(cognito.calls.filter((c) => c.method === 'users.listRecords').length, 0);
    }
    const target = new FakeCognito();
    const empty = target.addPool('copy', { attributes: SCHEMA });
    const file = tempFile('esc.jsonl', JSON.stringify({ username: 'a', attributes: {} }));
    await assert.rejects(importUsers(flowRun([{ file }, ESC], target).deps, onDefault(empty)), Cancelled);
    assert.deepEqual(target.writeCalls, []);
  });
});
