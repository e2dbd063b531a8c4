// Cognito's rules for an app client's OAuth URLs (CreateUserPoolClient's CallbackURLs and LogoutURLs in the
// API reference): at most 100 of each, each 1–1024 characters; "A redirect URI must: be an absolute URI; be
// registered with the client; not include a fragment component"; and Amazon Cognito "requires HTTPS over
// HTTP except for http://localhost for testing purposes only" (an app's own scheme, myapp://callback, is
// allowed), and since August 2025 the loopback IP literals 127.0.0.1 and [::1] too (an AWS engineer in
// microsoft/vscode#256122: "Cognito now supports adding the loopback IP literal as a callback URL"). Typed as
// one box, the URLs separated by spaces or commas.

export const MAX_URLS = 100;
const MAX_URL_LENGTH = 1024;
/** The hosts a plain-http URL may name: this machine, by name or as a loopback IP literal. */
const PLAIN_HTTP_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The URLs typed in one box: split at spaces and commas, empties dropped. */
export function urlList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** Why one URL is refused, or undefined. */
export function urlProblem(url: string): string | undefined {
  if (url.length > MAX_URL_LENGTH) return `A URL has at most ${MAX_URL_LENGTH} characters (${url.slice(0, 40)}… has ${url.length}).`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${url} is not an absolute URL; write it with its scheme, such as https://app.example.com/callback.`;
  }
  if (url.includes('#')) return `${url} has a fragment (#…); Cognito allows none in a redirect URL.`;
  if (parsed.protocol === 'http:' && !PLAIN_HTTP_HOSTS.has(parsed.hostname)) return `${url} uses http; Cognito requires https, except for http://localhost, http://127.0.0.1 and http://[::1].`;
  return undefined;
}

/** A box of callback or sign-out URLs; `required`: at least one (the code and implicit grants need a callback). */
export function checkUrls(value: string, required: boolean): string | undefined {
  const urls = urlList(value);
  if (urls.length === 0) return required ? 'Enter at least one callback URL: the code and implicit grants redirect to it.' : undefined;
  if (urls.length > MAX_URLS) return `At most ${MAX_URLS} URLs (now ${urls.length}).`;
  const twice = urls.find((url, i) => urls.indexOf(url) !== i);
  if (twice) return `${twice} is listed twice.`;
  for (const url of urls) {
    const problem = urlProblem(url);
    if (problem) return problem;
  }
  return undefined;
}
