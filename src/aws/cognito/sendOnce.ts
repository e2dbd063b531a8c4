// For calls that are not idempotent (CreateUserPool, CreateUserPoolClient): the SDK retries a dropped
// connection or a 5xx, but when that happens after Cognito acted, a retry creates a second pool. This
// middleware sits inside the SDK's retry loop and turns those answers into AnswerLostError, which the
// SDK does not retry; the service then looks for what the first attempt made. Throttling and a refused
// connection (nothing reached Cognito) are still retried as usual.

export class AnswerLostError extends Error {
  constructor() {
    super('The connection ended after the request was sent');
    this.name = 'AnswerLost';
  }
}

/** Errors after which the request may have reached Cognito. */
export const MAYBE_SENT = /ECONNRESET|socket hang up|ETIMEDOUT|EPIPE|aborted|timeout/i;

type Handler = (args: unknown) => Promise<unknown>;

/** The part of the SDK's middleware stack this uses. */
interface MiddlewareStack {
  add(middleware: (next: Handler) => Handler, options: { step: 'finalizeRequest'; priority: 'low'; name: string }): void;
}

export const sendOnce = {
  applyToStack: (stack: MiddlewareStack) => {
    stack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          const e = error as { code?: string; name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
          const status = e.$metadata?.httpStatusCode ?? 0;
          if (status >= 500 || MAYBE_SENT.test(`${e.code ?? ''} ${e.name ?? ''} ${e.message ?? ''}`)) throw new AnswerLostError();
          throw error;
        }
      },
      { step: 'finalizeRequest', priority: 'low', name: 'cognitoSendOnce' },
    );
  },
};

/** The command, sent without retries once Cognito may have acted (see above). */
export function once<C>(command: C): C {
  (command as unknown as { middlewareStack: { use(pluggable: typeof sendOnce): void } }).middlewareStack.use(sendOnce);
  return command;
}

/** How far the follow-up reads after a lost answer look (pages of 60). */
export const LOOK_BACK_PAGES = 20;
