import type { ViewImage, ViewModel } from '../../shared/views/viewModel';

// Set Up Authenticator App's view: while the person scans, the otpauth:// URI as a QR code and its secret as
// text (with a copy button); once the code is verified (or the set-up stopped), only what happened, without
// the secret or the QR code. The panel reads this afresh on every render, so a page loaded after the set-up
// never receives the secret.

export type AuthenticatorSetUp =
  /** `qr`: the otpauth:// URI as a QR code picture (made by FlowDeps.authenticatorKit). */
  | { phase: 'scan'; qr: ViewImage; secret: string }
  | { phase: 'done'; remembered: boolean }
  | { phase: 'stopped' };

export interface AuthenticatorSubject {
  username: string;
  poolName: string;
}

export function authenticatorQrAlt(username: string): string {
  return `QR code of the authenticator app's set-up key for ${username}`;
}

export function authenticatorTitle(username: string): string {
  return `Authenticator app for ${username}`;
}

export function authenticatorModel({ username, poolName }: AuthenticatorSubject, state: AuthenticatorSetUp): ViewModel {
  const title = authenticatorTitle(username);
  const who = [
    { id: 'account', label: 'Account', value: username },
    { id: 'issuer', label: 'Issuer (user pool)', value: poolName },
  ];
  if (state.phase === 'scan') {
    return {
      title,
      lead: `Scan the QR code with an authenticator app (or type the secret into it), then type the 6-digit code the app shows into the box at the top of VS Code.`,
      actions: [],
      sections: [
        {
          title: 'Set-up key',
          fields: [{ id: 'secret', label: 'Secret', value: state.secret, mono: true, copy: true, hint: 'Type this into the app instead of scanning; it is shown only during the set-up.' }, ...who],
          images: [state.qr],
        },
      ],
    };
  }
  if (state.phase === 'stopped') {
    return { title, lead: `The set-up stopped before the code was checked: ${username} has no authenticator app from it. Run Set Up Authenticator App… to start again.`, actions: [], sections: [{ title: 'Authenticator app', fields: who }] };
  }
  return {
    title,
    lead: `The authenticator app is set up for ${username}, enabled and preferred: Cognito asks it for a code when ${username} signs in.`,
    actions: [],
    sections: [
      {
        title: 'Authenticator app',
        fields: [
          { id: 'status', label: 'Status', value: 'Set up' },
          ...who,
          { id: 'remembered', label: 'Remembered in VS Code', value: state.remembered ? "Yes: later sign-ins here answer with its code (Forget Authenticator removes it)" : 'No' },
        ],
      },
    ],
  };
}
