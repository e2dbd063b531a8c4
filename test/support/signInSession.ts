// One sign-in for the tests of the window's sign-ins, the Tokens view and its actions: every field filled
// with data unlike the defaults (a region other than us-east-1, a typed name unlike Cognito's username, a
// connection that is not the single one), and each test overriding what it is about. A builder per file
// drifted apart as SignInSession grew; this one is where a new field gets its test value once.
import { SignInSessions, type SignInSession } from '../../src/auth/signInSessions';

export type SignInFields = Omit<SignInSession, 'id'>;

export const SIGNED_IN: SignInFields = {
  connectionId: 'conn-7',
  poolName: 'Platypus pool',
  clientName: 'burrow-cli',
  client: { userPoolId: 'eu-north-1_Pl4typus', clientId: 'burrowclient42', hasSecret: false },
  username: 'Perry@Example.org',
  admin: true,
  tokens: { idToken: 'id-token-perry', accessToken: 'access-token-perry', refreshToken: 'refresh-token-perry', expiresIn: 3600 },
  issuedAt: new Date('2026-12-06T21:17:00Z'),
  factors: ['PASSWORD_SRP', 'SMS_MFA'],
};

/** Adds SIGNED_IN with these fields over it to `sessions` (a window's sign-ins) and returns the sign-in, with its id. */
export function addSignIn(sessions: SignInSessions = new SignInSessions(), fields: Partial<SignInFields> = {}): SignInSession {
  return sessions.add({ ...SIGNED_IN, ...fields });
}
