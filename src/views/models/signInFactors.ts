// "Signed in with" in the Tokens view: the first factor (or the classic flow) and each MFA challenge
// answered after it, as the sign-in recorded them (SignInSession.factors), in words. A name this file does
// not know is shown as Cognito spells it, so a new factor is never hidden.

const FIRST: Record<string, string> = {
  USER_SRP_AUTH: 'password (SRP)',
  PASSWORD_SRP: 'password (SRP)',
  USER_PASSWORD_AUTH: 'password',
  PASSWORD: 'password',
  ADMIN_USER_PASSWORD_AUTH: 'password (admin sign-in)',
  EMAIL_OTP: 'a code sent by e-mail',
  SMS_OTP: 'a code sent by SMS',
  MANAGED_LOGIN: 'managed login in the browser (authorization code with PKCE)',
};

const THEN: Record<string, string> = {
  SOFTWARE_TOKEN_MFA: 'an authenticator app code',
  SMS_MFA: 'a code sent by SMS',
  EMAIL_OTP: 'a code sent by e-mail',
};

/** "password (SRP), then an authenticator app code"; undefined when nothing was recorded. */
export function signedInWith(factors: readonly string[] | undefined): string | undefined {
  if (!factors || factors.length === 0) return undefined;
  const [first, ...then] = factors;
  return [FIRST[first] ?? first, ...then.map((name) => THEN[name] ?? name)].join(', then ');
}
