import type { AuthFlow } from '../../shared/types';
import type { Prompter, StepInfo } from '../../ui/prompter';

// The authentication-flows pick of Create App Client and Edit Authentication Flows, and how a client's
// current ExplicitAuthFlows become its pre-selection and go back into the update:
// - a flow the pick does not list (a name AWS adds later) is kept exactly as it was, unseen;
// - the legacy names (no ALLOW_ prefix) are shown as what they allow and saved under their ALLOW_
//   names, because AWS refuses the two kinds in one list (ExplicitAuthFlows, API reference);
// - ALLOW_REFRESH_TOKEN_AUTH is added, except on a client with refresh token rotation, where AWS
//   refuses it (developer guide, "Refresh token rotation": that flow must be off).

const REFRESH: AuthFlow = 'ALLOW_REFRESH_TOKEN_AUTH';

const OFFERED = [
  { label: 'Secure Remote Password (SRP)', value: 'ALLOW_USER_SRP_AUTH', detail: 'Recommended for apps: the password never leaves the device' },
  { label: 'Username and password', value: 'ALLOW_USER_PASSWORD_AUTH', detail: 'Plain password sign-in; handy for testing from scripts' },
  { label: 'Admin username and password', value: 'ALLOW_ADMIN_USER_PASSWORD_AUTH', detail: 'Server-side sign-in with IAM credentials' },
  { label: 'Custom authentication', value: 'ALLOW_CUSTOM_AUTH', detail: 'Lambda-driven challenges' },
  { label: 'Choice-based sign-in', value: 'ALLOW_USER_AUTH', detail: 'USER_AUTH: passwords, passkeys or one-time codes; needs the Essentials feature plan or higher' },
] as const satisfies readonly { label: string; value: AuthFlow; detail: string }[];

const OFFERED_VALUES: readonly string[] = OFFERED.map((item) => item.value);
const LEGACY = ['ADMIN_NO_SRP_AUTH', 'CUSTOM_AUTH_FLOW_ONLY', 'USER_PASSWORD_AUTH'];

/** A client's flows as the pick starts from them. */
export interface CurrentFlows {
  flows: readonly string[];
  /** RefreshTokenRotation is ENABLED on the client. */
  rotatesRefreshTokens: boolean;
}

/** The ALLOW_ flows a list means: legacy names read as what they allowed (SRP stayed on unless CUSTOM_AUTH_FLOW_ONLY). */
export function allowNames(flows: readonly string[]): string[] {
  const legacy = flows.filter((f) => LEGACY.includes(f));
  if (legacy.length === 0) return [...flows];
  const meant = flows.filter((f) => !LEGACY.includes(f));
  if (legacy.includes('ADMIN_NO_SRP_AUTH')) meant.push('ALLOW_ADMIN_USER_PASSWORD_AUTH');
  if (legacy.includes('USER_PASSWORD_AUTH')) meant.push('ALLOW_USER_PASSWORD_AUTH');
  meant.push(legacy.includes('CUSTOM_AUTH_FLOW_ONLY') ? 'ALLOW_CUSTOM_AUTH' : 'ALLOW_USER_SRP_AUTH');
  return meant;
}

/** What is sent: the chosen flows, what the pick does not list, and refresh unless the client rotates. */
export function flowsToSave(chosen: readonly AuthFlow[], current: CurrentFlows): AuthFlow[] {
  const unlisted = allowNames(current.flows).filter((f) => !OFFERED_VALUES.includes(f) && f !== REFRESH) as AuthFlow[];
  return [...chosen, ...unlisted, ...(current.rotatesRefreshTokens ? [] : [REFRESH])];
}

/** Asks until at least one flow is ticked; `current` pre-selects a client's flows (default: SRP alone). */
export async function askAuthFlows(prompter: Prompter, step: StepInfo, current: CurrentFlows = { flows: ['ALLOW_USER_SRP_AUTH'], rotatesRefreshTokens: false }): Promise<AuthFlow[]> {
  const preselected = allowNames(current.flows);
  const legacy = current.flows.filter((f) => LEGACY.includes(f));
  const legacyNote = legacy.length > 0 ? `The legacy names ${legacy.join(', ')} are saved as their ALLOW_ names. ` : '';
  const refreshNote = current.rotatesRefreshTokens
    ? 'this client rotates refresh tokens, so ALLOW_REFRESH_TOKEN_AUTH stays off'
    : 'refresh tokens are always allowed';
  let nothingChosen = false;
  for (;;) {
    const chosen = await prompter.pickMany<AuthFlow>(
      OFFERED.map((item) => ({ label: item.label, description: item.value, detail: item.detail, value: item.value as AuthFlow, picked: preselected.includes(item.value) })),
      { ...step, placeholder: `${nothingChosen ? 'Choose at least one flow. ' : ''}${legacyNote}Authentication flows (${refreshNote})` },
    );
    if (chosen.length > 0) return flowsToSave(chosen, current);
    nothingChosen = true;
  }
}
