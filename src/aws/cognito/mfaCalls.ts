import { AssociateSoftwareTokenCommand, SetUserMFAPreferenceCommand, VerifySoftwareTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../../shared/errors';
import type { AssociatedSoftwareToken, MfaApi, MfaProof, VerifySoftwareTokenRequest } from '../../shared/types';
import { CallsOn } from './call';

// A user's authenticator app (TOTP): AssociateSoftwareToken, VerifySoftwareToken and SetUserMFAPreference,
// each with the user's access token or an MFA_SETUP challenge's Session. These are the user's own calls
// (no AWS credentials needed by Cognito); nothing here logs a parameter.

export class MfaCalls extends CallsOn implements MfaApi {
  async associateSoftwareToken(proof: MfaProof): Promise<AssociatedSoftwareToken> {
    const out = await this.call('AssociateSoftwareToken', () => this.client.send(new AssociateSoftwareTokenCommand({ AccessToken: proof.accessToken, Session: proof.session })));
    if (!out.SecretCode) throw new CognitoError('Cognito answered without an authenticator secret; try again.', 'unknown');
    return { secretCode: out.SecretCode, session: out.Session };
  }

  async verifySoftwareToken(request: VerifySoftwareTokenRequest): Promise<{ session?: string }> {
    const out = await this.call('VerifySoftwareToken', () =>
      this.client.send(
        new VerifySoftwareTokenCommand({ AccessToken: request.accessToken, Session: request.session, UserCode: request.code, FriendlyDeviceName: request.friendlyDeviceName }),
      ),
    );
    // Status is SUCCESS or ERROR (VerifySoftwareToken, API reference); a wrong code usually throws instead.
    if (out.Status === 'ERROR') throw new CognitoError("Cognito did not accept that code; wait for the authenticator app's next code and set it up again.", 'signInRefused');
    return { session: out.Session };
  }

  async preferSoftwareToken(accessToken: string): Promise<void> {
    await this.call('SetUserMFAPreference', () =>
      this.client.send(new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } })),
    );
  }
}
