// Debian's Chromium driven by playwright-core (its own browser downloads are not reachable here): the vscode
// runner and the ui level open code-server's workbench in it.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these Chromium keeps trying to reach the (closed) network.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The page talks to code-server and the double on loopback and nothing else: every other host name fails to
  // resolve (the rules apply to address literals too, hence 127.0.0.2, where a UI test's double listens).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
