// An endpoint URL may carry a user:password (http://user:pass@127.0.0.1:9229). Whatever the extension
// shows or copies goes through these, so that part never reaches a document, a snippet or the clipboard.

/** The URL as given, without its user:password part. */
export function withoutUserinfo(url: string): string {
  return withoutUserinfoInText(url);
}

/** Every URL in a text without its user:password part (e.g. an error detail that names a JWKS address). */
export function withoutUserinfoInText(text: string): string {
  // scheme://userinfo@host: the userinfo is everything up to the last '@' before the path.
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi, '$1');
}
