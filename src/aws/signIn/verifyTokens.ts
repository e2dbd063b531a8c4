import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { jwksUrl } from '../../connection/poolUrls';
import type { TokenChecks, Verification } from '../../views/models/tokensModel';

// Checks a sign-in's ID and access tokens against the pool's published keys with aws-jwt-verify:
// signature, expiry, token use and (ID token) audience. Against AWS the verifier fetches and caches
// the JWKS itself. An emulator endpoint serves its keys over plain http, which aws-jwt-verify does not
// fetch: the keys are fetched here and handed over; its tokens' issuer names the emulator's own host,
// so the issuer is not checked for endpoint connections.

export interface TokensToVerify {
  userPoolId: string;
  clientId: string;
  /** A custom endpoint (emulator); undefined for AWS. */
  endpoint?: string;
  idToken?: string;
  accessToken: string;
}

type Verify = (token: string) => Promise<unknown>;

const awsVerifiers = new Map<string, Verify>();

export async function verifyTokens(input: TokensToVerify): Promise<TokenChecks> {
  const url = jwksUrl(input.userPoolId, input.endpoint);
  let verifiers: { id: Verify; access: Verify };
  try {
    verifiers = input.endpoint ? await endpointVerifiers(input, url) : awsVerifiersFor(input);
  } catch (error) {
    const failed: Verification = { verified: false, detail: `the keys at ${url} could not be read (${errorName(error)})` };
    return { id: input.idToken ? failed : undefined, access: failed };
  }
  return {
    id: input.idToken ? await check(verifiers.id, input.idToken, url) : undefined,
    access: await check(verifiers.access, input.accessToken, url),
  };
}

async function check(verify: Verify, token: string, url: string): Promise<Verification> {
  try {
    await verify(token);
    return { verified: true, detail: `signed by a key of ${url}` };
  } catch (error) {
    // aws-jwt-verify's messages name the failed check (and claim values), never the token itself.
    return { verified: false, detail: `${errorName(error)}: ${error instanceof Error ? error.message : 'verification failed'}` };
  }
}

function awsVerifiersFor({ userPoolId, clientId }: TokensToVerify): { id: Verify; access: Verify } {
  const make = (tokenUse: 'id' | 'access'): Verify => {
    const key = `${userPoolId}|${clientId}|${tokenUse}`;
    let verify = awsVerifiers.get(key);
    if (!verify) {
      const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse });
      verify = (token) => verifier.verify(token);
      awsVerifiers.set(key, verify);
    }
    return verify;
  };
  return { id: make('id'), access: make('access') };
}

async function endpointVerifiers({ clientId }: TokensToVerify, url: string): Promise<{ id: Verify; access: Verify }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const jwks = (await response.json()) as Parameters<JwtVerifier<never, never, false>['cacheJwks']>[0];
  const idVerifier = JwtVerifier.create({ issuer: null, audience: clientId, jwksUri: url });
  const accessVerifier = JwtVerifier.create({ issuer: null, audience: null, jwksUri: url });
  idVerifier.cacheJwks(jwks);
  accessVerifier.cacheJwks(jwks);
  return {
    id: (token) => idVerifier.verify(token, { audience: clientId }),
    access: (token) => accessVerifier.verify(token, { audience: null }),
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
