import * as assert from 'node:assert/strict';
import { isCognitoAwsHost } from '../../src/connection/awsHosts';
import { CognitoError } from '../../src/shared/errors';
import { ConnectionRegistry } from '../../src/connection/connectionRegistry';
import { connectionPlace, defaultLabel, parseConnections, toConnection } from '../../src/connection/connections';
import { checkEndpoint, isLoopback } from '../../src/connection/endpoint';
import { issuerUrl } from '../../src/connection/poolUrls';
import { resolveSettings } from '../../src/shared/settings';

// How settings become connections, the cases test/unit/connections.test.ts and awsHosts.test.ts leave out:
// blank and padded values, labels and places without a region or profile, a setting that is not a list,
// a registry that keeps the service of every unchanged connection, and Cognito's VPC-endpoint names.

describe('reading the single connection’s settings', () => {
  it('trims each value, and reads a blank one as unset', () => {
    assert.deepEqual(resolveSettings({ profile: '  sandbox ', region: '\teu-south-1 ', endpoint: ' http://127.0.0.1:9331 ' }), { profile: 'sandbox', region: 'eu-south-1', endpoint: 'http://127.0.0.1:9331' });
    assert.deepEqual(resolveSettings({ profile: '   ', region: '', endpoint: ' ' }), { profile: undefined, region: undefined, endpoint: undefined });
    assert.deepEqual(resolveSettings({}), { profile: undefined, region: undefined, endpoint: undefined });
  });

  it('takes a blank endpoint as none, and any address of 127.0.0.0/8 as this machine', () => {
    assert.equal(checkEndpoint('   '), undefined);
    for (const host of ['127.0.0.1', '127.45.200.3', '127.255.255.254', 'localhost', '::1', '[::1]']) assert.equal(isLoopback(host), true, host);
    for (const host of ['128.0.0.1', '10.127.0.0.1', '127.0.0.1.nip.io', '127.0.0', '127.1.2.3.4', 'my127.0.0.1', '0.0.0.0']) assert.equal(isLoopback(host), false, host);
  });
});

describe('naming connections', () => {
  it('labels a connection without a region by its profile or endpoint alone', () => {
    assert.equal(defaultLabel({ profile: 'sandbox' }), 'sandbox');
    assert.equal(defaultLabel({}), 'default');
    assert.equal(defaultLabel({ endpoint: 'https://ops:pw@cognito-proxy.example.net/idp' }), 'cognito-proxy.example.net/idp');
    assert.equal(defaultLabel({ endpoint: 'http://127.0.0.1:9331', region: 'eu-south-1' }), '127.0.0.1:9331 · eu-south-1');
  });

  it('places a connection by endpoint (without user:password) or profile, and its region when it has one', () => {
    const place = (settings: object) => connectionPlace({ id: 'x', label: 'x', settings });
    assert.equal(place({ endpoint: 'https://ops:pw@cognito-proxy.example.net', region: 'eu-south-1' }), 'cognito-proxy.example.net · eu-south-1');
    assert.equal(place({ endpoint: 'http://127.0.0.1:9331' }), '127.0.0.1:9331');
    assert.equal(place({ profile: 'sandbox', region: 'ap-south-2' }), 'sandbox · ap-south-2');
    assert.equal(place({ region: 'ap-south-2' }), 'default credentials · ap-south-2');
    assert.equal(place({}), 'default credentials');
  });

  it('keeps a label given, and labels an entry whose label is blank', () => {
    assert.equal(toConnection({ profile: 'sandbox', region: 'ap-south-2', label: 'Sandbox account' }).label, 'Sandbox account');
    const { connections } = parseConnections([{ profile: ' sandbox ', region: ' ap-south-2 ', label: '   ' }]);
    assert.deepEqual(connections.map((c) => [c.label, c.settings]), [['sandbox · ap-south-2', { profile: 'sandbox', region: 'ap-south-2', endpoint: undefined }]]);
  });

  it('reads no setting as no connections and no problems, and a list inside the list as a bad entry', () => {
    assert.deepEqual(parseConnections(undefined), { connections: [], problems: [] });
    assert.deepEqual(parseConnections(null), { connections: [], problems: [] });
    const notAnObject = 'is not an object like { "profile": "dev", "region": "eu-west-1" }.';
    assert.deepEqual(parseConnections([['sandbox', 'ap-south-2'], null]).problems, [`Connection 1 in cognito.connections: ${notAnObject}`, `Connection 2 in cognito.connections: ${notAnObject}`]);
  });

  it('tells apart connections of one profile in two regions', () => {
    const { connections, problems } = parseConnections([{ profile: 'sandbox', region: 'ap-south-2' }, { profile: 'sandbox', region: 'eu-south-1' }]);
    assert.deepEqual(problems, []);
    assert.equal(new Set(connections.map((c) => c.id)).size, 2);
  });
});

