// An identity pool's configuration as CreateIdentityPool and UpdateIdentityPool carry it, checked as the
// Amazon Cognito Identity API reference constrains each member (API_CreateIdentityPool.html,
// API_UpdateIdentityPool.html, API_CognitoIdentityProvider.html), refused with InvalidParameterException
// "1 validation error detected: …" as the service's validation answers. Both requests carry the whole
// configuration: UpdateIdentityPool takes what CreateIdentityPool takes, so a member it leaves out is reset
// (the reference's "If you don't provide a value for a parameter, Amazon Cognito sets it to its default value").
import { validationError } from './requests';
import { ServiceError, type Input } from './server';

export interface CognitoProvider {
  ProviderName: string;
  ClientId: string;
  ServerSideTokenCheck?: boolean;
}

/** The configuration DescribeIdentityPool reports (its members as the reference names them). */
export interface IdentityPoolConfig {
  IdentityPoolName: string;
  AllowUnauthenticatedIdentities: boolean;
  AllowClassicFlow: boolean;
  SupportedLoginProviders?: Record<string, string>;
  DeveloperProviderName?: string;
  OpenIdConnectProviderARNs?: string[];
  CognitoIdentityProviders?: CognitoProvider[];
  SamlProviderARNs?: string[];
  IdentityPoolTags: Record<string, string>;
}

const NAME = /^[\w\s+=,.@-]+$/; // IdentityPoolName: 1–128 of [\w\s+=,.@-]+
const DEVELOPER_PROVIDER = /^[\w._-]+$/; // DeveloperProviderName: 1–128 of [\w._-]+
const PROVIDER_NAME = /^[\w._:/-]+$/; // CognitoIdentityProvider.ProviderName: 1–128 of [\w._:/-]+
const CLIENT_ID = /^[\w_]+$/; // CognitoIdentityProvider.ClientId: 1–128 of [\w_]+
const LOGIN_PROVIDER_ID = /^[\w.;_/-]+$/; // SupportedLoginProviders values (IdentityProviderId): 1–128

/** The configuration a Create/UpdateIdentityPool request carries, every member checked. */
export function identityPoolConfig(input: Input): IdentityPoolConfig {
  return {
    IdentityPoolName: boundedString(input.IdentityPoolName, 'identityPoolName', 128, NAME, '[\\w\\s+=,.@-]+', true) as string,
    AllowUnauthenticatedIdentities: flag(input.AllowUnauthenticatedIdentities, 'allowUnauthenticatedIdentities', true) ?? false,
    // AllowClassicFlow: "Enables or disables the Basic (Classic) authentication flow"; off unless asked.
    AllowClassicFlow: flag(input.AllowClassicFlow, 'allowClassicFlow', false) ?? false,
    SupportedLoginProviders: loginProviders(input.SupportedLoginProviders),
    DeveloperProviderName: boundedString(input.DeveloperProviderName, 'developerProviderName', 128, DEVELOPER_PROVIDER, '[\\w._-]+', false),
    OpenIdConnectProviderARNs: arns(input.OpenIdConnectProviderARNs, 'openIdConnectProviderARNs'),
    CognitoIdentityProviders: cognitoProviders(input.CognitoIdentityProviders),
    SamlProviderARNs: arns(input.SamlProviderARNs, 'samlProviderARNs'),
    IdentityPoolTags: tags(input.IdentityPoolTags),
  };
}

