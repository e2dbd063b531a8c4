import * as assert from 'node:assert/strict';
import { SignInSessions } from '../../src/auth/signInSessions';
import { markdownOf } from '../../src/views/models/markdown';
import { tokensModel } from '../../src/views/models/tokensModel';
import { unsignedJwt as jwt } from '../support/unsignedJwt';

// The Tokens view lists the cognito:groups claim; a token with exactly one group must show it (a test with
// two groups cannot tell "> 0" from "> 1").

describe('the Tokens view’s groups line', () => {
  it('shows a single group, and "none" for no groups', () => {
    const sessions = new SignInSessions();
    const render = (groups: string[] | undefined) => {
      const session = sessions.add({
        connectionId: 'default',
        poolName: 'shop',
        clientName: 'web',
        client: { userPoolId: 'eu-central-2_Groups1', clientId: 'web1', hasSecret: false },
        username: 'gina',
        admin: false,
        tokens: { idToken: jwt({ sub: 's-9', token_use: 'id', ...(groups ? { 'cognito:groups': groups } : {}) }), accessToken: jwt({ sub: 's-9', token_use: 'access' }) },
        issuedAt: new Date('2026-12-01T08:00:00Z'),
      });
      const now = new Date('2026-12-01T08:05:00Z');
      return markdownOf(tokensModel(session, {}, now, 'local'), now);
    };
    assert.match(render(['auditors']), /^- Groups \(cognito:groups\): auditors$/m);
    assert.match(render(undefined), /^- Groups \(cognito:groups\): none$/m);
  });
});
