// The HTTP side of the double: AWS's JSON 1.1 protocol on node:http. A request is `POST /` with
// `X-Amz-Target: <service>.<Operation>` and a JSON body (several services share the endpoint, each by its
// target prefix: Cognito user pools' and Cognito Identity's); a success is 200 with a JSON body; an error is
// HTTP 400 (500 for the service's own faults) with `{"__type": name, "message": text}` and the same name
// in `x-amzn-ErrorType`. The SDK (awsJson1_1 protocol) takes the error name from `__type`, then `code`,
// then that header, and every answer carries `x-amzn-RequestId`, which the SDK reports as requestId.
// Faults and a fixed latency are applied here, to every operation: a dropped connection (before anything
// runs), TooManyRequestsException, an injected InternalErrorException (HTTP 500, nothing done), then the
// `admit` gate (quotas.ts), whose refusal is recorded as throttled; and last an answer lost after the
// operation ran (it changed the state, then the socket is destroyed: the SDK sees "socket hang up").
// Two faults last until they are lifted: expired credentials (every call refused as AWS refuses an
// expired session token, before anything runs) and the endpoint going away (the port stops listening,
// so connections are refused, as when a network path or a local emulator goes down; `comeBack` listens
// on the same port again).
// A plain `GET <path>` (not an AWS operation: the JWKS) is answered by `documents`, outside the recorded
// calls and the faults. A REST or query-protocol request of another service on the same endpoint (Lambda's,
// lambdaFunctions.ts; IAM's, iamRoles.ts, which answers in XML) is answered by `rest`, recorded, and refused
// while credentials are expired; the other faults aim at the JSON services.
// A request of a pool's OAuth 2.0 endpoints (`/oauth2/token`, oauth.ts) is answered by `web`, first, as they
// are: no AWS signature, no X-Amz-Target, outside the recorded calls and the faults (they are not the API).
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An AWS error answer: `type` is the exception name the SDK surfaces as `error.name`. */
export class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type Input = Record<string, unknown>;
export type Operation = (input: Input) => unknown;
/** The JSON document served at a GET path, or undefined for 404. */
export type Documents = (path: string) => unknown;

export interface RecordedCall {
  /** e.g. ListUsers */
  operation: string;
  /** The request body as parsed JSON. */
  input: Input;
  /** How the double answered; set once it has. `dropped`: the socket was destroyed before the operation
   * ran; `failed`: an injected InternalErrorException, nothing done; `lost`: the operation ran (and may
   * have changed the state), then the socket was destroyed instead of answering. */
  outcome?: 'ok' | 'error' | 'throttled' | 'dropped' | 'failed' | 'lost';
  /** The exception name for `error`, `throttled` and `failed`, and for `lost` when the lost answer was an error. */
  error?: string;
  /** The access key id the request was signed with: the `Credential=<access key id>/<date>/<region>/<service>/aws4_request`
   * part of its Signature Version 4 `Authorization` header (IAM User Guide, "Elements of an AWS API request
   * signature"). The signature itself is not checked. */
  accessKeyId?: string;
}

export interface Faults {
  /** The next n calls (of `throttleOperation` only, when set) answer TooManyRequestsException. */
  throttle: number;
  throttleOperation?: string;
  /** The next n calls (of `dropOperation` only, when set) get their socket destroyed without any answer,
   * before the operation runs. */
  drop: number;
  dropOperation?: string;
  /** The next n calls (of `loseAnswerOperation` only, when set) run, then get their socket destroyed
   * instead of the answer. */
  loseAnswer: number;
  loseAnswerOperation?: string;
  /** The next n calls (of `failOperation` only, when set) answer InternalErrorException with HTTP
   * `failStatus`, without running. */
  fail: number;
  failStatus: number;
  failOperation?: string;
  /** While true, every call is refused with ExpiredTokenException, before it runs (see EXPIRED_TOKEN). */
  credentialsExpired: boolean;
  /** Once the next call of this operation has run (its answer sent, or lost), the endpoint goes away (see `goAway`). */
  goAwayAfter?: string;
  /** Milliseconds to wait before every answer (or drop). */
  latencyMs: number;
  /** Share of calls (0–1) answered TooManyRequestsException at random (seeded); applied by the admit gate. */
  throttleFraction: number;
}

