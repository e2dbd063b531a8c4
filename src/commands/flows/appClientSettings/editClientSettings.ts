import type { ClientRef } from '../../../connection/connections';
import type { AppClientChange, AuthFlow } from '../../../shared/types';
import { checkAuthSessionMinutes, checkGracePeriodSeconds } from '../../../validation/appClientSettings';
import { checkAppClientName } from '../../../validation/names';
import { allowNames } from '../authFlowPick';
import { confirmChanges, type SettingChange } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { clientSteps } from '../targetSteps';
import { askOnOff, currentClientStep, onOff, saveClientChange, type ClientEditAnswers } from './clientEdit';

// Edit App Client Settings…: the client's name, prevent user existence errors, token revocation, how long a
// sign-in's session lasts between its steps (3–15 minutes), and refresh token rotation with its grace period
// (0–60 seconds, asked only with rotation on), each pre-filled with the current value. AWS refuses
// ALLOW_REFRESH_TOKEN_AUTH beside rotation (authFlowPick.ts), so turning rotation on takes that flow out and
// turning it off puts it back (refresh tokens are always allowed on a client that does not rotate them);
// the summary lists that too.

const TITLE = 'Edit App Client Settings';
const REFRESH: AuthFlow = 'ALLOW_REFRESH_TOKEN_AUTH';

interface EditClientSettingsAnswers extends ClientEditAnswers {
  name: string;
  preventErrors: boolean;
  revocation: boolean;
  sessionMinutes: number;
  rotation: boolean;
  graceSeconds: number;
}

export async function editClientSettings(deps: FlowDeps, given?: ClientRef): Promise<AppClientChange> {
  const { prompter } = deps;
  return runFlow<EditClientSettingsAnswers, AppClientChange>({
    title: TITLE,
    given: { client: given },
    steps: [
      ...clientSteps<EditClientSettingsAnswers>(deps),
      currentClientStep<EditClientSettingsAnswers>(deps),
      {
        fills: 'name',
        ask: ({ current }, step) =>
          prompter.input({ ...step, prompt: 'App client name: letters, digits, spaces and + = , . @ - _ (the App Client Id stays the same)', value: current.name, placeholder: current.name, validate: checkAppClientName }),
      },
      {
        fills: 'preventErrors',
        ask: ({ current }, step) =>
          askOnOff(prompter, step, {
            placeholder: 'Prevent user existence errors',
            current: current.settings.preventUserExistenceErrors === 'ENABLED',
            on: 'ENABLED: sign-in and recovery answer the same whether or not the user exists',
            off: 'LEGACY: errors say UserNotFoundException when a user does not exist',
          }),
      },
      {
        fills: 'revocation',
        ask: ({ current }, step) =>
          askOnOff(prompter, step, {
            placeholder: 'Token revocation (RevokeToken)',
            current: current.settings.tokenRevocation !== false,
            on: 'Refresh tokens can be revoked, and the access and ID tokens they gave with them',
            off: 'RevokeToken is refused for this client',
          }),
      },
      {
        fills: 'sessionMinutes',
        ask: ({ current }, step) =>
          prompter
            .input({
              ...step,
              prompt: 'Minutes a sign-in session lasts between its steps (3–15), e.g. while a user types an MFA code',
              value: String(current.settings.authSessionMinutes),
              placeholder: String(current.settings.authSessionMinutes),
              validate: checkAuthSessionMinutes,
            })
            .then(Number),
      },
      {
        fills: 'rotation',
        ask: ({ current }, step) =>
          askOnOff(prompter, step, {
            placeholder: 'Refresh token rotation',
            current: current.rotatesRefreshTokens === true,
            on: 'Each refresh (GetTokensFromRefreshToken) returns a new refresh token; ALLOW_REFRESH_TOKEN_AUTH goes off',
            off: 'A refresh token stays the same until it expires; refresh with REFRESH_TOKEN_AUTH',
          }),
      },
      {
        fills: 'graceSeconds',
        skip: (a) => a.rotation === false,
        ask: ({ current }, step) =>
          prompter
            .input({
              ...step,
              prompt: 'Seconds the previous refresh token keeps working after a rotation (0–60), for retries',
              value: String(current.settings.rotationGracePeriodSeconds ?? 0),
              placeholder: '0',
              validate: checkGracePeriodSeconds,
            })
            .then(Number),
      },
      confirmChanges<EditClientSettingsAnswers>(deps, {
        subject: ({ client }) => `the settings of ${client.client.name}`,
        changes: (a) => settingChanges(a),
        consequence: (a) => consequenceOf(a),
      }),
    ],
    execute: (answers) => saveClientChange(deps, answers.client, changeOf(answers), 'settings saved'),
  });
}

