import * as assert from 'node:assert/strict';
import { newNonce, webviewHtml, type WebviewShell } from '../../src/views/rendered/webviewHtml';

// The HTML shell the extension gives a rendered view's webview: a strict policy (scripts only with this
// page's nonce, nothing from the network), one script, and every value it holds escaped. What the page then
// renders is checked in a real browser (test/ui/renderedPage.test.ts).

const ATTACK = '"><img src=x onerror=alert(1)>';
const SHELL: WebviewShell = {
  title: 'User pool <img src=x onerror=alert(1)> & "quoted" \'too\'',
  viewType: ATTACK,
  nonce: 'n0nce+/Ab9==',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js?a=1&b="2"',
  codiconsUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/codicons/codicon.css',
};

/** Undoes the five escapes, as the browser reads an attribute or a text. */
const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The tags of the document with their attributes, as a browser would split them (values in double quotes). */
function tags(html: string): { name: string; attributes: Record<string, string> }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g)].map(([, name, rest]) => ({
    name: name.toLowerCase(),
    attributes: Object.fromEntries([...rest.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [key.toLowerCase(), unescape(value ?? '')])),
  }));
}

describe('the webview HTML shell', () => {
  const html = webviewHtml(SHELL);

  it('sets exactly the strict Content Security Policy: no default, scripts by nonce, styles, fonts and pictures from the extension', () => {
    const policies = tags(html).filter((tag) => tag.name === 'meta' && tag.attributes['http-equiv'] === 'Content-Security-Policy');
    assert.deepEqual(
      policies.map((tag) => tag.attributes.content),
      [
        "default-src 'none'; script-src 'nonce-n0nce+/Ab9=='; style-src https://file+.vscode-resource.vscode-cdn.net; " +
          'font-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net data:',
      ],
    );
  });

  it('loads one script, by its address and with the nonce, and holds no inline script or event handler', () => {
    const scripts = tags(html).filter((tag) => tag.name === 'script');
    assert.deepEqual(
      scripts.map((tag) => tag.attributes),
      [{ nonce: SHELL.nonce, src: SHELL.scriptUri }],
    );
    assert.deepEqual([...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]), [''], 'the script element is empty');
    assert.deepEqual(
      tags(html).flatMap((tag) => Object.keys(tag.attributes).filter((key) => key.startsWith('on'))),
      [],
      'no on… attribute anywhere',
    );
  });

  it('links the codicon stylesheet under the id @vscode-elements looks for', () => {
    const links = tags(html).filter((tag) => tag.name === 'link');
    assert.deepEqual(links.map((tag) => tag.attributes), [{ id: 'vscode-codicon-stylesheet', rel: 'stylesheet', href: SHELL.codiconsUri }]);
  });

  it('escapes every value: a title and a view type such as "<img src=x onerror=alert(1)>" stay text', () => {
    assert.deepEqual(
      tags(html).map((tag) => tag.name),
      ['html', 'head', 'meta', 'meta', 'meta', 'link', 'title', 'body', 'script'],
      'no element but the shell’s own',
    );
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    assert.equal(title, 'User pool &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;too&#39;');
    assert.deepEqual(
      tags(html).filter((tag) => tag.name === 'body').map((tag) => tag.attributes),
      [{ 'data-view': ATTACK }],
    );
    assert.ok(!html.includes('<img'), 'no <img tag in the text');
  });

  it('holds no data: nothing but the title, the view type and the addresses', () => {
    const text = html.replace(/<[^>]*>/g, '').trim();
    assert.equal(unescape(text), SHELL.title);
  });

  it('makes a new nonce each time: 128 random bits in base64, as a CSP nonce is written', () => {
    const nonces = Array.from({ length: 20 }, () => newNonce());
    assert.equal(new Set(nonces).size, nonces.length);
    for (const nonce of nonces) {
      assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
      assert.equal(Buffer.from(nonce, 'base64').length, 16);
    }
  });
});