/** A REST route of another service: its operation's name and what it answers (a status and a JSON body), or
 *  a ServiceError thrown (its status, `x-amzn-ErrorType`, and `{ Type, message }` as restJson1 carries them).
 *  A route of a service that answers in another format (IAM's XML) sends `output` as text with its own
 *  `contentType`, and writes its errors with `errorBody`; `input` is what the call records. */
export type RestRoute = (method: string, url: URL, body: string) => RestCall | undefined;
export interface RestCall {
  operation: string;
  input?: Input;
  contentType?: string;
  errorBody?: (error: ServiceError) => string;
  run(): { status: number; output: unknown };
}

/** A plain HTTP request (an OAuth 2.0 endpoint of a pool's domain): its answer, or undefined when it is not one. */
export type WebRoute = (request: { method: string; url: URL; headers: http.IncomingHttpHeaders; body: string }) => WebAnswer | undefined;
export interface WebAnswer {
  status: number;
  /** JSON for an object; sent as is for a string (with its own Content-Type in `headers`). */
  body: unknown;
  headers?: Record<string, string>;
}

/** Decides, before an operation runs, whether it is refused (TooManyRequestsException): undefined lets it run. */
export type Admit = (operation: string, input: Input) => ServiceError | undefined;

export interface JsonServer {
  endpoint: string;
  calls: RecordedCall[];
  faults: Faults;
  /** Stops listening and closes every connection: calls now fail with ECONNREFUSED. */
  goAway(): Promise<void>;
  /** Listens on the same port again. */
  comeBack(): Promise<void>;
  stop(): Promise<void>;
}

const JSON_1_1 = 'application/x-amz-json-1.1';

/** AWS's answer to a request signed with expired session credentials: the common error every service
 *  shares (AWS's "Common Errors": ExpiredTokenException, "The security token included in the request is
 *  expired", HTTP status 403). The SDK does not retry it. */
export const EXPIRED_TOKEN = new ServiceError('ExpiredTokenException', 'The security token included in the request is expired', 403);

