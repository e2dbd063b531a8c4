import type { ClientRef } from '../../../connection/connections';
import { listAll } from '../../../shared/paging';
import { CognitoError } from '../../../shared/errors';
import { customScope, type AppClientChange, type OAuthFlow, type OAuthSettings } from '../../../shared/types';
import { NothingToPick, type PickItem, type Prompter, type StepInfo } from '../../../ui/prompter';
import { checkUrls, urlList } from '../../../validation/oauth';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { MAX_PAGES } from '../pickers';
import { runFlow } from '../steps';
import { clientSteps } from '../targetSteps';
import { askOnOff, currentClientStep, oauthSettingsOf, onOff, saveClientChange, type ClientEditAnswers } from './clientEdit';

// Edit OAuth Settings…: whether the client may use OAuth 2.0 at all (AllowedOAuthFlowsUserPoolClient), then
// its flows, scopes, callback and sign-out URLs and identity providers, each pre-filled with the client's.
// AWS's rules as you choose (CreateUserPoolClient, API reference): client_credentials only alone and only
// for a client with a secret, and it takes custom scopes only (openid is refused beside it); the code and
// implicit grants need a callback URL; the URLs as src/validation/oauth.ts checks them. The scopes are the
// standard ones and the custom `<identifier>/<scope>` of the pool's resource servers; the identity providers
// COGNITO and the pool's federated ones (ListIdentityProviders). With OAuth off the
// lists stay as they are. Sent as the whole configuration with only these members changed (clientEdit.ts).

const TITLE = 'Edit OAuth Settings';
const STANDARD_SCOPES = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];
const FLOWS: { flow: OAuthFlow; detail: string }[] = [
  { flow: 'code', detail: 'Authorization code grant: the app exchanges a code for tokens (with PKCE for public clients)' },
  { flow: 'implicit', detail: 'Implicit grant: tokens in the redirect URL; only for apps that cannot use the code grant' },
  { flow: 'client_credentials', detail: 'Client credentials: machine to machine with the client secret and custom scopes' },
];

/** The new settings, plus what the pool offers to choose from. */
interface EditOAuthAnswers extends ClientEditAnswers, OAuthSettings {
  customScopes: string[];
  poolProviders: string[];
}

const isOff = (a: Partial<EditOAuthAnswers>) => a.enabled === false;

export async function editOAuthSettings(deps: FlowDeps, given?: ClientRef): Promise<AppClientChange> {
  const { prompter } = deps;
  return runFlow<EditOAuthAnswers, AppClientChange>({
    title: TITLE,
    given: { client: given },
    steps: [
      ...clientSteps<EditOAuthAnswers>(deps),
      currentClientStep<EditOAuthAnswers>(deps),
      { fills: 'customScopes', load: ({ client }) => customScopesOf(deps, client) },
      { fills: 'poolProviders', load: ({ client }) => providersOf(deps, client) },
      {
        fills: 'enabled',
        ask: ({ current }, step) =>
          askOnOff(prompter, step, {
            placeholder: 'OAuth 2.0 for this client (managed login, the authorize and token endpoints)',
            current: current.settings.oauthEnabled === true,
            on: 'The client may use the OAuth flows, scopes and URLs that follow',
            off: 'No OAuth: the client signs in through the API only (its OAuth lists are kept as they are)',
          }),
      },
      { fills: 'flows', skip: isOff, ask: ({ current }, step) => askFlows(prompter, step, current.settings.oauthFlows, current.hasSecret) },
      { fills: 'scopes', skip: isOff, ask: ({ current, customScopes, flows }, step) => askScopes(prompter, step, current.settings.oauthScopes, customScopes, flows) },
      {
        fills: 'callbackUrls',
        skip: isOff,
        ask: async ({ current, flows }, step) => {
          const required = flows.includes('code') || flows.includes('implicit');
          const typed = await prompter.input({
            ...step,
            prompt: `Callback URLs${required ? '' : ' (optional)'}, separated by spaces: https, or http://localhost; no #fragment; at most 100`,
            value: current.settings.callbackUrls.join(' '),
            placeholder: 'https://app.example.com/callback http://localhost:3000/callback',
            validate: (value) => checkUrls(value, required),
          });
          return urlList(typed);
        },
      },
      {
        fills: 'logoutUrls',
        skip: isOff,
        ask: async ({ current }, step) =>
          urlList(
            await prompter.input({
              ...step,
              prompt: 'Sign-out URLs (optional), separated by spaces: where the logout endpoint may redirect',
              value: current.settings.logoutUrls.join(' '),
              placeholder: 'https://app.example.com/',
              validate: (value) => checkUrls(value, false),
            }),
          ),
      },
      { fills: 'identityProviders', skip: isOff, ask: ({ current, poolProviders }, step) => askProviders(prompter, step, current.settings.identityProviders, poolProviders) },
      confirmChanges<EditOAuthAnswers>(deps, {
        subject: ({ client }) => `the OAuth settings of ${client.client.name}`,
        changes: (answers) => {
          const { settings } = answers.current;
          const after = chosen(answers);
          const list = (items: string[]) => (items.length > 0 ? items.join(', ') : 'none');
          return [
            { setting: 'OAuth', before: onOff(settings.oauthEnabled === true), after: onOff(after.enabled) },
            { setting: 'OAuth flows', before: list(settings.oauthFlows), after: list(after.flows) },
            { setting: 'Scopes', before: list(settings.oauthScopes), after: list(after.scopes) },
            { setting: 'Callback URLs', before: list(settings.callbackUrls), after: list(after.callbackUrls) },
            { setting: 'Sign-out URLs', before: list(settings.logoutUrls), after: list(after.logoutUrls) },
            { setting: 'Identity providers', before: list(settings.identityProviders), after: list(after.identityProviders) },
          ];
        },
        consequence: ({ enabled }) =>
          enabled
            ? 'Sign-ins through managed login and the token endpoint follow the new settings at once; tokens already issued keep their scopes until they expire.'
            : 'Managed login and the token endpoint refuse this client from now on; tokens already issued stay valid until they expire.',
      }),
    ],
    execute: (answers) => saveClientChange(deps, answers.client, { oauth: chosen(answers) }, answers.enabled ? 'OAuth settings saved' : 'OAuth turned off'),
  });
}

