export interface CallLogEntry {
  operation: string;
  region: string;
  ms: number;
  requestId?: string;
  /** The AWS error name (or our error kind), never its message. */
  error?: string;
}

/** Where a call's outcome is recorded: operation, duration, request id, error name. Never parameters. */
export interface CallLog {
  call(entry: CallLogEntry): void;
}

/** One log line per Cognito call: operation, region, duration, request id, error name. The entry has
 *  no parameters, so no password, secret or token can reach the log. */
export function callLogLine({ operation, region, ms, requestId, error }: CallLogEntry): string {
  return `${operation} ${region} ${ms} ms${requestId ? ` request ${requestId}` : ''}${error ? ` failed: ${error}` : ''}`;
}