function boundedString(value: unknown, member: string, max: number, pattern: RegExp | undefined, shown: string, required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required) throw validationError(member, value, 'Member must not be null');
    return undefined;
  }
  if (typeof value !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${member}`);
  if (value.length < 1) throw validationError(member, value, 'Member must have length greater than or equal to 1');
  if (value.length > max) throw validationError(member, value, `Member must have length less than or equal to ${max}`);
  if (pattern && !pattern.test(value)) throw validationError(member, value, `Member must satisfy regular expression pattern: ${shown}`);
  return value;
}

function flag(value: unknown, member: string, required: boolean): boolean | undefined {
  if (value === undefined || value === null) {
    if (required) throw validationError(member, value, 'Member must not be null');
    return undefined;
  }
  if (typeof value !== 'boolean') throw new ServiceError('SerializationException', `Unexpected value for ${member}`);
  return value;
}

function record(value: unknown, member: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServiceError('SerializationException', `Unexpected value for ${member}`);
  return value as Record<string, unknown>;
}

/** SupportedLoginProviders: at most 10 entries, keys 1–128 characters, values IdentityProviderId. */
function loginProviders(value: unknown): Record<string, string> | undefined {
  const map = record(value, 'supportedLoginProviders');
  if (!map) return undefined;
  if (Object.keys(map).length > 10) throw validationError('supportedLoginProviders', '…', 'Member must have length less than or equal to 10');
  const out: Record<string, string> = {};
  for (const [key, id] of Object.entries(map)) {
    boundedString(key, 'supportedLoginProviders', 128, undefined, '', true);
    out[key] = boundedString(id, `supportedLoginProviders.${key}.member`, 128, LOGIN_PROVIDER_ID, '[\\w.;_/-]+', true) as string;
  }
  return out;
}

/** OpenIdConnectProviderARNs / SamlProviderARNs: lists of ARNs, 20–2048 characters each; kept as given. */
function arns(value: unknown, member: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new ServiceError('SerializationException', `Unexpected value for ${member}`);
  return value.map((arn, i) => {
    const text = boundedString(arn, `${member}.${i + 1}.member`, 2048, undefined, '', true) as string;
    if (text.length < 20) throw validationError(`${member}.${i + 1}.member`, text, 'Member must have length greater than or equal to 20');
    return text;
  });
}

/** CognitoIdentityProviders: each ProviderName and ClientId by CognitoIdentityProvider's constraints. */
function cognitoProviders(value: unknown): CognitoProvider[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new ServiceError('SerializationException', 'Unexpected value for cognitoIdentityProviders');
  return value.map((item: unknown, i) => {
    const provider = record(item, 'cognitoIdentityProviders') ?? {};
    const member = (name: string) => `cognitoIdentityProviders.${i + 1}.member.${name}`;
    const check = flag(provider.ServerSideTokenCheck, member('serverSideTokenCheck'), false);
    return {
      ProviderName: boundedString(provider.ProviderName, member('providerName'), 128, PROVIDER_NAME, '[\\w._:/-]+', true) as string,
      ClientId: boundedString(provider.ClientId, member('clientId'), 128, CLIENT_ID, '[\\w_]+', true) as string,
      ...(check === undefined ? {} : { ServerSideTokenCheck: check }),
    };
  });
}

/** IdentityPoolTags: at most 50, keys 1–128, values 0–256 (the reference's IdentityPoolTagsType). */
function tags(value: unknown): Record<string, string> {
  const map = record(value, 'identityPoolTags') ?? {};
  if (Object.keys(map).length > 50) throw validationError('identityPoolTags', '…', 'Member must have length less than or equal to 50');
  for (const [key, tag] of Object.entries(map)) {
    boundedString(key, 'identityPoolTags', 128, undefined, '', true);
    if (typeof tag !== 'string') throw new ServiceError('SerializationException', 'Unexpected value for identityPoolTags');
    if (tag.length > 256) throw validationError(`identityPoolTags.${key}.member`, tag, 'Member must have length less than or equal to 256');
  }
  return map as Record<string, string>;
}

/** What DescribeIdentityPool answers: the id and the configuration, optional members only when set. */
export function describeConfig(id: string, config: IdentityPoolConfig): Input {
  const shown: Input = { IdentityPoolId: id };
  for (const [key, value] of Object.entries(config)) if (value !== undefined) shown[key] = value;
  return shown;
}
