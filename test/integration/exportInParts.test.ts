// Export Users of pools large enough to be listed in parts (by the first hex digits of `sub`), against the
// AWS-faithful double: every user exactly once whatever the usernames are (UUIDs, e-mail addresses, phone
// numbers, mixed Unicode), a part split again when it turns out large, and an export cancelled or cut off
// continued from the state beside its file. The files are read back as an outsider reads them (JSON per
// line; CSV by the developer guide's rules in test/double/userImportCsv.ts) and compared with the usernames
// seeded here.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AddCustomAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { exportUsers } from '../../src/commands/flows/users/exportUsers';
import { RateLimiter } from '../../src/bulk/rateLimiter';
import { CognitoError } from '../../src/shared/errors';
import type { UserSeed } from '../double/cognitoDouble';
import { GUIDE_CSV_HEADER, readUserImportCsv } from '../double/userImportCsv';
import { doubleClient, doubleService } from '../support/doubleClient';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun } from '../support/flowHarness';
import { useDouble } from '../support/sessionHooks';
import type { Answer } from '../support/scriptedPrompter';

const hex = (text: string) => createHash('sha256').update(text).digest('hex');
const uuid = (text: string, first = '') => {
  const h = first + hex(text).slice(first.length);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const UNICODE = ['Zoë', '山田太郎', 'Ñandú', 'Ωmega', '🙂smile', 'محمد', 'e\u0301lan', 'Łódź', 'ĳssel', 'Σίσυφος'];

const seeds = (names: string[], sub?: (i: number) => string): UserSeed[] => names.map((username, i) => ({ username, attributes: { email: `person${i}@example.org`, ...(sub ? { sub: sub(i) } : {}) } }));
const POOLS = {
  uuids: seeds(Array.from({ length: 1_100 }, (_, i) => uuid(`username ${i}`))),
  emails: seeds(Array.from({ length: 1_230 }, (_, i) => `${i % 3 ? 'Ann' : 'bob'}.${i}+export@Example.org`)),
  phones: seeds(Array.from({ length: 1_050 }, (_, i) => `+4915${String(100_000_000 + i * 7_919)}`)),
  unicode: seeds(Array.from({ length: 1_310 }, (_, i) => `${UNICODE[i % UNICODE.length]}_${i}`)),
  // 900 of 1,500 subs start with 7 (300 of them with 7c): part 7 holds far more than its planned ~94 users.
  skewed: seeds(
    Array.from({ length: 1_500 }, (_, i) => `skew-${i}`),
    (i) => uuid(`skewed ${i}`, i < 300 ? '7c' : i < 900 ? '7' : ''),
  ),
};

describe('Export Users of a large pool in parts, against the AWS-faithful double', function () {
  this.timeout(60_000);
  const context = useDouble({ region: 'sa-east-1', pools: Object.entries(POOLS).map(([name, extraUsers]) => ({ name, extraUsers })) }, doubleClient);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-export-parts-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const poolNamed = (name: keyof typeof POOLS) => {
    const pool = context.double.pools.find((p) => p.name === name);
    if (!pool) throw new Error(`no pool ${name}`);
    return { id: pool.id, name };
  };
  function run(answers: Answer[]) {
    const flow = flowRun(answers);
    flow.deps.connections = singleConnection(doubleService(context.client));
    // Well above the default pace, so the test takes no longer than the listing itself.
    flow.deps.limiter = new RateLimiter(() => 2_000);
    return flow;
  }
  const usernamesIn = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as { username: string }).username);
  const sorted = (names: string[]) => [...names].sort();
  const expected = (name: keyof typeof POOLS) => sorted(POOLS[name].map((u) => u.username));
  const filtersSince = (first: number, poolId: string) =>
    context.double.calls.slice(first).filter((c) => c.operation === 'ListUsers' && c.input.UserPoolId === poolId).map((c) => (c.input.Filter as string | undefined) ?? '');

  for (const name of ['uuids', 'emails', 'phones', 'unicode'] as const) {
    it(`writes every user exactly once when the usernames are ${name}, listing the 16 parts of sub`, async () => {
      const file = path.join(dir, `${name}.jsonl`);
      const first = context.double.calls.length;
      const result = await exportUsers(run([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }]).deps, onDefault(poolNamed(name)));
      assert.deepEqual(sorted(usernamesIn(file)), expected(name));
      assert.equal(result.written, POOLS[name].length);
      assert.deepEqual(sorted([...new Set(filtersSince(first, poolNamed(name).id))]), [...'0123456789abcdef'].map((d) => `sub ^= "${d}"`));
      assert.deepEqual(fs.readdirSync(dir), [`${name}.jsonl`], 'no partial file or state left beside it');
    });
  }

  it('writes every user once in CSV too, read by the developer guide’s rules', async () => {
    const file = path.join(dir, 'unicode.csv');
    await exportUsers(run([{ pick: 'CSV' }, { file }]).deps, onDefault(poolNamed('unicode')));
    const rows = readUserImportCsv(fs.readFileSync(file), GUIDE_CSV_HEADER);
    assert.deepEqual(sorted(rows.map((r) => ('values' in r ? r.values['cognito:username'] : r.refused))), expected('unicode'));
  });

  it('splits the part that turns out large into its 16 children, and still writes every user once', async () => {
    const file = path.join(dir, 'skewed.jsonl');
    const first = context.double.calls.length;
    await exportUsers(run([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }]).deps, onDefault(poolNamed('skewed')));
    assert.deepEqual(sorted(usernamesIn(file)), expected('skewed'));
    const filters = new Set(filtersSince(first, poolNamed('skewed').id));
    for (const d of '0123456789abcdef') assert.ok(filters.has(`sub ^= "7${d}"`), `part 7${d} listed`);
    assert.ok(filters.has('sub ^= "7"') && filters.has('sub ^= "6"'));
  });

  it('continues an export cancelled after a part was split, listing the children left and never the split part', async () => {
    const file = path.join(dir, 'skewed.jsonl');
    const pool = onDefault(poolNamed('skewed'));
    const first = run([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }]);
    first.cancelAfter = 40;
    await exportUsers(first.deps, pool);
    const state = JSON.parse(fs.readFileSync(`${file}.export-state.json`, 'utf8')) as { parts: string[]; done: string[] };
    assert.ok(state.parts.includes('7f') && !state.parts.includes('7'), `the state holds the split: ${state.parts.join(',')}`);

    const before = context.double.calls.length;
    await exportUsers(run([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }, { pick: 'Continue the export' }]).deps, pool);
    assert.deepEqual(sorted(usernamesIn(file)), expected('skewed'));
    assert.ok(!filtersSince(before, pool.pool.id).includes('sub ^= "7"'), 'the split part is not listed again whole');
  });

  it('continues a cancelled export from its state: parts already whole are not listed again, and nobody is twice', async () => {
    const file = path.join(dir, 'emails.jsonl');
    const pool = onDefault(poolNamed('emails'));
    const first = run([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }]);
    first.cancelAfter = 14;
    const stopped = await exportUsers(first.deps, pool);
    assert.equal(stopped.cancelled, true);
    assert.equal(fs.existsSync(file), false, 'no file at the chosen path until the export is whole');
    const state = JSON.parse(fs.readFileSync(`${file}.export-state.json`, 'utf8')) as { done: string[] };
    assert.ok(state.done.length > 0 && state.done.length < 16, `some parts whole: ${state.done.join(',')}`);
    assert.match(first.notifications[0].message, /Export cancelled with \d+ users kept in .*emails\.jsonl\.partial: run Export Users again with the same file and choose Continue the export\./);
    // The window closed while a part was being appended: bytes after the recorded length must not survive.
    fs.appendFileSync(`${file}.partial`, `${JSON.stringify({ username: 'half-appended', attributes: {} })}\n`);

    const second = run([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }, { pick: 'Continue the export' }]);
    const before = context.double.calls.length;
    const result = await exportUsers(second.deps, pool);
    assert.deepEqual(sorted(usernamesIn(file)), expected('emails'));
    assert.equal(result.written, POOLS.emails.length);
    const listedAgain = new Set(filtersSince(before, pool.pool.id));
    for (const part of state.done) assert.ok(!listedAgain.has(`sub ^= "${part}"`), `part ${part} was whole and is not listed again`);
    assert.deepEqual(fs.readdirSync(dir), ['emails.jsonl']);
  });

  it('starts a CSV export again when the pool’s custom attributes changed since it was cut off', async () => {
    const file = path.join(dir, 'uuids.csv');
    const pool = onDefault(poolNamed('uuids'));
    const first = run([{ pick: 'CSV' }, { file }]);
    first.cancelAfter = 14;
    await exportUsers(first.deps, pool);
    assert.ok(fs.existsSync(`${file}.export-state.json`));
    await context.client.send(new AddCustomAttributesCommand({ UserPoolId: pool.pool.id, CustomAttributes: [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }] }));

    await exportUsers(run([{ pick: 'CSV' }, { file }, { pick: 'Continue the export' }]).deps, pool);
    const rows = readUserImportCsv(fs.readFileSync(file), [...GUIDE_CSV_HEADER, 'custom:tier']);
    assert.deepEqual(sorted(rows.map((r) => ('values' in r ? r.values['cognito:username'] : r.refused))), expected('uuids'));
    assert.deepEqual(fs.readdirSync(dir), ['uuids.csv']);
  });

  it('continues an export cut off by a failure, and asks nothing about it for another format', async () => {
    const file = path.join(dir, 'phones.jsonl');
    const pool = onDefault(poolNamed('phones'));
    const first = run([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }]);
    // After 20 pages the network goes (as when the window's machine goes offline): every call fails.
    const api = doubleService(context.client);
    const users = Object.create(api.users) as typeof api.users;
    let pages = 0;
    users.listRecords = async (poolId, options) => {
      if (++pages > 20) throw new CognitoError('Cognito could not be reached; check your network and try again.', 'unreachable');
      return api.users.listRecords(poolId, options);
    };
    first.deps.connections = singleConnection({ ...api, users });
    await assert.rejects(exportUsers(first.deps, pool), /the export stopped with \d+ users kept: run Export Users again with the same file and choose Continue the export\./);
    assert.ok(fs.existsSync(`${file}.partial`) && !fs.existsSync(file));

    // Another format to the same file: nothing to continue, no question, the unfinished export replaced.
    const csv = run([{ pick: 'CSV' }, { file }]);
    await exportUsers(csv.deps, pool);
    const rows = readUserImportCsv(fs.readFileSync(file), GUIDE_CSV_HEADER);
    assert.deepEqual(sorted(rows.map((r) => ('values' in r ? r.values['cognito:username'] : r.refused))), expected('phones'));
    assert.deepEqual(fs.readdirSync(dir), ['phones.jsonl']);
  });
});
