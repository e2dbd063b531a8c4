import type { BulkProgress } from '../bulk/runMany';

// The ways a flow reports back besides prompts, as interfaces so flows stay free of VS Code.

export interface Feedback {
  /** A notification with optional buttons; resolves to the button chosen, if any. */
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  /** A short confirmation in the status bar. */
  status(message: string): void;
  /** Shows that a call is running (so nobody starts it twice) until the task settles. */
  progress<T>(title: string, task: () => Promise<T>): Promise<T>;
  /** A notification for work on many items, with a Cancel button: the task reads cancelled() before each call. */
  bulkProgress<T>(title: string, task: (progress: BulkProgress) => Promise<T>): Promise<T>;
  /** A notification with a Cancel button while the task waits for something outside VS Code (a browser);
   *  the signal aborts when the person cancels. */
  waitFor<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

/** The Cognito output channel, for what a flow did (never what was typed). */
export interface ActivityLog {
  info(line: string): void;
}

/** Opens a web page in the person's browser (the AWS Console), or a file in an editor (a report). */
export interface Links {
  open(url: string): Promise<void>;
  showFile(path: string): Promise<void>;
  /** The address a browser reaches for a URL of this machine's loopback (vscode.env.asExternalUri): the URL
   *  itself in a desktop window, a forwarded or proxied address in a remote one. */
  externalUri(url: string): Promise<string>;
}

export interface Clipboard {
  writeText(text: string): Promise<void>;
}
