import type { CallLogEntry } from '../aws/cognito/service';

/** One log line per Cognito call: operation, region, duration, request id, error name. The entry has
 *  no parameters, so no password, secret or token can reach the log. */
export function callLogLine({ operation, region, ms, requestId, error }: CallLogEntry): string {
  return `${operation} ${region} ${ms} ms${requestId ? ` request ${requestId}` : ''}${error ? ` failed: ${error}` : ''}`;
}
