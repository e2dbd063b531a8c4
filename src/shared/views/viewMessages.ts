import type { ViewModel } from './viewModel';

// The messages between a rendered view's webview and the extension. The webview starts empty and asks
// for its model (`ready`) each time its page loads: VS Code destroys a hidden webview's page
// (retainContextWhenHidden is off), so showing it again loads it again and it asks again. A click names
// a field or an action of the model it was sent; the extension does the rest (the clipboard, the browser,
// the command) and answers with what a screen reader should announce.

export type FromWebview =
  | { type: 'ready' }
  | { type: 'copy'; field: string }
  | { type: 'open'; field: string }
  | { type: 'action'; action: string };

export type ToWebview =
  | { type: 'render'; model: ViewModel }
  /** Forget what is shown (the tokens of a sign-in that ended) and show `lead` instead. */
  | { type: 'clear'; title: string; lead: string }
  /** Announced to screen readers and shown briefly: "Copied Pool Id". */
  | { type: 'announce'; text: string };

/** The `viewType`s of the panels: `activeWebviewPanelId` in a `when` clause is one of these. */
export const DETAILS_VIEW_TYPE = 'cognito.details';
export const TOKENS_VIEW_TYPE = 'cognito.tokens';

/** A message from a webview, checked: anything else (a page that is not ours) is ignored. */
export function fromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if ((m.type === 'copy' || m.type === 'open') && typeof m.field === 'string') return { type: m.type, field: m.field };
  if (m.type === 'action' && typeof m.action === 'string') return { type: 'action', action: m.action };
  return undefined;
}
