import * as assert from 'node:assert/strict';
import { connectionId, parseConnections } from '../../src/connection/connections';
import { ConnectionRegistry } from '../../src/connection/connectionRegistry';

describe('cognito.connections parsing', () => {
  it('reads profile, region, endpoint and label, and labels entries without one', () => {
    const { connections, problems } = parseConnections([
      { profile: 'dev', region: 'eu-west-1' },
      { profile: 'prod', region: 'me-central-1', label: 'Production' },
      { endpoint: 'http://127.0.0.1:9229', region: 'ca-west-1' },
      { region: 'ap-southeast-2' },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      connections.map((c) => [c.label, c.settings]),
      [
        ['dev · eu-west-1', { profile: 'dev', region: 'eu-west-1', endpoint: undefined }],
        ['Production', { profile: 'prod', region: 'me-central-1', endpoint: undefined }],
        ['127.0.0.1:9229 · ca-west-1', { profile: undefined, region: 'ca-west-1', endpoint: 'http://127.0.0.1:9229' }],
        ['default · ap-southeast-2', { profile: undefined, region: 'ap-southeast-2', endpoint: undefined }],
      ],
    );
  });

  it('gives each bad entry one sentence naming it, and still loads the others', () => {
    const { connections, problems } = parseConnections([
      { profile: 'dev', region: 'mars-north' },
      { profile: 'dev' },
      { endpoint: 'http://192.168.1.5:9229', region: 'us-east-1' },
      'dev',
      { profile: 7, region: 'us-east-1' },
      { profile: 'ok', region: 'eu-central-1' },
      { profile: 'ok', region: 'eu-central-1', label: 'the same again' },
    ]);
    assert.deepEqual(connections.map((c) => c.label), ['ok · eu-central-1']);
    assert.equal(problems.length, 6);
    assert.match(problems[0], /^Connection 1 in cognito\.connections: "mars-north" is not a region id/);
    assert.match(problems[1], /^Connection 2 .*has no "region"/);
    assert.match(problems[2], /^Connection 3 .*Plain http is allowed only for this machine/);
    assert.match(problems[3], /^Connection 4 .*is not an object/);
    assert.match(problems[4], /^Connection 5 .*"profile" must be text/);
    assert.match(problems[5], /^Connection 7 in cognito.connections repeats the connection "ok · eu-central-1"/);
    for (const problem of problems) assert.equal(problem.split(/(?<=[.;]) (?=[A-Z])/).length, 1, `one sentence: ${problem}`);
  });

  it('reads "sendAwsCredentials": true only as given, and refuses anything but true or false', () => {
    const { connections, problems } = parseConnections([
      { endpoint: 'https://cognito-proxy.example.net', region: 'eu-south-2', sendAwsCredentials: true },
      { endpoint: 'https://other-proxy.example.net', region: 'eu-south-2', sendAwsCredentials: false },
      { endpoint: 'https://third-proxy.example.net', region: 'eu-south-2', sendAwsCredentials: 'yes' },
    ]);
    assert.deepEqual(
      connections.map((c) => c.settings),
      [
        { profile: undefined, region: 'eu-south-2', endpoint: 'https://cognito-proxy.example.net', sendAwsCredentials: true },
        { profile: undefined, region: 'eu-south-2', endpoint: 'https://other-proxy.example.net' },
      ],
    );
    assert.deepEqual(problems, ['Connection 3 in cognito.connections: "sendAwsCredentials" must be true or false.']);
  });

  it('reads "managedLoginUrl" as given when it is https, or http on this machine, and says what is wrong otherwise', () => {
    const { connections, problems } = parseConnections([
      { profile: 'shop', region: 'eu-west-3', managedLoginUrl: 'https://auth.shop.example.org' },
      { endpoint: 'http://127.0.0.1:9229', region: 'eu-west-3', managedLoginUrl: 'http://127.0.0.1:9300' },
      { profile: 'plain', region: 'eu-west-3', managedLoginUrl: 'http://auth.shop.example.org' },
      { profile: 'typo', region: 'eu-west-3', managedLoginUrl: 'auth.shop.example.org' },
    ]);
    assert.deepEqual(
      connections.map((c) => c.settings.managedLoginUrl),
      ['https://auth.shop.example.org', 'http://127.0.0.1:9300'],
    );
    assert.deepEqual(problems, [
      'Connection 3 in cognito.connections: "managedLoginUrl": Plain http is allowed only for this machine (localhost, 127.0.0.1, ::1); use https:// for any other host.',
      'Connection 4 in cognito.connections: "managedLoginUrl": it is not a URL; use a form like http://127.0.0.1:9229.',
    ]);
  });

  it('explains a setting that is not a list at all', () => {
    const { connections, problems } = parseConnections({ profile: 'dev' });
    assert.deepEqual(connections, []);
    assert.match(problems[0], /must be a list/);
  });

  it('keeps node keys intact: ids never contain "/" or "#"', () => {
    const id = connectionId({ profile: 'a/b#c', region: 'us-east-1', endpoint: 'http://127.0.0.1:9229/x#y' });
    assert.doesNotMatch(id, /[/#]/);
  });
});

describe('ConnectionRegistry', () => {
  it('uses the single connection while the list is empty, and the list once it has entries', () => {
    let list: unknown = [];
    const registry = new ConnectionRegistry({ single: () => ({ profile: 'dev' }), list: () => list });
    assert.equal(registry.usesList, false);
    assert.deepEqual(registry.list().map((c) => c.settings), [{ profile: 'dev' }]);
    list = [{ profile: 'a', region: 'eu-west-1' }, { profile: 'b', region: 'eu-west-1' }];
    registry.reload();
    assert.equal(registry.usesList, true);
    assert.deepEqual(registry.list().map((c) => c.label), ['a · eu-west-1', 'b · eu-west-1']);
  });

  it('makes one service per connection and keeps it while its settings stay the same', () => {
    let list: unknown = [{ profile: 'a', region: 'eu-west-1' }, { profile: 'b', region: 'eu-west-1' }];
    const registry = new ConnectionRegistry({ single: () => ({}), list: () => list });
    const [a, b] = registry.list();
    const serviceA = registry.cognito(a.id);
    assert.equal(registry.cognito(a.id), serviceA, 'the same client on every call');
    assert.notEqual(registry.cognito(b.id), serviceA, 'another connection, another client');
    list = [{ profile: 'a', region: 'eu-west-1' }];
    registry.reload();
    assert.equal(registry.cognito(a.id), serviceA, 'an unchanged connection keeps its client');
    assert.throws(() => registry.cognito(b.id), /connection was removed/);
  });

  it('drops the single connection’s service when its settings change', () => {
    let profile = 'dev';
    const registry = new ConnectionRegistry({ single: () => ({ profile }), list: () => undefined });
    const before = registry.cognito(registry.list()[0].id);
    profile = 'prod';
    registry.reload();
    assert.notEqual(registry.cognito(registry.list()[0].id), before);
  });
});
