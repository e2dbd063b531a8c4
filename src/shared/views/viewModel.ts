// What a rendered view shows (details of a pool, app client or user; a sign-in's tokens), as plain data.
// The extension builds a model, posts it to the webview (src/views/rendered/), and the webview's script
// (src/webview/) renders it with templates that escape every value. The same model also becomes the
// "Show as Text" Markdown (src/views/models/markdown.ts), so what the two show cannot drift apart.
//
// Nothing in a model is HTML: every string is shown as text. Ids in a model (`Field.id`, `ViewAction.id`)
// are how the webview names what a person clicked; the extension looks them up in the model it posted,
// so the webview can never ask to copy, open or run anything the model did not offer.

export interface ViewModel {
  /** The heading: "User pool demo-pool", "Signed in as bob". */
  title: string;
  /** One sentence under the heading: what the view is, or why it is empty ("This sign-in is gone"). */
  lead?: string;
  /** Buttons under the heading: the subject's commands (Set Password…, Refresh Tokens, Sign Out). */
  actions: ViewAction[];
  sections: ViewSection[];
  /** The Tokens view's tokens, each with its parts and claims; only while its panel is visible. */
  tokens?: TokenModel[];
}

export interface ViewSection {
  title: string;
  fields: Field[];
  /** Pictures made in the extension (a QR code to scan), never fetched. */
  images?: ViewImage[];
}

export interface Field {
  /** Unique within the model: what a copy or open message names. */
  id: string;
  label: string;
  /** Shown as text, never as markup. */
  value: string;
  /** An id, ARN, URL or other machine value: shown in the editor's monospace font. */
  mono?: boolean;
  /** A copy button beside the value; it copies `value`. */
  copy?: boolean;
  /** `value` is an http(s) URL that opens in the browser. */
  link?: boolean;
  /** A date (milliseconds since 1970): the webview shows it local and relative ("in 59 min"). */
  time?: number;
  /** A short explanation under the label: what a claim means, what a setting does. */
  hint?: string;
  /** The commands that act on this value (Edit Authentication Flows…, Enable User), as buttons beside it. */
  actions?: ViewAction[];
}

/** A button that runs a command of the extension on the view's subject. */
export interface ViewAction {
  /** Unique within the model. */
  id: string;
  /** The button's text, and what a screen reader says. */
  label: string;
  /** A codicon's name (`copy`, `refresh`, `sign-out`). */
  icon?: string;
}

export interface ViewImage {
  id: string;
  /** What the picture shows, for screen readers: "QR code of the authenticator app's set-up key". */
  alt: string;
  /** `data:image/svg+xml;base64,…` made in the extension; the webview shows nothing else. */
  dataUri: string;
}

export interface TokenModel {
  /** Unique within the model ("id", "access"); `${id}` is also the field id that copies the whole token. */
  id: string;
  /** "ID token", "Access token". */
  name: string;
  /** header, payload and signature as in the token, each shown in its own colour; absent when it is malformed. */
  parts?: [string, string, string];
  /** Why the token cannot be shown (malformed, none returned). */
  problem?: string;
  signature: { state: 'verified' | 'failed' | 'unchecked'; detail: string };
  /** `exp` in milliseconds on this computer's clock (the issuer's lead already taken off): the countdown's end. */
  expiresAt?: number;
  /** The header's members and the claims, each with a copy button. */
  header: Field[];
  claims: Field[];
}

/** The webview's marker for an image it may show: only SVG made by the extension, base64 encoded. */
export const SVG_DATA_URI_PREFIX = 'data:image/svg+xml;base64,';
