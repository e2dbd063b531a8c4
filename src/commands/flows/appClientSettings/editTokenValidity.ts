import type { ClientRef } from '../../../connection/connections';
import type { AppClientChange, TokenValidity } from '../../../shared/types';
import { checkLifetime, checkRefreshOutlives, lifetimeText, parseLifetime, type TokenKind } from '../../../validation/appClientSettings';
import type { StepInfo } from '../../../ui/prompter';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { clientSteps } from '../targetSteps';
import { currentClientStep, saveClientChange, type ClientEditAnswers } from './clientEdit';

// Edit Token Validity…: the access, ID and refresh tokens' lifetimes, each typed with its unit ("45 minutes")
// and pre-filled with the current one, checked as typed in that unit against AWS's ranges, the refresh token
// no shorter than the other two; then a summary of what changes, and one update that sends the lifetimes
// with their units and every other member of the client as it is.

const TITLE = 'Edit Token Validity';

interface EditTokenValidityAnswers extends ClientEditAnswers {
  access: TokenValidity;
  id: TokenValidity;
  refresh: TokenValidity;
}

const LABELS: Record<TokenKind, string> = { access: 'Access token valid for', id: 'ID token valid for', refresh: 'Refresh token valid for' };
const RANGES: Record<TokenKind, string> = { access: '5 minutes to 1 day', id: '5 minutes to 1 day', refresh: '60 minutes to 10 years' };

export async function editTokenValidity(deps: FlowDeps, given?: ClientRef): Promise<AppClientChange> {
  const ask = (kind: TokenKind, current: TokenValidity, step: StepInfo, also: (lifetime: TokenValidity) => string | undefined = () => undefined) =>
    deps.prompter
      .input({
        ...step,
        prompt: `${LABELS[kind]} (${RANGES[kind]}): a number and minutes, hours or days`,
        placeholder: lifetimeText(current),
        value: lifetimeText(current),
        validate: (text) => checkLifetime(kind, text) ?? also(parseLifetime(text) as TokenValidity),
      })
      .then((text) => parseLifetime(text) as TokenValidity);
  return runFlow<EditTokenValidityAnswers, AppClientChange>({
    title: TITLE,
    given: { client: given },
    steps: [
      ...clientSteps<EditTokenValidityAnswers>(deps),
      currentClientStep<EditTokenValidityAnswers>(deps),
      { fills: 'access', ask: ({ current }, step) => ask('access', current.settings.accessToken, step) },
      { fills: 'id', ask: ({ current }, step) => ask('id', current.settings.idToken, step) },
      { fills: 'refresh', ask: ({ current, access, id }, step) => ask('refresh', current.settings.refreshToken, step, (refresh) => checkRefreshOutlives(refresh, access, id)) },
      confirmChanges<EditTokenValidityAnswers>(deps, {
        subject: ({ client }) => `the token lifetimes of ${client.client.name}`,
        changes: ({ current: { settings }, access, id, refresh }) => [
          { setting: LABELS.access, before: lifetimeText(settings.accessToken), after: lifetimeText(access) },
          { setting: LABELS.id, before: lifetimeText(settings.idToken), after: lifetimeText(id) },
          { setting: LABELS.refresh, before: lifetimeText(settings.refreshToken), after: lifetimeText(refresh) },
        ],
        consequence: () => 'Tokens already issued keep the lifetime they were issued with; the new lifetimes apply from the next sign-in or refresh.',
      }),
    ],
    execute: ({ client, current: { settings }, access, id, refresh }) => {
      // Only what differs is sent as changed (a lifetime and its unit together); the rest goes back as it is.
      const differs = (before: TokenValidity, after: TokenValidity) => before.value !== after.value || before.unit !== after.unit;
      const change: AppClientChange = {
        ...(differs(settings.accessToken, access) && { accessToken: access }),
        ...(differs(settings.idToken, id) && { idToken: id }),
        ...(differs(settings.refreshToken, refresh) && { refreshToken: refresh }),
      };
      return saveClientChange(deps, client, change, `access ${lifetimeText(access)}, ID ${lifetimeText(id)}, refresh ${lifetimeText(refresh)}`);
    },
  });
}
