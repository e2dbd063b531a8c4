import { AnswerLostError, MAYBE_SENT } from './sendOnce';

// A write whose first attempt may have reached Cognito (the connection reset after the request went out,
// or a 5xx) and whose retries then found the endpoint gone (connection refused) may well have happened;
// the SDK reports only its last error, which would tell the person nothing was done, and a second run
// would do it twice. Across one call's attempts this remembers that one may have reached Cognito, and
// then reports the failure as AnswerLost, whose sentence says to refresh and look before trying again.
// Reads are left alone: a lost read changed nothing, so "cannot reach" is the truth.

type Handler = (args: unknown) => Promise<unknown>;

/** The part of the SDK's middleware stack and handler context this uses. */
interface Stack {
  add(
    middleware: (next: Handler, context: Record<string, unknown>) => Handler,
    options: { step: 'initialize' | 'finalizeRequest'; priority?: 'low'; name: string },
  ): void;
  identify(): string[];
}

interface ErrorShape {
  code?: string;
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

const MARK = 'cognitoMaybeActed';
/** Calls that change nothing in the pool, by the SDK's command name. */
const READS = /^(List|Describe|Get|AdminGet|AdminList|InitiateAuth|AdminInitiateAuth|RespondToAuthChallenge|AdminRespondToAuthChallenge|RevokeToken)/;

function mayHaveReachedCognito(error: ErrorShape): boolean {
  return (error.$metadata?.httpStatusCode ?? 0) >= 500 || MAYBE_SENT.test(`${error.code ?? ''} ${error.name ?? ''} ${error.message ?? ''}`);
}

export const reportMaybeActed = {
  applyToStack(stack: Stack): void {
    // Once per client, whichever service wraps it.
    if (stack.identify().some((entry) => entry.startsWith(MARK))) return;
    // Inside the SDK's retry loop: sees each attempt.
    stack.add(
      (next, context) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          if (mayHaveReachedCognito(error as ErrorShape)) context[MARK] = true;
          throw error;
        }
      },
      { step: 'finalizeRequest', priority: 'low', name: `${MARK}Attempt` },
    );
    // Outside it: sees the call's outcome.
    stack.add(
      (next, context) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          const noAnswer = (error as ErrorShape).$metadata?.httpStatusCode === undefined;
          if (context[MARK] && noAnswer && !READS.test(String(context.commandName ?? ''))) throw new AnswerLostError();
          throw error;
        }
      },
      { step: 'initialize', name: MARK },
    );
  },
};