describe('the connection registry', () => {
  it('keeps the service of every connection whose settings did not change, not only the first', () => {
    const registry = new ConnectionRegistry({ single: () => ({}), list: () => [{ profile: 'a', region: 'ap-south-2' }, { profile: 'b', region: 'ap-south-2' }] });
    const second = registry.list()[1];
    const service = registry.cognito(second.id);
    registry.reload();
    assert.equal(registry.cognito(second.id), service);
  });

  it('shows the problem of a setting that is not a list, with no connection, instead of the single connection', () => {
    let raw: unknown = { profile: 'sandbox', region: 'ap-south-2' };
    const registry = new ConnectionRegistry({ single: () => ({ profile: 'single' }), list: () => raw });
    assert.equal(registry.usesList, true);
    assert.deepEqual(registry.list(), []);
    assert.match(registry.problems()[0], /must be a list/);
    raw = null;
    registry.reload();
    assert.equal(registry.usesList, false);
    assert.deepEqual(registry.list().map((c) => c.settings), [{ profile: 'single' }]);
    assert.deepEqual(registry.problems(), []);
  });

  it('refuses a removed connection as not found, with what to do', () => {
    const registry = new ConnectionRegistry({ single: () => ({}), list: () => [{ profile: 'a', region: 'ap-south-2' }] });
    assert.equal(registry.get('gone'), undefined);
    assert.throws(
      () => registry.cognito('gone'),
      (error: CognitoError) => error instanceof CognitoError && error.kind === 'notFound' && error.message === 'That connection was removed from the settings; refresh the Cognito view.',
    );
  });
});

describe('addresses and hosts', () => {
  it('an emulator’s issuer drops every trailing slash of its endpoint', () => {
    assert.equal(issuerUrl('local_Q1', 'http://127.0.0.1:9331//'), 'http://127.0.0.1:9331/local_Q1');
    assert.equal(issuerUrl('local_Q1', 'http://127.0.0.1:9331/proxy/'), 'http://127.0.0.1:9331/proxy/local_Q1');
  });

  it('a VPC endpoint name must be vpce-<id> (a DNS label), cognito-idp, a region and vpce, all four', () => {
    assert.equal(isCognitoAwsHost('vpce-0abc123.cognito-idp.ap-south-2.vpce.amazonaws.com'), true);
    for (const host of [
      'endpoint-0abc123.cognito-idp.ap-south-2.vpce.amazonaws.com',
      'vpce-0abc123.cognito-sync.ap-south-2.vpce.amazonaws.com',
      'vpce-0abc123.cognito-idp.south-2.vpce.amazonaws.com',
      'vpce-0abc123-.cognito-idp.ap-south-2.vpce.amazonaws.com',
      'vpce_0abc123.cognito-idp.ap-south-2.vpce.amazonaws.com',
    ]) {
      assert.equal(isCognitoAwsHost(host), false, host);
    }
  });
});
