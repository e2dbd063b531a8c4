import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { CognitoError } from '../shared/errors';

// The redirect target of Sign In with Managed Login: a one-shot HTTP server on this computer's loopback
// addresses (127.0.0.1, and ::1 where there is one, as a browser may resolve localhost to either), never on
// another interface. It accepts one callback at /callback that carries the state of the sign-in it waits for
// (RFC 6749 §10.12: state binds the answer to the request): a code, or an OAuth error. A request with another
// state or none is answered and ignored, so a stray page cannot end the wait. The code is not left in the
// browser's address bar: the callback answers with a redirect to a plain "signed in" page (relative, so it
// stays under code-server's /proxy/<port>/), which closes the server once it has been shown.

const CLOSE_AFTER_MS = 10_000;

export interface CallbackWait {
  /** The authorization code, once the browser brings it; rejects on an OAuth error, a timeout or an abort. */
  code: Promise<string>;
  close(): void;
}

/** Listens on the loopback port for the callback of the sign-in whose state is `state`. */
export async function listenForCallback(port: number, state: string, signal: AbortSignal, timeoutMs: number): Promise<CallbackWait> {
  const servers: Server[] = [];
  let settle!: { resolve: (code: string) => void; reject: (error: Error) => void };
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  let settled = false;
  let closeTimer: NodeJS.Timeout | undefined;
  const close = () => {
    clearTimeout(timeout);
    clearTimeout(closeTimer);
    for (const server of servers) {
      server.close();
      server.closeAllConnections();
    }
  };
  const finish = (outcome: { code: string } | { error: Error }) => {
    if (settled) return;
    settled = true;
    if ('code' in outcome) settle.resolve(outcome.code);
    else settle.reject(outcome.error);
    closeTimer = setTimeout(close, CLOSE_AFTER_MS);
    closeTimer.unref();
  };
  const timeout = setTimeout(() => finish({ error: new CognitoError(`No sign-in came back within ${Math.round(timeoutMs / 60_000)} minutes; run Sign In with Managed Login… again and finish the sign-in page in the browser.`, 'signInRefused') }), timeoutMs);
  timeout.unref();
  // The caller knows it cancelled (signal.aborted) and says so in its own terms.
  signal.addEventListener('abort', () => finish({ error: new Error('The wait for the sign-in was cancelled.') }), { once: true });

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET') return page(response, 405, 'Not here', 'This address only receives the sign-in’s redirect.');
    if (url.pathname === '/signed-in' && settled) {
      page(response, 200, 'Signed in', 'You can close this tab and return to VS Code: the tokens are in its Tokens view.');
      close();
      return;
    }
    if (url.pathname !== '/callback') return page(response, 404, 'Not here', 'This address only receives the sign-in’s redirect.');
    if (settled || !sameState(url.searchParams.get('state'), state)) {
      return page(response, 400, 'Not this sign-in', 'This page does not belong to the sign-in VS Code is waiting for, so it was ignored.');
    }
    const error = url.searchParams.get('error');
    const received = url.searchParams.get('code');
    if (error || !received) {
      const sentence = refusalOf(error ?? 'no code');
      finish({ error: new CognitoError(sentence, 'signInRefused', error ?? undefined) });
      return page(response, 400, 'Sign-in failed', `${sentence} Return to VS Code.`);
    }
    finish({ code: received });
    response.writeHead(303, { Location: 'signed-in', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).end();
  };

  servers.push(await listenOn(port, '127.0.0.1', handle));
  const ipv6 = await listenOn(port, '::1', handle).catch(() => undefined);
  if (ipv6) servers.push(ipv6);
  code.catch(() => undefined);
  return { code, close };
}

function listenOn(port: number, host: string, handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handle);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new CognitoError(`Port ${port} on this computer is in use, so the sign-in cannot come back to it; close what uses it, or set cognito.managedLogin.callbackPort to a free port.`, 'unsupported')
          : error,
      );
    });
    server.listen(port, host, () => resolve(server));
  });
}

/** Compares the states in constant time, so their comparison tells nothing about the expected one. */
function sameState(received: string | null, expected: string): boolean {
  if (received === null) return false;
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** One sentence per error the authorize endpoint sends back to the redirect URI (AWS's developer guide,
 *  "The redirect and authorization endpoint", and RFC 6749 §4.1.2.1). */
export function refusalOf(error: string): string {
  switch (error) {
    case 'access_denied':
      return 'The sign-in was refused (access_denied): the user or the pool declined it.';
    case 'unauthorized_client':
      return 'This app client may not use the authorization code grant; allow it in Edit OAuth Settings….';
    case 'invalid_scope':
      return 'The sign-in asked for a scope this app client does not allow; check its scopes in Edit OAuth Settings….';
    case 'unsupported_response_type':
      return 'The pool refused the authorization code response type (unsupported_response_type).';
    case 'invalid_request':
      return 'The pool refused the sign-in request (invalid_request).';
    case 'no code':
      return 'The sign-in came back without an authorization code.';
    default:
      return `The pool ended the sign-in with the error ${error.replace(/[^\w.-]/g, '').slice(0, 60)}.`;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page of text: no script, nothing loaded, not kept in the cache. */
function page(response: ServerResponse, status: number, title: string, text: string): void {
  response
    .writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'",
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    })
    .end(`<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`);
}
