// The ways a flow reports back besides prompts, as interfaces so flows stay free of VS Code.

export interface Feedback {
  /** A notification with optional buttons; resolves to the button chosen, if any. */
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  /** A short confirmation in the status bar. */
  status(message: string): void;
}

export interface Clipboard {
  writeText(text: string): Promise<void>;
}
