// IAM's ListRoles beside the Cognito double, on the same endpoint, for picking an identity pool's roles:
// IAM's query protocol (IAM API reference, "Making query requests": `POST /` with a form body
// `Action=ListRoles&Version=2010-05-08&…`; the answer is XML), written from the reference's ListRoles page
// (IAM/latest/APIReference/API_ListRoles.html) and its Role type (API_Role.html):
// - PathPrefix: "If it is not included, it defaults to a slash (/), listing all roles"; 1–512 of
//   `\u002F[\u0021-\u007F]*`;
// - MaxItems: 1–1000; "If you do not include this parameter, the number of items defaults to 100";
// - Marker: "Set it to the value of the Marker element in the response that you received"; opaque here, and an
//   unknown one is refused (ValidationError; the wording is the double's own);
// - answer `ListRolesResponse/ListRolesResult` with `Roles/member` (Path, RoleName, RoleId, Arn, CreateDate,
//   AssumeRolePolicyDocument, Description, MaxSessionDuration), IsTruncated, and Marker "when IsTruncated is
//   true"; the trust policy "is URL-encoded according to RFC 3986" (the ListRoles page), which the SDK leaves
//   as it is; ARNs `arn:aws:iam::<account>:role<path><name>`, RoleId `AROA…` as IAM's unique ids for roles
//   begin (IAM User Guide, "IAM identifiers": unique ID prefixes);
// - errors as the query protocol carries them: `ErrorResponse/Error/{Type, Code, Message}` and RequestId;
//   a member out of its constraint is ValidationError "1 validation error detected: …"; another action is
//   InvalidAction (AWS's common errors); expired credentials are Code ExpiredToken, as IAM and STS name it in
//   their XML (the CLI's "An error occurred (ExpiredToken) …").
// Roles are seeded (CognitoDoubleOptions.roles) or added by a test (`add`). Not modelled: the other IAM actions,
// request signatures, tags, permissions boundaries, RoleLastUsed.
import { randomBytes, randomUUID } from 'node:crypto';
import { ServiceError, type RestRoute } from './server';

export interface RoleSeed {
  name: string;
  /** The trust (assume-role) policy: a document, or its JSON text. */
  trustPolicy: string | object;
  /** Default `/`. */
  path?: string;
  description?: string;
  /** Seconds; default 3600. */
  maxSessionDuration?: number;
}

export interface DoubleRole {
  name: string;
  path: string;
  id: string;
  arn: string;
  created: Date;
  /** The trust policy's JSON text, as it was given. */
  trustPolicy: string;
  description?: string;
  maxSessionDuration: number;
}

