// Small network helpers shared by the cognito-local harness, the code-server launcher and `npm start`.
import * as http from 'node:http';
import * as net from 'node:net';

/**
 * Asks the OS for a free loopback port. Another process could take it before it is bound; rare enough here.
 * cognito-local and code-server take port 0 themselves instead; this is for a caller that must name a port in
 * advance (startDemo.test.ts hands two to `npm start`).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Answers whether a GET on url gets any HTTP response with a status below 500. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve((response.statusCode ?? 500) < 500);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

export interface WaitOptions {
  timeoutMs: number;
  /** Checked between attempts; a string stops the wait early with that reason (e.g. "the process exited"). */
  giveUp?: () => string | undefined;
}

/** Polls url until it answers; throws a clear error when it does not within the bound. */
export async function waitForHttp(url: string, { timeoutMs, giveUp }: WaitOptions): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = giveUp?.();
    if (reason) throw new Error(`${url} never answered: ${reason}`);
    if (await answers(url)) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Whether this loopback port can be bound right now (nothing listens on it). */
export function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Whether something accepts connections on the loopback port right now. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