export async function startJsonServer(
  /** Each JSON 1.1 service's operations by its target prefix (e.g. `AWSCognitoIdentityProviderService`). */
  services: Record<string, Record<string, Operation>>,
  faults: Faults,
  documents: Documents = () => undefined,
  admit: Admit = () => undefined,
  rest: RestRoute = () => undefined,
  web: WebRoute = () => undefined,
  /** The loopback address to listen on: 127.0.0.1, or another of 127.0.0.0/8 (a UI test's hosted pages, which
   *  code-server would otherwise map through its port proxy as it maps localhost and 127.0.0.1). */
  host = '127.0.0.1',
): Promise<JsonServer> {
  const calls: RecordedCall[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      answer(request, response, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        sendError(response, new ServiceError('InternalErrorException', `The double failed: ${String(error)}`, 500));
      });
    });
  });

  async function answer(request: http.IncomingMessage, response: http.ServerResponse, body: string): Promise<void> {
    const page = web({ method: request.method ?? 'GET', url: new URL(request.url ?? '/', 'http://double'), headers: request.headers, body });
    if (page) return sendPage(response, page);
    const route = rest(request.method ?? 'GET', new URL(request.url ?? '/', 'http://double'), body);
    if (route) return answerRest(route, request, response);
    if (request.method === 'GET') {
      const document = documents(new URL(request.url ?? '/', 'http://double').pathname);
      const status = document === undefined ? 404 : 200;
      return send(response, status, document ?? { message: 'Not Found' }, { 'Content-Type': 'application/json' });
    }
    const target = String(request.headers['x-amz-target'] ?? '');
    const prefix = target.slice(0, Math.max(target.indexOf('.'), 0));
    const operations = Object.hasOwn(services, prefix) ? services[prefix] : {};
    const operationName = Object.hasOwn(services, prefix) ? target.slice(prefix.length + 1) : '';
    const input = parseInput(body);
    const call: RecordedCall = { operation: operationName || target, input: input ?? {}, accessKeyId: signingKeyId(request.headers.authorization) };
    calls.push(call);
    const fail = (error: ServiceError, outcome: 'error' | 'throttled' | 'failed' = 'error') => {
      call.outcome = outcome;
      call.error = error.type;
      sendError(response, error);
    };

    await wait(faults.latencyMs);
    const aimedAt = (operation: string | undefined) => operation === undefined || operation === operationName;
    if (faults.drop > 0 && aimedAt(faults.dropOperation)) {
      faults.drop--;
      call.outcome = 'dropped';
      request.socket.destroy();
      return;
    }
    // AWS checks the request's credentials before it looks at the operation.
    if (faults.credentialsExpired) return fail(EXPIRED_TOKEN);
    if (request.method !== 'POST' || !Object.hasOwn(operations, operationName)) {
      return fail(new ServiceError('UnknownOperationException', `Unknown operation ${target || '(no X-Amz-Target)'}.`));
    }
    if (input === undefined) {
      return fail(new ServiceError('SerializationException', 'Start of structure or map found where not expected.'));
    }
    if (faults.throttle > 0 && aimedAt(faults.throttleOperation)) {
      faults.throttle--;
      return fail(new ServiceError('TooManyRequestsException', 'Too many requests'), 'throttled');
    }
    if (faults.fail > 0 && aimedAt(faults.failOperation)) {
      faults.fail--;
      return fail(new ServiceError('InternalErrorException', 'Internal server error', faults.failStatus), 'failed');
    }
    const refusal = admit(operationName, input);
    if (refusal) return fail(refusal, 'throttled');
    let output: unknown;
    let refused: ServiceError | undefined;
    try {
      output = operations[operationName](input);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      refused = error;
    }
    if (faults.loseAnswer > 0 && aimedAt(faults.loseAnswerOperation)) {
      // The service acted; the answer never reaches the caller.
      faults.loseAnswer--;
      call.outcome = 'lost';
      if (refused) call.error = refused.type;
      request.socket.destroy();
      if (goesAwayAfter(operationName)) void goAway();
      return;
    }
    if (refused) return fail(refused);
    call.outcome = 'ok';
    // This answer still arrives in full; the next request finds nobody listening.
    if (goesAwayAfter(operationName)) response.once('finish', () => void goAway());
    send(response, 200, output);
  }

  function answerRest(route: NonNullable<ReturnType<RestRoute>>, request: http.IncomingMessage, response: http.ServerResponse): void {
    const call: RecordedCall = { operation: route.operation, input: route.input ?? {}, accessKeyId: signingKeyId(request.headers.authorization) };
    calls.push(call);
    const json = { 'Content-Type': route.contentType ?? 'application/json' };
    try {
      if (faults.credentialsExpired) throw EXPIRED_TOKEN;
      const { status, output } = route.run();
      call.outcome = 'ok';
      send(response, status, output, json);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      call.outcome = 'error';
      call.error = error.type;
      send(response, error.status, route.errorBody?.(error) ?? { Type: 'User', message: error.message }, { ...json, 'x-amzn-ErrorType': error.type });
    }
  }

  function goesAwayAfter(operationName: string): boolean {
    if (faults.goAwayAfter !== operationName) return false;
    faults.goAwayAfter = undefined;
    return true;
  }

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const goAway = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://${host}:${port}`,
    calls,
    faults,
    goAway,
    comeBack: () => (server.listening ? Promise.resolve() : listen(port)),
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return goAway();
    },
  };
}

/** The access key id of a SigV4 Authorization header: `AWS4-HMAC-SHA256 Credential=AKID/…, SignedHeaders=…, Signature=…`. */
function signingKeyId(authorization: string | undefined): string | undefined {
  return /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\//.exec(authorization ?? '')?.[1];
}

/** The JSON object of a request body (an empty body is `{}`); undefined when it is not one. */
function parseInput(body: string): Input | undefined {
  try {
    const parsed: unknown = body.trim() === '' ? {} : JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Input) : undefined;
  } catch {
    return undefined;
  }
}

function sendPage(response: http.ServerResponse, page: WebAnswer): void {
  const text = typeof page.body === 'string' ? page.body : JSON.stringify(page.body ?? {});
  const type = typeof page.body === 'string' ? 'text/html; charset=utf-8' : 'application/json;charset=UTF-8';
  response.writeHead(page.status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text), ...page.headers });
  response.end(text);
}

function sendError(response: http.ServerResponse, error: ServiceError): void {
  send(response, error.status, { __type: error.type, message: error.message }, { 'x-amzn-ErrorType': error.type });
}

function send(response: http.ServerResponse, status: number, output: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent || response.destroyed) return;
  // Text (IAM's XML) goes as it is; everything else is JSON.
  const body = typeof output === 'string' ? output : JSON.stringify(output ?? {});
  response.writeHead(status, {
    'Content-Type': JSON_1_1,
    'Content-Length': Buffer.byteLength(body),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  response.end(body);
}
