// The custom endpoint (for emulators such as cognito-local): https anywhere, plain http only on
// this machine, so credentials and request contents never cross a network unencrypted.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function checkEndpoint(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `The endpoint "${value}" is not a URL; use a form like http://127.0.0.1:9229.`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `The endpoint must start with http:// or https:// (got ${url.protocol}).`;
  if (!isLoopback(url.hostname)) {
    return `Plain http is allowed only for this machine (localhost, 127.0.0.1, ::1); use https:// for ${url.hostname}.`;
  }
  return undefined;
}

/** The endpoint without any user:password part, for the status bar. */
export function displayEndpoint(value: string): string {
  try {
    const url = new URL(value);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return value;
  }
}

export function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
