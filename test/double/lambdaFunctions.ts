// A minimal Lambda, beside the Cognito double, for Edit Lambda Triggers: the account's functions in the
// double's region and their resource-based policies, over Lambda's REST-JSON API (API reference, "AWS
// Lambda API Reference", 2015-03-31), on the same endpoint as Cognito's JSON 1.1 API:
// - ListFunctions: `GET /2015-03-31/functions/?Marker=…&MaxItems=…`; "MaxItems: The maximum number of
//   functions to return in the response. Note that ListFunctions returns a maximum of 50 items in each
//   response, even if you set the number higher." Valid range 1–10000. Answer `{ Functions, NextMarker }`,
//   NextMarker "The pagination token that's included if more results are available". An unknown Marker is
//   refused with InvalidParameterValueException (AWS's wording for it is not documented; the double's own).
// - AddPermission: `POST /2015-03-31/functions/{FunctionName}/policy` with `{ StatementId, Action,
//   Principal, SourceArn, … }`; FunctionName a name, an ARN or a partial ARN (`123456789012:function:name`);
//   StatementId 1–100 of `([a-zA-Z0-9-_.]+)`, Action `(lambda:[*]|lambda:[a-zA-Z]+|[*])`, Principal
//   `[^\s]+`, all three required; answers 201 `{ Statement }` (the statement as a JSON string). A statement
//   id already in the policy is ResourceConflictException (HTTP 409) "The statement id (…) provided already
//   exists. Please provide a new statement id, or remove the existing statement." (as AWS answers it); an
//   unknown function ResourceNotFoundException (HTTP 404) "Function not found: <arn>".
// - GetPolicy: `GET /2015-03-31/functions/{FunctionName}/policy` → `{ Policy, RevisionId }`, the policy
//   document as a JSON string; a function without one is ResourceNotFoundException "The resource you
//   requested does not exist.", so tests read statements back as an outsider would.
// Errors as restJson1 carries them: the HTTP status, `x-amzn-ErrorType`, and `{ Type, message }`.
// Not modelled: qualifiers (versions and aliases), RemovePermission, invoking a function, the policy's size limit.
import { randomUUID } from 'node:crypto';
import { ServiceError, type RestRoute } from './server';

export interface LambdaFunctionSeed {
  name: string;
  runtime?: string;
  description?: string;
}

interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: { Service: string } | string;
  Action: string;
  Resource: string;
  Condition?: { ArnLike: { 'AWS:SourceArn': string } };
}

export interface DoubleFunction {
  name: string;
  arn: string;
  runtime: string;
  description: string;
  statements: PolicyStatement[];
  revision: string;
}

const PAGE_MAX = 50;
const PREFIX = '/2015-03-31/functions';

export class LambdaFunctions {
  readonly functions: DoubleFunction[] = [];

  constructor(
    private readonly region: string,
    private readonly account: string,
    seeds: readonly LambdaFunctionSeed[] = [],
  ) {
    for (const seed of seeds) this.add(seed);
  }

  add(seed: LambdaFunctionSeed): DoubleFunction {
    const fn = { name: seed.name, arn: `arn:aws:lambda:${this.region}:${this.account}:function:${seed.name}`, runtime: seed.runtime ?? 'nodejs22.x', description: seed.description ?? '', statements: [], revision: randomUUID() };
    this.functions.push(fn);
    return fn;
  }

  /** The route a REST request takes, or undefined when it is not one of Lambda's here. */
  readonly route: RestRoute = (method, url, body) => {
    // The SDK sends ListFunctions to `/2015-03-31/functions` (the reference writes it with a trailing slash).
    const path = url.pathname.replace(/\/$/, '');
    if (path !== PREFIX && !path.startsWith(`${PREFIX}/`)) return undefined;
    const rest = path.slice(PREFIX.length + 1);
    if (method === 'GET' && rest === '') return { operation: 'ListFunctions', run: () => this.list(url.searchParams) };
    const policy = /^([^/]+)\/policy\/?$/.exec(rest);
    if (policy && method === 'POST') return { operation: 'AddPermission', run: () => this.addPermission(decodeURIComponent(policy[1]), body) };
    if (policy && method === 'GET') return { operation: 'GetPolicy', run: () => this.getPolicy(decodeURIComponent(policy[1])) };
    return undefined;
  };

