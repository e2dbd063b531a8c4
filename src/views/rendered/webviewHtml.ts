// STUB (uncommitted): the webview helper writes the real one.
export function webviewHtml(o: { title: string; viewType: string; nonce: string; cspSource: string; scriptUri: string; codiconsUri: string }): string { return JSON.stringify(o); }
export function newNonce(): string { return 'x'; }
