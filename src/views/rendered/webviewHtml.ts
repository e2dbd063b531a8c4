import { randomBytes } from 'node:crypto';

// The HTML shell a rendered view's webview loads: the Content Security Policy, the codicon stylesheet, the
// page script and the escaped title, and no data. The model arrives by message and the page renders it
// with templates that escape every value (src/webview/), so no value of a pool, user or token is ever
// written into HTML here. Pure (no `vscode`), so a unit test reads the exact text.

export interface WebviewShell {
  /** The panel's title, also the document's <title>. */
  title: string;
  /** The panel's viewType (DETAILS_VIEW_TYPE, TOKENS_VIEW_TYPE), as <body data-view>. */
  viewType: string;
  /** From newNonce(), new for each HTML the panel is given. */
  nonce: string;
  /** webview.cspSource: the only origin of styles, fonts and pictures besides data: URIs. */
  cspSource: string;
  /** webview.asWebviewUri of dist/webview.js and dist/codicons/codicon.css. */
  scriptUri: string;
  codiconsUri: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element and inside a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** The policy: scripts only with this page's nonce, styles and fonts only from the extension, no network. */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

export function webviewHtml({ title, viewType, nonce, cspSource, scriptUri, codiconsUri }: WebviewShell): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(nonce, cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="vscode-codicon-stylesheet" rel="stylesheet" href="${e(codiconsUri)}">
<title>${e(title)}</title>
</head>
<body data-view="${e(viewType)}">
<script nonce="${e(nonce)}" src="${e(scriptUri)}"></script>
</body>
</html>
`;
}

/** 128 random bits, base64: a CSP nonce nobody can guess, new for each shell. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}