  private list(query: URLSearchParams): { status: number; output: unknown } {
    const maxItems = query.get('MaxItems');
    const limit = maxItems === null ? PAGE_MAX : Number(maxItems);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new ServiceError('InvalidParameterValueException', `1 validation error detected: Value '${maxItems}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 10000`);
    const marker = query.get('Marker');
    const start = marker === null ? 0 : this.functions.findIndex((f) => markerOf(f) === marker);
    if (start < 0) throw new ServiceError('InvalidParameterValueException', 'The marker is not valid.');
    const page = this.functions.slice(start, start + Math.min(limit, PAGE_MAX));
    const next = this.functions[start + page.length];
    return {
      status: 200,
      output: {
        Functions: page.map((f) => ({ FunctionName: f.name, FunctionArn: f.arn, Runtime: f.runtime, Description: f.description, Handler: 'index.handler', PackageType: 'Zip' })),
        ...(next ? { NextMarker: markerOf(next) } : {}),
      },
    };
  }

  private addPermission(name: string, body: string): { status: number; output: unknown } {
    const fn = this.find(name);
    const input = parse(body);
    const statementId = required(input, 'StatementId', 'statementId', /^[a-zA-Z0-9-_.]{1,100}$/, '([a-zA-Z0-9-_.]+)');
    const action = required(input, 'Action', 'action', /^(lambda:[*]|lambda:[a-zA-Z]+|[*])$/, '(lambda:[*]|lambda:[a-zA-Z]+|[*])');
    const principal = required(input, 'Principal', 'principal', /^[^\s]+$/, '[^\\s]+');
    const sourceArn = typeof input.SourceArn === 'string' ? input.SourceArn : undefined;
    if (fn.statements.some((s) => s.Sid === statementId)) {
      throw new ServiceError('ResourceConflictException', `The statement id (${statementId}) provided already exists. Please provide a new statement id, or remove the existing statement.`, 409);
    }
    const statement: PolicyStatement = {
      Sid: statementId,
      Effect: 'Allow',
      Principal: principal.endsWith('.amazonaws.com') ? { Service: principal } : principal,
      Action: action,
      Resource: fn.arn,
      ...(sourceArn ? { Condition: { ArnLike: { 'AWS:SourceArn': sourceArn } } } : {}),
    };
    fn.statements.push(statement);
    fn.revision = randomUUID();
    return { status: 201, output: { Statement: JSON.stringify(statement) } };
  }

  private getPolicy(name: string): { status: number; output: unknown } {
    const fn = this.find(name);
    if (fn.statements.length === 0) throw new ServiceError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
    return { status: 200, output: { Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: fn.statements }), RevisionId: fn.revision } };
  }

  /** A name, an ARN, or a partial ARN (`<account>:function:<name>`). */
  private find(name: string): DoubleFunction {
    const fn = this.functions.find((f) => f.name === name || f.arn === name || f.arn.endsWith(`:${name}`));
    if (!fn) {
      const arn = name.startsWith('arn:') ? name : `arn:aws:lambda:${this.region}:${this.account}:function:${name}`;
      throw new ServiceError('ResourceNotFoundException', `Function not found: ${arn}`, 404);
    }
    return fn;
  }
}

/** Opaque to the caller, as AWS's markers are. */
function markerOf(fn: DoubleFunction): string {
  return Buffer.from(`marker:${fn.arn}`).toString('base64');
}

function parse(body: string): Record<string, unknown> {
  try {
    const value: unknown = body.trim() === '' ? {} : JSON.parse(body);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // refused below
  }
  throw new ServiceError('InvalidRequestContentException', 'Could not parse request body into json.');
}

function required(input: Record<string, unknown>, key: string, member: string, pattern: RegExp, shown: string): string {
  const value = input[key];
  if (typeof value !== 'string') throw new ServiceError('InvalidParameterValueException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  if (!pattern.test(value)) throw new ServiceError('InvalidParameterValueException', `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${shown}`);
  return value;
}
