// A user's own multi-factor authentication (MfaApi, implemented by src/aws/cognito/mfaCalls.ts): setting up
// an authenticator app (TOTP). Each call proves who the user is either with the user's access token (a
// signed-in user) or with the Session of an MFA_SETUP challenge (a sign-in that must set up MFA first).
// The secret and the codes stay in memory and are never logged.

/** Who the call is for: a signed-in user's access token, or the Session of a sign-in's MFA_SETUP challenge. */
export type MfaProof = { accessToken: string; session?: undefined } | { session: string; accessToken?: undefined };

export interface AssociatedSoftwareToken {
  /** The base32 secret to show once (QR code, text). Never logged, never stored unless the person asks. */
  secretCode: string;
  /** With a Session proof: the Session for VerifySoftwareToken. */
  session?: string;
}

export type VerifySoftwareTokenRequest = MfaProof & {
  /** The 6-digit code the authenticator app shows now. */
  code: string;
  /** The name the user's MFA settings show for this authenticator. */
  friendlyDeviceName: string;
};

export interface MfaApi {
  /** AssociateSoftwareToken: a new secret for the user's authenticator app (replacing any one not yet verified). */
  associateSoftwareToken(proof: MfaProof): Promise<AssociatedSoftwareToken>;
  /** VerifySoftwareToken: the app's code proves it holds the secret; with a Session, answers the Session for
   *  RespondToAuthChallenge MFA_SETUP. A code Cognito refuses throws. */
  verifySoftwareToken(request: VerifySoftwareTokenRequest): Promise<{ session?: string }>;
  /** SetUserMFAPreference: the authenticator app enabled and preferred for the user of this access token. */
  preferSoftwareToken(accessToken: string): Promise<void>;
}
