import type { SignInFlow } from '../shared/types';

// Which flow signs in through an app client, from what the client allows. USER_AUTH (choice-based sign-in)
// comes first: a client that allows it was made for choice-based sign-in (the console's default since late
// 2024), the person then picks the first factor, and its PASSWORD_SRP is as safe as USER_SRP_AUTH. Then the
// classic flows, most secure first: SRP never sends the password; the admin flow sends it, but only with
// IAM credentials; the plain password flow sends it from anywhere. Clients made before 2019 name flows
// without ALLOW_.

const ACCEPTED: Record<SignInFlow, string[]> = {
  USER_AUTH: ['ALLOW_USER_AUTH'],
  USER_SRP_AUTH: ['ALLOW_USER_SRP_AUTH'],
  ADMIN_USER_PASSWORD_AUTH: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'],
  USER_PASSWORD_AUTH: ['ALLOW_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH'],
};

const PREFERRED_FIRST: SignInFlow[] = ['USER_AUTH', 'USER_SRP_AUTH', 'ADMIN_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH'];

/** The flows this client allows that the extension can run, preferred first (empty: none). */
export function signInFlows(allowed: readonly string[]): SignInFlow[] {
  return PREFERRED_FIRST.filter((flow) => ACCEPTED[flow].some((name) => allowed.includes(name)));
}

export function noFlowSentence(clientName: string): string {
  return `The app client "${clientName}" allows none of the sign-in flows this extension can use; enable ALLOW_USER_AUTH or ALLOW_USER_SRP_AUTH (or ALLOW_USER_PASSWORD_AUTH for testing) on it.`;
}
