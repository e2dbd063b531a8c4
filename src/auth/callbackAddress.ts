// Where the browser must be sent back to reach the extension's loopback server. In a desktop window that is
// the loopback URL itself. In a remote window (code-server, SSH, containers, Codespaces) the browser runs on
// another machine, so vscode.env.asExternalUri maps the port to an address the browser can reach: a forwarded
// localhost port, a Codespaces host, or code-server's `<origin>/proxy/<port>/`. code-server's mapping keeps
// only the origin and its proxy path and drops the loopback URL's own path (its resolveExternalUri renders
// the proxy template alone), so the path is put back here: the proxy then forwards `/proxy/<port>/callback`
// to `/callback` on the port.

/** The loopback URL the server listens at: `http://localhost:<port>/callback`. */
export function loopbackCallbackUrl(port: number): string {
  return `http://localhost:${port}/callback`;
}

/** The callback URL to register and send: the external address, with the loopback path when it was dropped. */
export function callbackAddress(loopbackUrl: string, externalUrl: string): string {
  const loopback = new URL(loopbackUrl);
  const external = new URL(externalUrl);
  if (external.pathname.endsWith(loopback.pathname)) return stripTrailing(external);
  external.pathname = `${external.pathname.replace(/\/+$/, '')}${loopback.pathname}`;
  return stripTrailing(external);
}

/** The URL without a query or fragment: a callback URL is compared with the client's list exactly. */
function stripTrailing(url: URL): string {
  url.search = '';
  url.hash = '';
  return url.toString();
}
