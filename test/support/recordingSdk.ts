import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CallLogEntry, ServiceContext } from '../../src/aws/cognito/service';

// An SDK client for unit tests of the code that speaks to Cognito: it records each command it is sent
// (its class name and input) and answers from a table by command name; a function answer may throw,
// like an AWS error. Nothing leaves the process.

export interface SentCommand {
  name: string;
  input: Record<string, unknown>;
}

type Answer = object | ((input: Record<string, unknown>) => object | Promise<object>);

export class RecordingSdk {
  readonly sent: SentCommand[] = [];
  readonly logged: CallLogEntry[] = [];
  /** What each command answers, by command class name, e.g. `DescribeUserPoolCommand`; default `{}`. */
  readonly answers = new Map<string, Answer>();

  readonly client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name;
      this.sent.push({ name, input: command.input });
      const answer = this.answers.get(name) ?? {};
      return typeof answer === 'function' ? answer(command.input) : answer;
    },
    // The service plugs its middleware (maybeActed.ts) into the client's stack; this client runs no middleware.
    middlewareStack: { use: () => undefined },
  } as unknown as CognitoIdentityProviderClient;

  context(extra: Partial<ServiceContext> = {}): ServiceContext {
    return { region: 'eu-west-1', profile: 'dev', log: { call: (entry) => void this.logged.push(entry) }, ...extra };
  }

  /** The names of the commands sent, in order, without the "Command" suffix. */
  names(): string[] {
    return this.sent.map((c) => c.name.replace(/Command$/, ''));
  }
}

/** An error as the SDK throws it: the AWS exception name, its message, and the attempts it made. */
export function awsError(name: string, message: string, attempts = 1, requestId = 'req-err'): Error {
  return Object.assign(new Error(message), { name, $metadata: { attempts, requestId, httpStatusCode: 400 } });
}