/** What is sent: the answers, or with OAuth off the client's lists as they are. */
function chosen(answers: EditOAuthAnswers): OAuthSettings {
  const { settings } = answers.current;
  if (!answers.enabled) {
    return oauthSettingsOf(settings, false);
  }
  const { flows, scopes, callbackUrls, logoutUrls, identityProviders } = answers;
  return { enabled: true, flows, scopes, callbackUrls, logoutUrls, identityProviders };
}

/** Every custom scope of the pool's resource servers; none where the endpoint has no resource servers (an emulator). */
async function customScopesOf(deps: FlowDeps, { connectionId, client }: ClientRef): Promise<string[]> {
  const cognito = deps.connections.cognito(connectionId);
  try {
    const servers = await listAll((token) => cognito.resourceServers.list(client.userPoolId, token), MAX_PAGES);
    return servers.flatMap((server) => server.scopes.map((scope) => customScope(server, scope)));
  } catch (error) {
    if (error instanceof CognitoError && error.kind === 'unsupported') return [];
    throw error;
  }
}

/** The names of the pool's federated identity providers; none where the endpoint lists none (an emulator). */
async function providersOf(deps: FlowDeps, { connectionId, client }: ClientRef): Promise<string[]> {
  const cognito = deps.connections.cognito(connectionId);
  try {
    return (await listAll((token) => cognito.identityProviders.list(client.userPoolId, token), MAX_PAGES)).map((p) => p.name);
  } catch (error) {
    if (error instanceof CognitoError && error.kind === 'unsupported') return [];
    throw error;
  }
}

/** A multi-pick that asks again, saying why, while `problem` finds one. */
async function pickUntilValid<T>(prompter: Prompter, step: StepInfo, items: PickItem<T>[], placeholder: string, problem: (chosen: T[]) => string | undefined): Promise<T[]> {
  let why = '';
  for (;;) {
    const picked = await prompter.pickMany(items, { ...step, placeholder: `${why}${placeholder}` });
    const found = problem(picked);
    if (!found) return picked;
    why = `${found} `;
    items = items.map((item) => ({ ...item, picked: picked.includes(item.value) }));
  }
}

function askFlows(prompter: Prompter, step: StepInfo, current: string[], hasSecret: boolean): Promise<OAuthFlow[]> {
  const items = FLOWS.map(({ flow, detail }) => ({ label: flow, detail: flow === 'client_credentials' && !hasSecret ? `${detail} (needs a client secret: this client has none)` : detail, value: flow, picked: current.includes(flow) }));
  return pickUntilValid(prompter, step, items, 'OAuth flows the client may use', (flows) => {
    if (flows.length === 0) return 'Choose at least one flow, or turn OAuth off.';
    if (flows.includes('client_credentials') && flows.length > 1) return 'client_credentials cannot be combined with code or implicit.';
    if (flows.includes('client_credentials') && !hasSecret) return 'client_credentials needs a client with a secret; this one has none.';
    return undefined;
  });
}

function askScopes(prompter: Prompter, step: StepInfo, current: string[], custom: string[], flows: OAuthFlow[]): Promise<string[]> {
  // Client credentials issues access tokens for custom scopes only: AWS refuses openid beside it.
  const machine = flows.includes('client_credentials');
  const offered = machine ? custom : [...STANDARD_SCOPES, ...custom];
  if (offered.length === 0) throw new NothingToPick('client_credentials needs a custom scope, and this pool’s resource servers define none; create a resource server with a scope first.');
  const items = offered.map((scope) => ({ label: scope, description: custom.includes(scope) ? 'custom' : undefined, value: scope, picked: current.includes(scope) }));
  return pickUntilValid(prompter, step, items, 'Scopes the client may ask for', (scopes) => (scopes.length === 0 ? 'Choose at least one scope.' : undefined));
}

function askProviders(prompter: Prompter, step: StepInfo, current: string[], pool: string[]): Promise<string[]> {
  // COGNITO, the pool's providers, and any the client names that the listing did not (kept on offer, not lost).
  const offered = [...new Set(['COGNITO', ...pool, ...current])];
  const items = offered.map((provider) => ({ label: provider, detail: provider === 'COGNITO' ? 'The user pool’s own users' : undefined, value: provider, picked: current.length === 0 ? provider === 'COGNITO' : current.includes(provider) }));
  return pickUntilValid(prompter, step, items, 'Identity providers users may sign in with', (providers) => (providers.length === 0 ? 'Choose at least one identity provider.' : undefined));
}