const VERSION = '2010-05-08';
const NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';
const DEFAULT_ITEMS = 100;
const ID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class IamRoles {
  readonly roles: DoubleRole[] = [];
  private readonly markers = new Map<string, number>();

  constructor(
    private readonly account: string,
    seeds: readonly RoleSeed[] = [],
    private readonly now: () => number = Date.now,
  ) {
    for (const seed of seeds) this.add(seed);
  }

  add(seed: RoleSeed): DoubleRole {
    const path = seed.path ?? '/';
    // RoleName: 1–64 of [\w+=,.@-]+; Path: `/` or `/…/` (API_Role.html). A bad seed is a mistake in the test.
    if (!/^[\w+=,.@-]{1,64}$/.test(seed.name)) throw new Error(`IAM role name ${JSON.stringify(seed.name)} breaks [\\w+=,.@-]{1,64}`);
    if (!/^(\/|\/[\u0021-\u007e]+\/)$/.test(path)) throw new Error(`IAM role path ${JSON.stringify(path)} must begin and end with /`);
    const role: DoubleRole = {
      name: seed.name,
      path,
      id: `AROA${Array.from(randomBytes(17), (byte) => ID_CHARACTERS[byte % 32]).join('')}`,
      arn: `arn:aws:iam::${this.account}:role${path}${seed.name}`,
      created: new Date(this.now()),
      trustPolicy: typeof seed.trustPolicy === 'string' ? seed.trustPolicy : JSON.stringify(seed.trustPolicy),
      description: seed.description,
      maxSessionDuration: seed.maxSessionDuration ?? 3600,
    };
    this.roles.push(role);
    return role;
  }

  /** The route an IAM query request takes (a form body naming Action and IAM's Version), else undefined. */
  readonly route: RestRoute = (method, url, body) => {
    if (method !== 'POST' || url.pathname !== '/' || body.trimStart().startsWith('{')) return undefined;
    const form = new URLSearchParams(body);
    const action = form.get('Action');
    if (!action || form.get('Version') !== VERSION) return undefined;
    return {
      operation: action,
      input: Object.fromEntries(form),
      contentType: 'text/xml',
      errorBody: errorXml,
      run: () => {
        if (action !== 'ListRoles') throw new ServiceError('InvalidAction', `Could not find operation ${action} for version ${VERSION}`);
        return { status: 200, output: this.listRoles(form) };
      },
    };
  };

  private listRoles(form: URLSearchParams): string {
    const prefix = form.get('PathPrefix') ?? '/';
    if (prefix.length < 1 || prefix.length > 512 || !/^\/[\u0021-\u007f]*$/.test(prefix)) {
      throw validation('pathPrefix', prefix, 'Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*');
    }
    const maxItems = form.get('MaxItems');
    const limit = maxItems === null ? DEFAULT_ITEMS : Number(maxItems);
    if (!Number.isInteger(limit)) throw validation('maxItems', maxItems, 'Member must be an integer');
    if (limit < 1) throw validation('maxItems', maxItems, 'Member must have value greater than or equal to 1');
    if (limit > 1000) throw validation('maxItems', maxItems, 'Member must have value less than or equal to 1000');
    const marker = form.get('Marker');
    const start = marker === null ? 0 : this.markers.get(marker);
    if (start === undefined) throw new ServiceError('ValidationError', 'Invalid Marker.');
    const matching = this.roles.filter((role) => role.path.startsWith(prefix));
    const page = matching.slice(start, start + limit);
    const truncated = start + page.length < matching.length;
    let next = '';
    if (truncated) {
      next = randomBytes(24).toString('base64url');
      this.markers.set(next, start + page.length);
    }
    return [
      `<ListRolesResponse xmlns="${NAMESPACE}">`,
      '<ListRolesResult>',
      '<Roles>',
      ...page.map(roleXml),
      '</Roles>',
      `<IsTruncated>${truncated}</IsTruncated>`,
      ...(truncated ? [`<Marker>${next}</Marker>`] : []),
      '</ListRolesResult>',
      `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>`,
      '</ListRolesResponse>',
    ].join('\n');
  }
}

function roleXml(role: DoubleRole): string {
  const element = (name: string, value: string | number) => `<${name}>${escapeXml(String(value))}</${name}>`;
  return [
    '<member>',
    element('Path', role.path),
    element('RoleName', role.name),
    element('RoleId', role.id),
    element('Arn', role.arn),
    element('CreateDate', role.created.toISOString().replace(/\.\d{3}Z$/, 'Z')),
    element('AssumeRolePolicyDocument', rfc3986(role.trustPolicy)),
    ...(role.description === undefined ? [] : [element('Description', role.description)]),
    element('MaxSessionDuration', role.maxSessionDuration),
    '</member>',
  ].join('');
}

/** RFC 3986 percent-encoding: everything but the unreserved characters (encodeURIComponent keeps !'()* too). */
function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function validation(member: string, value: string | null, constraint: string): ServiceError {
  return new ServiceError('ValidationError', `1 validation error detected: Value ${value === null ? 'null' : `'${value}'`} at '${member}' failed to satisfy constraint: ${constraint}`);
}

/** The query protocol's error document; a Cognito-style name is given IAM's code (ExpiredToken). */
function errorXml(error: ServiceError): string {
  const code = error.type === 'ExpiredTokenException' ? 'ExpiredToken' : error.type;
  const type = error.status >= 500 ? 'Receiver' : 'Sender';
  return `<ErrorResponse xmlns="${NAMESPACE}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
