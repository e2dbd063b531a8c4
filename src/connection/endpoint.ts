// The custom endpoint (for emulators such as cognito-local): https anywhere, plain http only on
// this machine, so credentials and request contents never cross a network unencrypted. This is a product
// decision, stricter than AWS (the SDK would take any URL). The messages never repeat the value: it may
// hold a user:password, and it may be very long.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function checkEndpoint(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'The endpoint is not a URL; use a form like http://127.0.0.1:9229.';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return 'The endpoint must start with http:// or https://.';
  if (!isLoopback(url.hostname)) {
    return 'Plain http is allowed only for this machine (localhost, 127.0.0.1, ::1); use https:// for any other host.';
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
