// USER_SRP_AUTH against the Cognito double, with cognito-srp-helper as the client: the double's server half
// of SRP (test/double/srp.ts, written from the protocol) and that independent library have to agree for
// anyone to sign in. The primitives are also checked against a published known-answer vector.
import * as assert from 'node:assert/strict';
import {
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type AdminRespondToAuthChallengeCommandInput,
  type InitiateAuthCommandInput,
  type InitiateAuthCommandOutput,
  type RespondToAuthChallengeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSecretHash, createSrpSession, signSrpSession, wrapAuthChallenge, wrapInitiateAuth } from 'cognito-srp-helper';
import { secretHash } from '../signInRules';
import { claimSignature, derivedKey, formatTimestamp, G, K, modPow, N, passwordKey, scrambler } from '../srp';
import { fetchJwks, PASSWORD, rejectsWith, SIGN_IN_POOL, TEMPORARY_PASSWORD, useSignInDouble, verifiedJwt } from '../../support/signInDouble';

type SrpSession = ReturnType<typeof createSrpSession>;

describe('SRP against the Cognito double', () => {
  describe('the SRP primitives', () => {
    // Values from cognito-srp-helper's test data (src/__tests__/mocks/data.ts), whose client computation
    // follows amazon-cognito-identity-js: a fixed private a, a B, salt and SECRET_BLOCK from Cognito.
    const vector = {
      poolName: 'bBpjKlyj6',
      username: 'username',
      password: 'password',
      a: 0xabcdef0123456789n,
      largeA:
        '362be8c4c29e414549c30c6679ddbb556c27717d80c8feec68257bf5edcd855fbd23590841c1f792dd24a09243c00d4fbb8cc8047fbe1c95da7b467d29269d2db462c6268f10ef5a3c23f71865a54bae6e48523e6a7a9b65d115c66a2f5b4ec5b7384c9796dc6b2d422ea630e1821104ab05cb4a4f292f991d771be4fdba39bc6ff8dce0f0addaaaf172d908d08544d573a2222f1e198caf65f5e6445848ed23b5bbfff0b5bc00ca54b2831a200577220cfe4f5de20b66baffbfc8d3a16af6f6a7a590e0764ccdf918daf922df1ed0a695702c9bd63a69b09b4c2fb8a3bffee5f89744639607e1920ee006d81f09cba7682e75be5b407fb5cb1f706c0dbf7a9325b5c56ea53333ba1aecab647beae4b2b44c0912814609560fda8d86e6aff0b2317e339d2d3b422069d8e68fca8a39c43acb360d4285bb2dd076bb58b41e07be255f349537adaae3bf5260b2c7e066fb77904ebcee5005cc367f926482f9b405952f50e1182049ac49847a048fca4fbe13c6538eea38132c9bc43c9b05690bb7',
      largeB:
        'a2a9be7148a622a87b92513959336c923ab748fdde47e1eae8e0b4495bfc950e65a4c2cf09ac9ab38c85dbc31100bda601bb44d03d8c8a47770cdace442bea4c30ac83df807c2d2dfd6d8b449178c4c558108d141bdd79f8695d40ce25d77b1d7715a53b0022782b71105710e476b484e7c01d9625eafe4d50aff1808712d4c2636a7bb83b008fb8f398d79c5dfe59074ee0df3240253e5719c18b343f49ef5d975d89e2c481628eadca30a90ab6c41d7b9308aa6f6fc618813393ace0f52562f51f26c3fc3160e9dc99f78e9bc22758eeb7f22c137a962de99a66feb7a23e179a599813c8431c364ee193b64eef9bca04117ceba50140bafe1a0aea262c0b9bcde235866da2f1c174063d685ad67f231fcef7dca62a327f6cf2279b5fa17383acd1868629d75523e87e14cdb214ea14ce6d47228e350e4d1d451a1238886d6b3dae1d59b79321ab740c995b28c6e03a61cf76383ce1906f86389927d3575e751cfe4ab50c1eef52dd79aee69512b88f237bd74d04e8cc72d0ab94c0ad934f26',
      salt: '8f6a1dad94d7b82c5e3031d21a251b0f',
      secretBlock:
        'F+iU1RhIMWd3K64Qg+J/eud+WYMsW1tDULDQ4boHjzgdNFiBSKFX3BvoMHZJ2MjKv6nKMRgjifbx5sjdrBi2n+Nat+9E1QD0rzeJ2l2oOeVXruiwItacGO5AjM9PU1sFtZu4N13oNbsx9DUY7diIB+ksKz8LjxJV4FP055O1OJzEGbSY+RHAw3d3HsY2xsE9Zy6bD5FpSrONwKZWWUpZXSexPiDHzGIcRyBBYXwOKAJ+1pCtZW/Jg+MuW6hiYfTMEGk8vr/35TmiAHjYRe1urxElaa+fJi41j1tpX5FhrHfNp3WmuVj6cWJwkhZ/GKGL000lwsXDEY83C2v2czpjP1VwyDf2UPxI1BNPMVjCWZx5V/9D5SniPUWCNpwyh+ZSCVvRJxQitMcV0klswY36itXXn7OCurUjgqViUIBPbrVDcbuZ49tR4UoHlQXNzsmzXwlGwyHvNUHjNAT/6/qAAtmHwJbT6GZzceN1g+33P0Eq2BIWxj16pnhPKykrGuvIV3TpcL9FY0CcTKqozRfC2pOWenT08md++uq39z9OP+wA/7Fjt1ceLOiDcRhEW0xhoBqu/3V7RDNDUqV2bLH7rEq7Q5PCGhsRu8h9crUbVtNOUrna/o7HmRy0XiBQdjLP7Xe6uASNZAAso4eUZce0oc2LIpHvAx6BK8cw8rp2Pcg+ZnC0HgcpBEF6sHJEcH4GmZNJ10c/exITniVKSJkP1C8iPqulNug6OMmSav3WpMvj/qb/t8JPNqbePj99fANkteG7JPUY9LoE/wsBDIeYEA4lZ4HvKZw9g8RbltYNmOQAa6K4XXI0AEspx1+TT5A+cJl48BPk+f46SCThCzK/8N9XHaerojUqu4EWW1l5c+WRaOCdvo/HQidTn1VQJ6lcyJwcuyoxy7MlESMfs1G9rgehHbYjWNxoUwX/AwFfNzS/7dMENhDFx+ZUsT0wgrn+iMhfJJPHG4lt0N/R6JjQ8IOgaUZ7CZdrL7pQxA5v0eqWwZ/cYJVAI+mGLez1ldYQRvZkw0dOkpCjCDrw7ZTKnsyRLDE6KyyNT+ykJq7aGyAHb5nxualN0B8OnqY1hh+tZ5xTOh9jlnvBo7dwfsbZpjsGGLiMLbc411cT+FUONrlPdK9wDEZdQ8jcys4PfeCzcju/VnNEbbv1EuxG5bIWGApSOVf04p2/0bBWn8VJkKoCsC9+QhV2KwTRfCLZWloYIc/N1QuzXf328m9FG3vihrXvkgcxxsSbUjMb4QhR7DkYIN6kWsguBOVTybdTi4vlNqFzX8bJtK3uQNKC98yYzZjR40HFOydBJjLckUandwu1blgqM3IwlmYWMiPcFx2SGQRIufq8hLOhyE12ulT9KI4c2D+yLn7hASICW/3z7LgfuWq6j1FDVlmSqM00C8wZ84DzT056HLETpWpl1Gh3QRJPkReqRKlY0Bqrk5koMfmRuGht/WnyXxs0gSAkWFOevpvYopyHBhMTdc7DlGE70QcRJiBeuJkKNOoih+lOkHGFof5xnFWzaZkuouBZFntSn4xZxEAb1Tl56k1b8oCIHLvrsnlqxMHfNYlnQUO+gnhFgDc6AlyQCtc6+wlulggchkPFMgjlaN/w6h3N9697ksRnySNMNAkCx+VgP+qbgn24pGYWWtlCWWpsdkxU6OzpFQwBchqBw9LUB5MyqjwWLssMxlJxg0KgXnRNfwv5jd0sAE5KvT4vFCt0FA==',
      timestamp: 'Tue Feb 1 03:04:05 UTC 2000',
      signature: 'AmaS40dQC4mBIgVaKNkAvWpYBmHUi/gv/XKVVCr8xyE=',
    };

    it('reproduce the published vector: A = g^a, and the client signature from k, u, x, S and the derived key', () => {
      const bigA = modPow(G, vector.a, N);
      assert.equal(bigA.toString(16), vector.largeA);
      const bigB = BigInt(`0x${vector.largeB}`);
      const x = passwordKey(vector.poolName, vector.username, vector.password, vector.salt);
      const u = scrambler(bigA, bigB);
      // The client's S = (B − k·g^x)^(a + u·x); the server reaches the same S as (A·v^u)^b.
      const s = modPow((((bigB - K * modPow(G, x, N)) % N) + N) % N, vector.a + u * x, N);
      assert.equal(claimSignature(derivedKey(s, u), vector.poolName, vector.username, vector.secretBlock, vector.timestamp), vector.signature);
    });

    it('make SECRET_HASH and TIMESTAMP as documented', () => {
      // Also from cognito-srp-helper's test data.
      assert.equal(secretHash('ps50nb7hd1umdnmlt1xa9nwiscqvdvzy5ijw63vcacd09yihc2b', 'username', 'EPswPGbpdBLZnh9XW134hK7qYe'), 'oUkNFqfm7UjLds8vXFWarT1l3gqORGoztf+EyFmoX2Q=');
      assert.equal(formatTimestamp(new Date(Date.UTC(2018, 8, 25, 0, 9, 40))), 'Tue Sep 25 00:09:40 UTC 2018');
      assert.equal(formatTimestamp(new Date(Date.UTC(2018, 8, 5, 7, 8, 9))), 'Wed Sep 5 07:08:09 UTC 2018');
    });
  });

  describe('USER_SRP_AUTH with cognito-srp-helper as the client', () => {
    const context = useSignInDouble();

    const startSrp = (session: SrpSession, clientName: string, username: string, secretHash?: string) =>
      context().client.send(
        new InitiateAuthCommand(
          wrapInitiateAuth<InitiateAuthCommandInput>(session, {
            ClientId: context().appClient(clientName).clientId,
            AuthFlow: 'USER_SRP_AUTH',
            AuthParameters: { USERNAME: username, ...(secretHash ? { SECRET_HASH: secretHash } : {}) },
          }),
        ),
      );
    const proveSrp = (session: SrpSession, challenge: InitiateAuthCommandOutput, clientName: string, secretHash?: string) => {
      const username = challenge.ChallengeParameters?.USER_ID_FOR_SRP ?? '';
      return context().client.send(
        new RespondToAuthChallengeCommand(
          wrapAuthChallenge<RespondToAuthChallengeCommandInput>(signSrpSession(session, challenge), {
            ClientId: context().appClient(clientName).clientId,
            ChallengeName: 'PASSWORD_VERIFIER',
            Session: challenge.Session,
            ChallengeResponses: { USERNAME: username, ...(secretHash ? { SECRET_HASH: secretHash } : {}) },
          }),
        ),
      );
    };

    it('signs in: PASSWORD_VERIFIER with SALT, SRP_B, SECRET_BLOCK and USER_ID_FOR_SRP, then verifiable tokens', async () => {
      const { double, poolId } = context();
      const session = createSrpSession('alice', PASSWORD, poolId, false);
      const challenge = await startSrp(session, 'open', 'alice');
      assert.equal(challenge.ChallengeName, 'PASSWORD_VERIFIER');
      const parameters = challenge.ChallengeParameters ?? {};
      assert.match(parameters.SALT ?? '', /^[0-9a-f]{32}$/);
      assert.match(parameters.SRP_B ?? '', /^[0-9a-f]+$/);
      assert.ok(Buffer.from(parameters.SECRET_BLOCK ?? '', 'base64').length > 0);
      assert.equal(parameters.USER_ID_FOR_SRP, 'alice');

      const answer = await proveSrp(session, challenge, 'open');
      assert.equal(answer.ChallengeName, undefined);
      const idToken = answer.AuthenticationResult?.IdToken ?? '';
      const claims = verifiedJwt(idToken, await fetchJwks(double.endpoint, poolId)).claims;
      assert.equal(claims['cognito:username'], 'alice');
      assert.deepEqual(claims['cognito:groups'], ['admins', 'readers']);
    });

    it('signs in with SECRET_HASH on a client with a secret, and with AdminInitiateAuth', async () => {
      const { client, poolId, appClient } = context();
      const { clientId, clientSecret } = appClient('with-secret');
      const hash = createSecretHash('alice', clientId, clientSecret ?? '');
      const session = createSrpSession('alice', PASSWORD, poolId, false);
      await rejectsWith(startSrp(session, 'with-secret', 'alice'), 'NotAuthorizedException', /SECRET_HASH was not received/);
      const challenge = await startSrp(session, 'with-secret', 'alice', hash);
      assert.ok((await proveSrp(session, challenge, 'with-secret', hash)).AuthenticationResult?.AccessToken);

      const adminSession = createSrpSession('bob', PASSWORD, poolId, false);
      const adminChallenge = await client.send(
        new AdminInitiateAuthCommand({
          UserPoolId: poolId,
          ClientId: appClient('open').clientId,
          AuthFlow: 'USER_SRP_AUTH',
          AuthParameters: { USERNAME: 'bob', SRP_A: adminSession.largeA },
        }),
      );
      const adminAnswer = await client.send(
        new AdminRespondToAuthChallengeCommand(
          wrapAuthChallenge<AdminRespondToAuthChallengeCommandInput>(signSrpSession(adminSession, adminChallenge), {
            UserPoolId: poolId,
            ClientId: appClient('open').clientId,
            ChallengeName: 'PASSWORD_VERIFIER',
            Session: adminChallenge.Session,
            ChallengeResponses: { USERNAME: 'bob' },
          }),
        ),
      );
      assert.ok(adminAnswer.AuthenticationResult?.IdToken);
    });

    it('refuses a wrong password with NotAuthorizedException, and a SECRET_BLOCK answered twice', async () => {
      const { poolId } = context();
      const wrong = createSrpSession('alice', 'Wrong-Horse1', poolId, false);
      const challenge = await startSrp(wrong, 'open', 'alice');
      await rejectsWith(proveSrp(wrong, challenge, 'open'), 'NotAuthorizedException', 'Incorrect username or password.');

      const right = createSrpSession('alice', PASSWORD, poolId, false);
      const once = await startSrp(right, 'open', 'alice');
      await proveSrp(right, once, 'open');
      await rejectsWith(proveSrp(right, once, 'open'), 'NotAuthorizedException');
    });

    it('simulates a challenge for an unknown user (same salt and UUID each time), then refuses it', async () => {
      const { poolId } = context();
      const session = createSrpSession('nobody', PASSWORD, poolId, false);
      const first = await startSrp(session, 'open', 'nobody');
      const second = await startSrp(createSrpSession('nobody', PASSWORD, poolId, false), 'open', 'nobody');
      assert.equal(first.ChallengeName, 'PASSWORD_VERIFIER');
      assert.match(first.ChallengeParameters?.USER_ID_FOR_SRP ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(second.ChallengeParameters?.USER_ID_FOR_SRP, first.ChallengeParameters?.USER_ID_FOR_SRP);
      assert.equal(second.ChallengeParameters?.SALT, first.ChallengeParameters?.SALT);
      await rejectsWith(proveSrp(session, first, 'open'), 'NotAuthorizedException', 'Incorrect username or password.');

      await rejectsWith(startSrp(session, 'legacy-errors', 'nobody'), 'UserNotFoundException', 'User does not exist.');
    });

    it('refuses at InitiateAuth a disabled user, a client without SRP and a zero SRP_A', async () => {
      const { client, poolId, appClient } = context();
      await rejectsWith(startSrp(createSrpSession('disabled', PASSWORD, poolId, false), 'open', 'disabled'), 'NotAuthorizedException', 'User is disabled.');
      await rejectsWith(startSrp(createSrpSession('alice', PASSWORD, poolId, false), 'no-revocation', 'alice'), 'InvalidParameterException', 'USER_SRP_AUTH is not enabled for the client.');
      await rejectsWith(
        client.send(new InitiateAuthCommand({ ClientId: appClient('open').clientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'alice', SRP_A: N.toString(16) } })),
        'InvalidParameterException',
      );
    });

    it('moves a user with a temporary password on to NEW_PASSWORD_REQUIRED', async () => {
      const { client, poolId, appClient } = context();
      const session = createSrpSession('newbie-srp', TEMPORARY_PASSWORD, poolId, false);
      const verified = await proveSrp(session, await startSrp(session, 'open', 'newbie-srp'), 'open');
      assert.equal(verified.ChallengeName, 'NEW_PASSWORD_REQUIRED');
      const done = await client.send(
        new RespondToAuthChallengeCommand({
          ClientId: appClient('open').clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: verified.Session,
          ChallengeResponses: { USERNAME: 'newbie-srp', NEW_PASSWORD: 'Brand-New1' },
        }),
      );
      assert.ok(done.AuthenticationResult?.IdToken);
      const again = createSrpSession('newbie-srp', 'Brand-New1', poolId, false);
      assert.ok((await proveSrp(again, await startSrp(again, 'open', 'newbie-srp'), 'open')).AuthenticationResult?.IdToken);
    });
  });

  describe('TIMESTAMP and the session clock', () => {
    // 5 September: the day of month is one digit, which Cognito does not pad.
    let clock = Date.UTC(2018, 8, 5, 0, 9, 40);
    const context = useSignInDouble({ pools: [SIGN_IN_POOL], now: () => clock });

    const prove = async (timestamp: string | undefined, advanceMs = 0) => {
      const { client, poolId, appClient } = context();
      const clientId = appClient('open').clientId;
      const session = createSrpSession('alice', PASSWORD, poolId, false);
      if (timestamp !== undefined) session.timestamp = timestamp;
      const challenge = await client.send(
        new InitiateAuthCommand(wrapInitiateAuth<InitiateAuthCommandInput>(session, { ClientId: clientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'alice' } })),
      );
      clock += advanceMs;
      return client.send(
        new RespondToAuthChallengeCommand(
          wrapAuthChallenge<RespondToAuthChallengeCommandInput>(signSrpSession(session, challenge), {
            ClientId: clientId,
            ChallengeName: 'PASSWORD_VERIFIER',
            ChallengeResponses: { USERNAME: 'alice' },
          }),
        ),
      );
    };

    it('takes Cognito\'s form, day not padded; a padded day fails as a wrong password does', async () => {
      assert.ok((await prove('Wed Sep 5 00:09:40 UTC 2018')).AuthenticationResult?.IdToken);
      await rejectsWith(prove('Wed Sep 05 00:09:40 UTC 2018'), 'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('refuses a TIMESTAMP in another format, or far from the server clock', async () => {
      await rejectsWith(prove('2018-09-05T00:09:40Z'), 'InvalidParameterException', 'TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.');
      await rejectsWith(prove('Wed Sep 5 01:09:40 UTC 2018'), 'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('refuses an answer after the 3-minute session', async () => {
      clock = Date.UTC(2018, 8, 5, 0, 9, 40);
      await rejectsWith(prove('Wed Sep 5 00:13:40 UTC 2018', 4 * 60_000), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
    });
  });
});
