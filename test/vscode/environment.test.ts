// The runners hand the extension host what later tests need to reach the emulator: the endpoint as an
// environment variable and as the `cognito.endpoint` setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('test environment', () => {
  const endpoint = process.env.COGNITO_LOCAL_ENDPOINT;

  before(() => {
    assert.ok(endpoint, 'the runner starts cognito-local and sets COGNITO_LOCAL_ENDPOINT');
  });

  it('reaches cognito-local from the extension host', async () => {
    const response = await fetch(`${endpoint}/health`);
    assert.equal(response.status, 200);
  });

  it('has the emulator endpoint in the cognito.endpoint setting', () => {
    assert.equal(vscode.workspace.getConfiguration('cognito').get<string>('endpoint'), endpoint);
  });
});
