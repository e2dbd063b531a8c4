import * as assert from 'node:assert/strict';
import { createCognitoService } from '../../src/aws/createService';
import { startCognitoDouble, type CognitoDouble } from '../double/cognitoDouble';

// The SDK client the extension builds itself (src/aws/createService.ts), not one a test makes: it must
// retry throttling and a dropped connection as the SDK's standard strategy does, so one hiccup never
// reaches the person.

describe('the extension’s own Cognito client against the double', function () {
  this.timeout(30_000);
  let double: CognitoDouble;

  before(async () => {
    double = await startCognitoDouble({ pools: [{ name: 'retried', users: 3 }] });
  });
  after(() => double?.stop());

  it('retries throttling', async () => {
    const { service } = await createCognitoService({ endpoint: double.endpoint, region: 'us-east-1' });
    double.calls.length = 0;
    double.throttleNext(2);
    const page = await service.pools.list();
    assert.deepEqual(page.items.map((p) => p.name), ['retried']);
    assert.equal(double.calls.filter((c) => c.operation === 'ListUserPools').length, 3, 'two throttled answers, then the retry that worked');
  });

  it('retries a dropped connection', async () => {
    const { service } = await createCognitoService({ endpoint: double.endpoint, region: 'us-east-1' });
    double.calls.length = 0;
    double.dropNext(1);
    assert.equal((await service.users.list(double.pools[0].id)).items.length, 3);
  });
});
