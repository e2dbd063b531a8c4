import * as assert from 'node:assert/strict';
import { parse as parseDotenv } from 'dotenv';
import * as ts from 'typescript';
import { copyConfig, copyIssuerUrl, copyJwksUrl, copyPoolArn, openInConsole } from '../../src/commands/flows/pools/copyPoolValues';
import { deleteAppClient, deleteUserPool } from '../../src/commands/flows/pools/deleteResources';
import { editAppClientAuthFlows } from '../../src/commands/flows/pools/editAuthFlows';
import { showAppClientDetails, showPoolDetails } from '../../src/commands/flows/pools/poolDetails';
import { CognitoError } from '../../src/shared/errors';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { consoleUrl, issuerUrl, jwksUrl } from '../../src/connection/poolUrls';
import { Cancelled, NothingToPick } from '../../src/ui/prompter';
import { configSnippet } from '../../src/views/configSnippets';
import { listedConnections, onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';

function pool() {
  const cognito = new FakeCognito();
  const details = cognito.addPool('shop', { id: 'eu-west-1_Shop123', arn: 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Shop123' });
  const client = { userPoolId: details.id, clientId: 'client123', name: 'web' };
  cognito.data.clients.push(client);
  return { cognito, target: onDefault(details), client: { connectionId: SINGLE_CONNECTION_ID, client } };
}

describe('pool and app client details', () => {
  it('shows the pool’s ids, derived URLs and settings', async () => {
    const { cognito, target } = pool();
    const run = flowRun([], cognito);
    await showPoolDetails(run.deps, target);
    const [{ title, text }] = run.details;
    assert.equal(title, 'Pool shop');
    assert.match(text, /- Pool Id: `eu-west-1_Shop123`/);
    assert.match(text, /- Issuer URL: `https:\/\/cognito-idp\.eu-west-1\.amazonaws\.com\/eu-west-1_Shop123`/);
    assert.match(text, /- JWKS URL: `https:\/\/cognito-idp\.eu-west-1\.amazonaws\.com\/eu-west-1_Shop123\/\.well-known\/jwks\.json`/);
    assert.match(text, /- Password policy: at least 8 characters, upper case, lower case, a number, a symbol/);
    assert.match(text, /- Deletion protection: off/);
  });

  it('shows the MFA factors GetUserPoolMfaConfig tells, and why not when that read fails, the rest still shown', async () => {
    const { cognito, target } = pool();
    cognito.mfaConfigs.set(target.pool.id, { mode: 'ON', factors: ['totp', 'email'] });
    const run = flowRun([], cognito);
    await showPoolDetails(run.deps, target);
    assert.match(run.details[0].text, /- MFA: required\n- MFA factors: authenticator app, e-mail\n/);
    cognito.failNext.set('pools.getMfaConfig', new CognitoError('Access denied: your credentials lack the IAM permission cognito-idp:GetUserPoolMfaConfig; ask for it or choose another profile.', 'accessDenied', 'AccessDeniedException'));
    const denied = flowRun([], cognito);
    await showPoolDetails(denied.deps, target);
    assert.match(denied.details[0].text, /- MFA factors: unknown: Access denied: your credentials lack the IAM permission cognito-idp:GetUserPoolMfaConfig; ask for it or choose another profile\.\n/);
    assert.match(denied.details[0].text, /- Pool Id: `eu-west-1_Shop123`/);
  });

  it('says whether an app client has a secret, never what it is', async () => {
    const { cognito, client } = pool();
    cognito.clientDetails.set('client123', { hasSecret: true, authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = flowRun([], cognito);
    await showAppClientDetails(run.deps, client, 'shop');
    const [{ text }] = run.details;
    assert.match(text, /- Client secret: yes \(not shown here/);
    assert.match(text, /- Authentication flows: `ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH`/);
  });
});

describe('Edit Authentication Flows', () => {
  it('pre-selects the current flows and sends the new ones (refresh always allowed)', async () => {
    const { cognito, client } = pool();
    cognito.clientDetails.set('client123', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = flowRun([{ pickMany: ['Secure Remote Password (SRP)', 'Username and password'] }, { confirm: true }], cognito);
    let preselected: string[] = [];
    const pickMany = run.prompter.pickMany.bind(run.prompter);
    run.prompter.pickMany = async (items, request) => {
      preselected = items.filter((i) => i.picked).map((i) => String(i.value));
      return pickMany(items, request);
    };
    await editAppClientAuthFlows(run.deps, client);
    assert.deepEqual(preselected, ['ALLOW_USER_SRP_AUTH']);
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[2]), [['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']]);
  });

  it('keeps a flow the pick does not list exactly as it was, unseen', async () => {
    const { cognito, client } = pool();
    // A value AWS may add later: the pick cannot show it, so the edit must not drop it.
    cognito.clientDetails.set('client123', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_WEBAUTHN_NEXT', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = flowRun([{ pickMany: ['Username and password'] }, { confirm: true }], cognito);
    await editAppClientAuthFlows(run.deps, client);
    assert.ok(!(run.prompter.asked[0].descriptions ?? []).includes('ALLOW_WEBAUTHN_NEXT'));
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[2]), [['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_WEBAUTHN_NEXT', 'ALLOW_REFRESH_TOKEN_AUTH']]);
  });

  it('leaves ALLOW_REFRESH_TOKEN_AUTH off a client that rotates refresh tokens, and says why', async () => {
    const { cognito, client } = pool();
    cognito.clientDetails.set('client123', { authFlows: ['ALLOW_USER_AUTH'], rotatesRefreshTokens: true });
    const run = flowRun([{ pickMany: ['Choice-based sign-in', 'Secure Remote Password (SRP)'] }, { confirm: true }], cognito);
    await editAppClientAuthFlows(run.deps, client);
    assert.equal(run.prompter.asked[0].text, 'Authentication flows (this client rotates refresh tokens, so ALLOW_REFRESH_TOKEN_AUTH stays off)');
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[2]), [['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH']]);
  });

  it('ends with the summary: the flows before → after, and that turning one off signs no one out', async () => {
    const { cognito, client } = pool();
    cognito.clientDetails.set('client123', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = flowRun([{ pickMany: ['Secure Remote Password (SRP)', 'Custom authentication'] }, { confirm: true }], cognito);
    await editAppClientAuthFlows(run.deps, client);
    const confirm = run.prompter.asked.find((a) => a.type === 'confirm');
    assert.equal(confirm?.text, 'Change the authentication flows of web?');
    assert.equal(
      confirm?.detail,
      'Authentication flows: ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH → ALLOW_CUSTOM_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH\n\n' +
        'New sign-ins with ALLOW_USER_PASSWORD_AUTH are refused from now on, but no one is signed out: tokens already issued stay valid until they expire.',
    );
    assert.equal(confirm?.title, 'Save');
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[2]), [['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']]);
  });

  it('says that only adding a flow leaves open sessions as they are', async () => {
    const { cognito, client } = pool();
    cognito.clientDetails.set('client123', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = flowRun([{ pickMany: ['Secure Remote Password (SRP)', 'Admin username and password'] }, { confirm: true }], cognito);
    await editAppClientAuthFlows(run.deps, client);
    assert.match(run.prompter.asked.find((a) => a.type === 'confirm')?.detail ?? '', /\n\nApps may sign in with ALLOW_ADMIN_USER_PASSWORD_AUTH from now on; sessions already open are unaffected\.$/);
  });

  it('sends nothing when the same flows are picked, in whatever order Cognito listed them, and says so', async () => {
    const { cognito, client } = pool();
    cognito.clientDetails.set('client123', { authFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH'] });
    const run = flowRun([{ pickMany: ['Secure Remote Password (SRP)', 'Custom authentication'] }], cognito);
    await assert.rejects(editAppClientAuthFlows(run.deps, client), (e: Error) => e instanceof NothingToPick && e.message === 'Nothing to change: the authentication flows of web already has these settings.');
    assert.deepEqual(cognito.writeCalls, []);
    run.prompter.assertDone();
  });

  it('saves legacy names as their ALLOW_ names, and says that allows the same sign-ins', async () => {
    const { cognito, client } = pool();
    cognito.clientDetails.set('client123', { authFlows: ['USER_PASSWORD_AUTH'] });
    const run = flowRun([{ pickMany: ['Secure Remote Password (SRP)', 'Username and password'] }, { confirm: true }], cognito);
    await editAppClientAuthFlows(run.deps, client);
    const detail = run.prompter.asked.find((a) => a.type === 'confirm')?.detail ?? '';
    assert.match(detail, /^Authentication flows: USER_PASSWORD_AUTH → ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH\n\nApps may sign in with ALLOW_REFRESH_TOKEN_AUTH from now on/);
  });

  it('changes nothing on Esc at the pick or at the confirmation, from the node and from the palette', async () => {
    const setup = () => {
      const { cognito } = pool();
      cognito.clientDetails.set('client123', { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
      return cognito;
    };
    const answers: Answer[] = [{ pickMany: ['Username and password'] }, { confirm: true }];
    await assertEscAtEveryStepCreatesNothing(answers, setup, (deps) => editAppClientAuthFlows(deps, pool().client));
    await assertEscAtEveryStepCreatesNothing([{ pick: 'shop' }, { pick: 'web' }, ...answers], setup, (deps) => editAppClientAuthFlows(deps));
    const cognito = setup();
    await assert.rejects(editAppClientAuthFlows(flowRun([...answers.slice(0, 1), { confirm: false }], cognito).deps, pool().client), Cancelled);
    assert.deepEqual(cognito.writeCalls, [], 'Cancel at the confirmation sends nothing');
  });
});

describe('deleting', () => {
  it('deletes an app client only after its confirmation, and takes it out of the tree', async () => {
    const { cognito, client } = pool();
    await assert.rejects(deleteAppClient(flowRun([{ confirm: false }], cognito).deps, client), Cancelled);
    assert.equal(cognito.data.clients.length, 1);
    const run = flowRun([{ confirm: true }], cognito);
    await deleteAppClient(run.deps, client);
    assert.equal(cognito.data.clients.length, 0);
    assert.deepEqual(run.removed.map((n) => n.kind), ['appClient']);
  });

  it('deletes a pool once its name is typed exactly', async () => {
    const { cognito, target } = pool();
    const run = flowRun([{ input: 'shop' }], cognito);
    await deleteUserPool(run.deps, target);
    assert.deepEqual(cognito.data.pools, []);
    assert.deepEqual(run.removed.map((n) => n.kind), ['pool']);
    const wrong = pool();
    await assert.rejects(deleteUserPool(flowRun([{ input: 'Shop' }], wrong.cognito).deps, wrong.target), /Type shop exactly to confirm/);
    assert.equal(wrong.cognito.data.pools.length, 1);
  });

  it('offers to turn deletion protection off, and turns it off only once the name is typed', async () => {
    const { cognito, target } = pool();
    cognito.protectedPools.add(target.pool.id);
    const run = flowRun([{ confirm: true }, { input: 'shop' }], cognito);
    await deleteUserPool(run.deps, target);
    assert.deepEqual(cognito.writeCalls.map((c) => c.method), ['pools.setDeletionProtection', 'pools.delete']);
    assert.deepEqual(cognito.writeCalls[0].args, [target.pool.id, false]);
    assert.deepEqual(cognito.data.pools, []);
    // The confirmation is a modal, not a step: typing the name is step 1 of 1.
    assert.deepEqual(run.prompter.asked.map((a) => [a.type, a.step, a.totalSteps]), [['confirm', 0, 0], ['input', 1, 1]]);

    const kept = pool();
    kept.cognito.protectedPools.add(kept.target.pool.id);
    await assert.rejects(deleteUserPool(flowRun([{ confirm: false }], kept.cognito).deps, kept.target), Cancelled);
    assert.deepEqual(kept.cognito.writeCalls, [], 'declining leaves protection on and the pool in place');
  });

  it('leaves protection on when the name step is cancelled', async () => {
    const { cognito, target } = pool();
    cognito.protectedPools.add(target.pool.id);
    await assert.rejects(deleteUserPool(flowRun([{ confirm: true }, ESC], cognito).deps, target), Cancelled);
    assert.deepEqual(cognito.writeCalls, []);
    assert.ok(cognito.protectedPools.has(target.pool.id), 'still protected');
    assert.equal(cognito.data.pools.length, 1);
  });

  it('puts protection back on when the delete fails, and says so in one sentence', async () => {
    const { cognito, target } = pool();
    cognito.protectedPools.add(target.pool.id);
    cognito.failNext.set('pools.delete', new CognitoError('Cognito is throttling requests right now; wait a moment and retry.', 'throttled', 'TooManyRequestsException'));
    await assert.rejects(deleteUserPool(flowRun([{ confirm: true }, { input: 'shop' }], cognito).deps, target), {
      message: 'The pool "shop" was not deleted, and its deletion protection is on again: Cognito is throttling requests right now; wait a moment and retry.',
      kind: 'throttled',
    });
    assert.deepEqual(cognito.writeCalls.map((c) => c.args), [[target.pool.id, false], [target.pool.id], [target.pool.id, true]]);
    assert.ok(cognito.protectedPools.has(target.pool.id), 'protected again');
    assert.equal(cognito.data.pools.length, 1);
  });

  it('says when protection could not be put back on, and leaves a lost delete answer as it is', async () => {
    const { cognito, target } = pool();
    cognito.protectedPools.add(target.pool.id);
    cognito.failNext.set('pools.delete', new CognitoError('Cognito had an internal error; retry in a moment.', 'internal', 'InternalErrorException'));
    const original = cognito.pools.setDeletionProtection.bind(cognito.pools);
    cognito.pools.setDeletionProtection = async (id, active) => {
      if (active) throw new CognitoError('Access denied: your credentials lack the IAM permission cognito-idp:UpdateUserPool; ask for it or choose another profile.', 'accessDenied');
      return original(id, active);
    };
    await assert.rejects(deleteUserPool(flowRun([{ confirm: true }, { input: 'shop' }], cognito).deps, target), {
      message:
        'The pool "shop" may now be without deletion protection: the delete failed (Cognito had an internal error; retry in a moment) and turning protection back on failed too; refresh the view, and if the pool is still there, turn protection on in the AWS Console.',
    });

    const lost = pool();
    lost.cognito.protectedPools.add(lost.target.pool.id);
    const answerLost = new CognitoError("Cognito's answer was lost on the way; refresh the view to see whether the change happened, then try again if not.", 'unreachable', 'AnswerLost');
    lost.cognito.pools.delete = async (id) => {
      lost.cognito.data.pools = lost.cognito.data.pools.filter((p) => p.id !== id);
      throw answerLost;
    };
    const turnOff = lost.cognito.pools.setDeletionProtection.bind(lost.cognito.pools);
    lost.cognito.pools.setDeletionProtection = async (id, active) => {
      if (!active) return turnOff(id, active);
      throw new CognitoError('That user pool or app client no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
    };
    await assert.rejects(deleteUserPool(flowRun([{ confirm: true }, { input: 'shop' }], lost.cognito).deps, lost.target), answerLost);
  });

  it('says the domain goes first, and calls nothing', async () => {
    const { cognito, target } = pool();
    cognito.poolDomains.set(target.pool.id, 'shop-auth');
    await assert.rejects(deleteUserPool(flowRun([], cognito).deps, target), /still has the domain shop-auth; run Delete Domain on the pool first/);
    assert.deepEqual(cognito.writeCalls, []);
  });
});

describe('copy and links', () => {
  it('copies the ARN (read when the tree has none), the Issuer URL and the JWKS URL', async () => {
    const { cognito, target } = pool();
    const run = flowRun([], cognito);
    await copyPoolArn(run.deps, { ...target, pool: { id: target.pool.id, name: 'shop' } });
    await copyIssuerUrl(run.deps, target);
    await copyJwksUrl(run.deps, target);
    assert.deepEqual(run.clipboard, [
      'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Shop123',
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Shop123',
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Shop123/.well-known/jwks.json',
    ]);
  });

  it('uses an emulator connection’s own JWKS URL', async () => {
    const cognito = new FakeCognito();
    const source = listedConnections({ local: cognito });
    const details = cognito.addPool('p', { id: 'local_abc' });
    const run = flowRun([], cognito);
    run.deps.connections = source;
    await copyJwksUrl(run.deps, { connectionId: source.byLabel('local').id, pool: details });
    assert.deepEqual(run.clipboard, ['http://127.0.0.1:9001/local_abc/.well-known/jwks.json']);
  });

  it('leaves an emulator endpoint’s user:password out of the issuer and JWKS URLs (shown, copied and fetched)', () => {
    const endpoint = 'http://ops:Hunter2-pw@127.0.0.1:9231/';
    assert.equal(issuerUrl('local_x', endpoint), 'http://127.0.0.1:9231/local_x');
    assert.equal(jwksUrl('local_x', endpoint), 'http://127.0.0.1:9231/local_x/.well-known/jwks.json');
  });

  it('opens the AWS Console page of a pool, a client and a user in its region, and refuses emulator pools', async () => {
    const { cognito } = pool();
    const run = flowRun([], cognito);
    await openInConsole(run.deps, SINGLE_CONNECTION_ID, 'eu-west-1_Shop123', { kind: 'user', username: 'a b' });
    assert.deepEqual(run.opened, ['https://eu-west-1.console.aws.amazon.com/cognito/v2/idp/user-pools/eu-west-1_Shop123/user-management/users/details/a%20b?region=eu-west-1']);
    assert.equal(consoleUrl('cn-north-1_x', { kind: 'pool' }), 'https://cn-north-1.console.amazonaws.cn/cognito/v2/idp/user-pools/cn-north-1_x/overview?region=cn-north-1');
    assert.equal(consoleUrl('us-gov-west-1_x', { kind: 'appClient', clientId: 'c' }), 'https://us-gov-west-1.console.amazonaws-us-gov.com/cognito/v2/idp/user-pools/us-gov-west-1_x/applications/app-clients/c?region=us-gov-west-1');
    assert.equal(issuerUrl('cn-north-1_x'), 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_x');
    assert.equal(jwksUrl('local_x', 'http://127.0.0.1:9229/'), 'http://127.0.0.1:9229/local_x/.well-known/jwks.json');

    const local = new FakeCognito();
    const source = listedConnections({ local });
    const emulator = flowRun([], local);
    emulator.deps.connections = source;
    await assert.rejects(openInConsole(emulator.deps, source.byLabel('local').id, 'local_x', { kind: 'pool' }), /on an emulator, not in AWS/);
    assert.deepEqual(emulator.opened, []);
  });
});

describe('Copy Configuration For…', () => {
  const input = { userPoolId: 'eu-west-1_Shop123', clientId: 'client123', region: 'eu-west-1', hasSecret: false };

  /** Syntax errors of a TypeScript text, as the compiler reports them. */
  function syntaxErrors(text: string): string[] {
    const out = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
    return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  /** The string literal given to a property, found in the parsed syntax tree. */
  function propertyValue(text: string, name: string): string | undefined {
    let found: string | undefined;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === name && ts.isStringLiteral(node.initializer)) found = node.initializer.text;
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile('snippet.ts', text, ts.ScriptTarget.Latest, true));
    return found;
  }

  it('Amplify JS v6 is valid TypeScript with the pool and client ids (and the emulator endpoint)', () => {
    const text = configSnippet('amplify', { ...input, endpoint: 'http://127.0.0.1:9229' });
    assert.deepEqual(syntaxErrors(text), []);
    assert.equal(propertyValue(text, 'userPoolId'), 'eu-west-1_Shop123');
    assert.equal(propertyValue(text, 'userPoolClientId'), 'client123');
    assert.equal(propertyValue(text, 'userPoolEndpoint'), 'http://127.0.0.1:9229');
    assert.equal(propertyValue(configSnippet('amplify', input), 'userPoolEndpoint'), undefined);
  });

  it('aws-jwt-verify is valid TypeScript with the ids', () => {
    const text = configSnippet('jwtVerify', input);
    assert.deepEqual(syntaxErrors(text), []);
    assert.equal(propertyValue(text, 'userPoolId'), 'eu-west-1_Shop123');
    assert.equal(propertyValue(text, 'clientId'), 'client123');
  });

  it('.env parses with dotenv to the ids, region and issuer', () => {
    assert.deepEqual(parseDotenv(configSnippet('dotenv', input)), {
      COGNITO_REGION: 'eu-west-1',
      COGNITO_USER_POOL_ID: 'eu-west-1_Shop123',
      COGNITO_CLIENT_ID: 'client123',
      COGNITO_ISSUER: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Shop123',
    });
  });

  it('the AWS CLI command names the client, region, endpoint and a SECRET_HASH placeholder, never a secret', () => {
    const text = configSnippet('cli', { ...input, endpoint: 'http://127.0.0.1:9229', hasSecret: true });
    const words = text.replace(/\\\n/g, ' ').trim().split(/\s+/);
    const option = (name: string) => words[words.indexOf(name) + 1];
    assert.deepEqual(words.slice(0, 3), ['aws', 'cognito-idp', 'initiate-auth']);
    assert.equal(option('--client-id'), 'client123');
    assert.equal(option('--region'), 'eu-west-1');
    assert.equal(option('--endpoint-url'), 'http://127.0.0.1:9229');
    assert.equal(option('--auth-parameters'), 'USERNAME=<username>,PASSWORD=<password>,SECRET_HASH=<secret-hash>');
  });

  it('no format holds the user:password of an emulator endpoint', () => {
    for (const format of ['amplify', 'dotenv', 'jwtVerify', 'cli'] as const) {
      const text = configSnippet(format, { ...input, endpoint: 'http://ops:Hunter2-pw@127.0.0.1:9231', hasSecret: true });
      assert.ok(!text.includes('Hunter2-pw') && !text.includes('ops@') && !text.includes('ops:'), `${format} holds the endpoint's user:password`);
      if (format !== 'jwtVerify') assert.match(text, /http:\/\/127\.0\.0\.1:9231/, `${format} still names the endpoint`);
    }
  });

  it('copies the chosen format for the client', async () => {
    const { cognito, client } = pool();
    const run = flowRun([{ pick: '.env file' }], cognito);
    await copyConfig(run.deps, client);
    assert.equal(parseDotenv(run.clipboard[0]).COGNITO_CLIENT_ID, 'client123');
  });
});
