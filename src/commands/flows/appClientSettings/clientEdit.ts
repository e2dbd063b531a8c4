import type { ClientRef, PoolRef } from '../../../connection/connections';
import type { AppClientChange, AppClientDetails, AppClientSettings, OAuthFlow, OAuthSettings } from '../../../shared/types';
import { appClientNode } from '../../../tree/nodes';
import type { PickItem, Prompter, StepInfo } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import type { LoadStep } from '../steps';

// What the three app-client edits share: the client's current configuration as their pre-fill, the one
// update that sends only the change (AppClientsApi.update keeps every other member), and what follows it:
// an open App Client Details renders again, and a renamed client's row shows its new name at once.

export interface ClientEditAnswers {
  clientPool: PoolRef;
  client: ClientRef;
  current: AppClientDetails & { settings: AppClientSettings };
}

/** Loads the client as DescribeUserPoolClient tells it now, settings included. */
export function currentClientStep<A extends ClientEditAnswers>(deps: FlowDeps): LoadStep<A, 'current'> {
  return {
    fills: 'current',
    load: async ({ client: { connectionId, client } }) => {
      const current = await deps.connections.cognito(connectionId).clients.describe(client.userPoolId, client.clientId);
      // describe() always tells the settings; a stand-in without them gets Cognito's defaults' shape here.
      return { ...current, settings: current.settings ?? NO_SETTINGS } as A['current'];
    },
  };
}

const NO_SETTINGS: AppClientSettings = {
  accessToken: { value: 60, unit: 'minutes' },
  idToken: { value: 60, unit: 'minutes' },
  refreshToken: { value: 30, unit: 'days' },
  oauthFlows: [],
  oauthScopes: [],
  callbackUrls: [],
  logoutUrls: [],
  identityProviders: [],
  readAttributes: [],
  writeAttributes: [],
  authSessionMinutes: 3,
};

/** Sends the change, then refreshes what shows the client. Returns the change. */
export async function saveClientChange(deps: FlowDeps, { connectionId, client }: ClientRef, change: AppClientChange, done: string): Promise<AppClientChange> {
  const cognito = deps.connections.cognito(connectionId);
  const renamed = change.name !== undefined && change.name !== client.name ? { ...client, name: change.name } : undefined;
  await deps.feedback.progress(`Updating ${client.name}…`, () => cognito.clients.update(client.userPoolId, client.clientId, change));
  if (renamed) await deps.tree.itemChanged(appClientNode(connectionId, renamed));
  deps.details.changed(appClientNode(connectionId, client).key);
  deps.feedback.status(`$(check) ${renamed?.name ?? client.name}: ${done}`);
  return change;
}

/** A pick of on or off, the current one first and marked. */
export function askOnOff(prompter: Prompter, step: StepInfo, question: { placeholder: string; current: boolean; on: string; off: string }): Promise<boolean> {
  const items: PickItem<boolean>[] = [
    { label: 'On', detail: question.on, value: true },
    { label: 'Off', detail: question.off, value: false },
  ].map((item) => (item.value === question.current ? { ...item, description: 'current' } : item));
  if (!question.current) items.reverse();
  return prompter.pick(items, { ...step, placeholder: question.placeholder });
}

export const onOff = (value: boolean | undefined) => (value === undefined ? 'unknown' : value ? 'on' : 'off');

/** The client's OAuth settings as DescribeUserPoolClient tells them, to send back with one member changed. */
export function oauthSettingsOf(settings: AppClientSettings, enabled: boolean): OAuthSettings {
  const { oauthFlows, oauthScopes, callbackUrls, logoutUrls, identityProviders } = settings;
  return { enabled, flows: oauthFlows as OAuthFlow[], scopes: oauthScopes, callbackUrls, logoutUrls, identityProviders };
}
