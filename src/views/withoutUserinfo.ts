// An endpoint URL may carry a user:password (http://user:pass@127.0.0.1:9229). A text that may name such
// a URL (an error detail) goes through this before it is shown; a URL itself goes through
// displayEndpoint (connection/endpoint.ts), as the issuer and JWKS URLs do.

/** Every URL in a text without its user:password part (e.g. an error detail that names a JWKS address). */
export function withoutUserinfoInText(text: string): string {
  // scheme://userinfo@host: the userinfo is everything up to the last '@' before the path.
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi, '$1');
}