const rotationText = (on: boolean, grace: number | undefined) => (on ? `on (${grace ?? 0} s grace period)` : 'off');

function settingChanges({ current, name, preventErrors, revocation, sessionMinutes, rotation, graceSeconds }: EditClientSettingsAnswers): SettingChange[] {
  const s = current.settings;
  const flowsNow = current.authFlows.join(', ');
  return [
    { setting: 'Name', before: current.name, after: name },
    { setting: 'Prevent user existence errors', before: s.preventUserExistenceErrors ?? 'LEGACY', after: preventErrors ? 'ENABLED' : 'LEGACY' },
    { setting: 'Token revocation', before: onOff(s.tokenRevocation !== false), after: onOff(revocation) },
    { setting: 'Sign-in session', before: `${s.authSessionMinutes} minutes`, after: `${sessionMinutes} minutes` },
    { setting: 'Refresh token rotation', before: rotationText(current.rotatesRefreshTokens === true, s.rotationGracePeriodSeconds), after: rotationText(rotation, rotation ? graceSeconds : undefined) },
    { setting: 'Authentication flows', before: flowsNow, after: flowsAfter(current.authFlows, current.rotatesRefreshTokens === true, rotation)?.join(', ') ?? flowsNow },
  ];
}

/** The flows to send when rotation is turned on or off (refresh out, or back in); undefined when it stays. */
function flowsAfter(flows: readonly string[], rotatesNow: boolean, rotation: boolean): AuthFlow[] | undefined {
  if (rotatesNow === rotation) return undefined;
  const allowed = allowNames(flows).filter((f) => f !== REFRESH) as AuthFlow[];
  return rotation ? allowed : [...allowed, REFRESH];
}

function changeOf({ current, name, preventErrors, revocation, sessionMinutes, rotation, graceSeconds }: EditClientSettingsAnswers): AppClientChange {
  const s = current.settings;
  const rotatesNow = current.rotatesRefreshTokens === true;
  const rotationChanged = rotatesNow !== rotation || (rotation && (s.rotationGracePeriodSeconds ?? 0) !== graceSeconds);
  const authFlows = flowsAfter(current.authFlows, rotatesNow, rotation);
  return {
    ...(name !== current.name && { name }),
    ...(preventErrors !== (s.preventUserExistenceErrors === 'ENABLED') && { preventUserExistenceErrors: preventErrors }),
    ...(revocation !== (s.tokenRevocation !== false) && { tokenRevocation: revocation }),
    ...(sessionMinutes !== s.authSessionMinutes && { authSessionMinutes: sessionMinutes }),
    ...(rotationChanged && { refreshTokenRotation: rotation ? { enabled: true, gracePeriodSeconds: graceSeconds } : { enabled: false } }),
    ...(authFlows && { authFlows }),
  };
}

/** One sentence: what the change means for the tokens people already hold. */
function consequenceOf(answers: EditClientSettingsAnswers): string {
  const change = changeOf(answers);
  const parts: string[] = [];
  if (change.refreshTokenRotation?.enabled && !answers.current.rotatesRefreshTokens) parts.push('refresh tokens already issued work only through GetTokensFromRefreshToken from now on, and each refresh replaces them (REFRESH_TOKEN_AUTH is refused)');
  else if (change.refreshTokenRotation && !change.refreshTokenRotation.enabled) parts.push('refresh tokens already issued stop rotating and refresh again with REFRESH_TOKEN_AUTH');
  else if (change.refreshTokenRotation) parts.push('the new grace period applies to the next rotation of each refresh token');
  if (change.tokenRevocation === false) parts.push('tokens can no longer be revoked, those already issued included');
  if (change.tokenRevocation === true) parts.push('only tokens issued from now on can be revoked');
  if (change.authSessionMinutes !== undefined) parts.push('the session length applies to sign-ins started from now on');
  if (change.name !== undefined) parts.push('the App Client Id stays the same, so apps and issued tokens keep working under the new name');
  if (change.preventUserExistenceErrors !== undefined) parts.push('issued tokens are unaffected; only the errors of sign-in and recovery change');
  const sentence = parts.join('; ');
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : 'Issued tokens are unaffected.';
}
