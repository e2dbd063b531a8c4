import * as assert from 'node:assert/strict';
import { AdminCreateUserCommand, AdminGetUserCommand, AdminInitiateAuthCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { resendInvitation, resetUserPassword, setUsersEnabled, signOutEverywhere } from '../../src/commands/flows/users/userActions';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import { RateLimiter } from '../../src/bulk/rateLimiter';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { singleConnection } from '../support/connections';
import { listAll } from '../support/paging';
import { flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';
import { Cancelled } from '../../src/ui/prompter';
import { PASSWORD, PEOPLE_POOL, useUsersDouble } from '../support/usersDouble';

// What cognito-local lacks, through the extension's own wiring against the AWS-faithful double: Reset
// Password, Resend Invitation and Sign Out Everywhere for real; and a 200-user bulk action under
// Cognito's default quotas with throttling thrown in, which must finish with no failure reported.

describe('user actions against the AWS-faithful double', function () {
  this.timeout(60_000);
  const context = useUsersDouble({ pools: [{ ...PEOPLE_POOL, users: 200 }], quotas: 'cognito-defaults' });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: context().double.endpoint }));
  });

  function deps(answers: Answer[] = []) {
    const run = flowRun(answers);
    run.deps.connections = singleConnection(cognito);
    run.deps.limiter = new RateLimiter();
    return run;
  }

  async function ref(username: string): Promise<UserRef> {
    return { connectionId: SINGLE_CONNECTION_ID, userPoolId: context().poolId, user: await cognito.users.get(context().poolId, username) };
  }

  const status = async (username: string) => (await context().client.send(new AdminGetUserCommand({ UserPoolId: context().poolId, Username: username }))).UserStatus;

  it('resets a password: the user must choose a new one', async () => {
    await resetUserPassword(deps([{ confirm: true }]).deps, await ref('phoned'));
    assert.equal(await status('phoned'), 'RESET_REQUIRED');
    // Without a verified address or number, Cognito cannot send the code: one sentence says so.
    await assert.rejects(resetUserPassword(deps([{ confirm: true }]).deps, await ref('bob')), /no registered\/verified email or phone_number/);
  });

  it('resends the invitation of a user who has not signed in, and says why it cannot for others', async () => {
    await resendInvitation(deps().deps, await ref('newbie'));
    assert.equal(await status('newbie'), 'FORCE_CHANGE_PASSWORD');
    await assert.rejects(resendInvitation(deps().deps, await ref('alice')), /only for a user who has not signed in yet/);
  });

  it('resends an invitation the way the user can get it, and asks E-mail, SMS or both for a user with both; Esc sends nothing', async () => {
    await context().client.send(
      new AdminCreateUserCommand({
        UserPoolId: context().poolId,
        Username: 'jade',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'jade@example.com' },
          { Name: 'phone_number', Value: '+14325550163' },
        ],
      }),
    );
    const sentTo = (username: string) => context().pool.users.invitations.filter((i) => i.username === username && i.action === 'resent').map((i) => i.medium);

    const escaped = deps([ESC]);
    await assert.rejects(resendInvitation(escaped.deps, await ref('jade')), Cancelled);
    assert.deepEqual(sentTo('jade'), [], 'Esc sends nothing');
    assert.deepEqual(escaped.prompter.asked.map((a) => a.labels), [['E-mail', 'SMS', 'E-mail and SMS']]);

    const bySms = deps([{ pick: 'SMS' }]);
    await resendInvitation(bySms.deps, await ref('jade'));
    bySms.prompter.assertDone();
    assert.deepEqual(sentTo('jade'), ['SMS'], 'only the SMS chosen, not the e-mail too');
    assert.deepEqual(bySms.statusMessages, ['$(check) Sent jade a new invitation with a new temporary password by SMS']);

    await resendInvitation(deps([{ pick: 'E-mail and SMS' }]).deps, await ref('jade'));
    assert.deepEqual(sentTo('jade'), ['SMS', 'EMAIL', 'SMS']);

    // A user with only an e-mail address: the invitation can only have gone by e-mail; nothing is asked.
    const byEmail = deps();
    await resendInvitation(byEmail.deps, await ref('newbie'));
    assert.deepEqual(byEmail.prompter.asked, []);
    assert.deepEqual(sentTo('newbie').slice(-1), ['EMAIL']);
  });

  it('signs a user out everywhere: the refresh token stops working', async () => {
    const signedIn = await context().client.send(
      new AdminInitiateAuthCommand({ UserPoolId: context().poolId, ClientId: context().clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD } }),
    );
    const refreshToken = signedIn.AuthenticationResult?.RefreshToken ?? '';
    await signOutEverywhere(deps([{ confirm: true }]).deps, await ref('alice'));
    await assert.rejects(
      context().client.send(new AdminInitiateAuthCommand({ UserPoolId: context().poolId, ClientId: context().clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken } })),
      (error: Error) => error.name === 'NotAuthorizedException',
    );
  });

  it('disables 200 users under Cognito’s quotas with 10 % of calls throttled, reporting no failure', async () => {
    const listed = await listAll(async (token) => {
      const out = await context().client.send(new ListUsersCommand({ UserPoolId: context().poolId, PaginationToken: token, Filter: 'username ^= "user"' }));
      return { items: out.Users ?? [], nextToken: out.PaginationToken };
    });
    assert.equal(listed.length, 200);
    context().double.setFaults({ throttleFraction: 0.1 });
    const run = deps();
    const refs = listed.map((u): UserRef => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: context().poolId, user: { username: u.Username ?? '', status: u.UserStatus ?? '', enabled: true } }));
    await setUsersEnabled(run.deps, refs, false);
    context().double.setFaults({ throttleFraction: 0 });
    assert.deepEqual(run.notifications, [], 'no summary of failures');
    assert.deepEqual(run.statusMessages, ['$(check) Disabled 200 users.']);
    const usage = context().double.quotaUsage().UserUpdate;
    assert.ok((usage?.throttled ?? 0) > 0, 'the double did throttle some calls');
    // The upper bound, as the double counted it: its bucket holds a second's quota (25) and the limiter's
    // burst is 2 with at most 4 calls in flight, so however late calls arrive none is refused for the quota.
    assert.equal(usage?.overQuota, 0, 'the double refused no call for the quota: only its random 10 %');
    const after = await listAll(async (token) => {
      const out = await context().client.send(new ListUsersCommand({ UserPoolId: context().poolId, PaginationToken: token, Filter: 'username ^= "user"' }));
      return { items: out.Users ?? [], nextToken: out.PaginationToken };
    });
    assert.ok(after.every((u) => u.Enabled === false), 'every one disabled');
  });
});
