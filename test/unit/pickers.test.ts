import * as assert from 'node:assert/strict';
import { pickAppClient, pickConnection, pickUser, pickUserPool } from '../../src/commands/flows/pickers';
import { NothingToPick } from '../../src/ui/prompter';
import { CognitoError } from '../../src/shared/errors';
import { listedConnections, singleConnection } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { ScriptedPrompter } from '../support/scriptedPrompter';
import { asked } from '../support/transcript';

// The palette's picks: pools of one or several connections, a connection, a user found by a search, an
// app client; and the sentence when there is nothing to pick.

const step = () => ({ title: 'Pick', step: 1, totalSteps: 1 });
const nothing = (message: string) => (error: unknown) => error instanceof NothingToPick && error.name === 'NothingToPick' && error.message === message;

describe('pickers', () => {
  it('lists the pools of several connections with each connection’s name', async () => {
    const a = new FakeCognito();
    const b = new FakeCognito();
    const shop = a.addPool('shop');
    const blog = b.addPool('blog');
    const source = listedConnections({ a, b });
    const prompter = new ScriptedPrompter([{ pick: 'blog' }]);
    assert.deepEqual(await pickUserPool(prompter, source, step()), { connectionId: source.byLabel('b').id, pool: { id: blog.id, name: 'blog' } });
    assert.deepEqual(asked({ prompter }), [`pick 1/1 Pick: Choose a user pool — items: shop (${shop.id} · a) | blog (${blog.id} · b)`]);
  });

  it('says there is no pool in this region, or in any connection', async () => {
    await assert.rejects(pickUserPool(new ScriptedPrompter([]), singleConnection(new FakeCognito()), step()), nothing('There are no user pools in this region yet; create one first.'));
    await assert.rejects(
      pickUserPool(new ScriptedPrompter([]), listedConnections({ a: new FakeCognito(), b: new FakeCognito() }), step()),
      nothing('There are no user pools in any connection yet; create one first.'),
    );
  });

  it('tells a connection that failed unexpectedly with a sentence of its own', async () => {
    const a = new FakeCognito();
    a.addPool('shop');
    const broken = new FakeCognito();
    broken.failNext.set('pools.list', new Error('boom'));
    const prompter = new ScriptedPrompter([{ pick: 'broken' }]);
    await assert.rejects(pickUserPool(prompter, listedConnections({ a, broken }), step()), (error: unknown) => error instanceof CognitoError && error.message === 'Listing the pools of broken failed unexpectedly; try again.' && error.kind === 'unknown');
    assert.match(asked({ prompter })[0], / \| \$\(warning\) broken \(could not be listed\) \[Listing the pools of broken failed unexpectedly; try again\.\]$/);
  });

  it('asks for a connection only among several, each with where it points', async () => {
    const single = singleConnection(new FakeCognito());
    assert.equal(await pickConnection(new ScriptedPrompter([]), single, step()), single.list()[0]);
    const several = listedConnections({ a: new FakeCognito(), b: new FakeCognito() });
    const prompter = new ScriptedPrompter([{ pick: 'b' }]);
    assert.equal(await pickConnection(prompter, several, step()), several.byLabel('b'));
    assert.deepEqual(asked({ prompter }), ['pick 1/1 Pick: Choose a connection — items: a (127.0.0.1:9001 · eu-central-2) | b (127.0.0.1:9002 · ap-southeast-4)']);
    await assert.rejects(pickConnection(new ScriptedPrompter([]), listedConnections({}), step()), nothing('No connection can be used; fix the cognito.connections setting.'));
  });

  it('searches users by username prefix, by e-mail prefix when the text has an @, and lists all for no text or a text too long to search', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    cognito.data.users.set(pool.id, [
      { username: 'alice', status: 'CONFIRMED', enabled: true, email: 'alice@example.com' },
      { username: 'bob', status: 'UNCONFIRMED', enabled: true },
    ]);
    const filters: (string | undefined)[] = [];
    for (const search of [' al ', 'alice@ex', '', '   ', 'x'.repeat(250)]) {
      const prompter = new ScriptedPrompter([{ search, pick: 'bob' }]);
      await pickUser(prompter, cognito, pool, step());
      filters.push((cognito.calls.at(-1)!.args[1] as { filter?: string }).filter);
      assert.deepEqual(asked({ prompter }), ['pick 1/1 Pick: A user of "shop": type to search — items: alice (CONFIRMED · alice@example.com) | bob (UNCONFIRMED)']);
    }
    assert.deepEqual(filters, ['username ^= "al"', 'email ^= "alice@ex"', undefined, undefined, undefined]);
  });

  it('lists a pool’s app clients with their ids, or says there is none', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    await assert.rejects(pickAppClient(new ScriptedPrompter([]), cognito, pool, step()), nothing('The pool "shop" has no app clients yet; create one first.'));
    cognito.data.clients.push({ userPoolId: pool.id, clientId: 'c1', name: 'web' }, { userPoolId: pool.id, clientId: 'c2', name: 'cli' }, { userPoolId: pool.id, clientId: 'c3', name: 'api' });
    const prompter = new ScriptedPrompter([{ pick: 'api' }]);
    assert.equal((await pickAppClient(prompter, cognito, pool, step())).clientId, 'c3');
    assert.deepEqual(asked({ prompter }), ['pick 1/1 Pick: Choose an app client of shop — items: web (c1) | cli (c2) | api (c3)'], 'every page');
  });
});
