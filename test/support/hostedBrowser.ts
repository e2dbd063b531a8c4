// A browser for the double's managed login pages, in plain HTTP: it opens the authorize URL the extension hands
// to links.open, follows the redirects to the sign-in form, fills it in, and follows the redirect back to the
// callback (the extension's loopback server) and on to its "signed in" page. What it saw is kept for the test.
import * as assert from 'node:assert/strict';

export interface BrowserVisit {
  /** Each URL the browser requested, in order. */
  visited: string[];
  /** The sign-in form's username value as served (login_hint). */
  prefilled?: string;
  /** The text of the last page it stopped on. */
  lastPage?: string;
  lastStatus?: number;
}

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in on the page reached from `authorizeUrl` with each set of credentials in turn (a wrong password
 *  first shows the form again), then follows the redirect to the callback. */
export async function signInOnHostedPages(authorizeUrl: string, attempts: Credentials[], visit: BrowserVisit): Promise<void> {
  let url = authorizeUrl;
  let response = await get(url, visit);
  while (response.status === 302 || response.status === 303) {
    url = new URL(String(response.headers.get('location')), url).toString();
    response = await get(url, visit);
  }
  let page = await response.text();
  visit.prefilled = /name="username"[^>]*value="([^"]*)"/.exec(page)?.[1];
  for (const { username, password } of attempts) {
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
    assert.ok(action, `a sign-in form at ${url}: ${page.slice(0, 200)}`);
    const formUrl = new URL(unescapeHtml(action), url).toString();
    visit.visited.push(formUrl);
    response = await fetch(formUrl, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username, password }).toString() });
    if (response.status !== 200) break;
    page = await response.text();
  }
  while (response.status === 302 || response.status === 303) {
    url = new URL(String(response.headers.get('location')), url).toString();
    response = await get(url, visit);
  }
  visit.lastStatus = response.status;
  visit.lastPage = await response.text();
}

function get(url: string, visit: BrowserVisit): Promise<Response> {
  visit.visited.push(url);
  return fetch(url, { redirect: 'manual' });
}

/** An attribute's text as the browser reads it: numeric and &amp; entities decoded. */
function unescapeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}
