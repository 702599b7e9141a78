import { chromium, type Browser } from 'playwright-core';

/** Serves a built site on 127.0.0.1 (a free port) the way a static host would. */
export { serveStatic as serve } from '../../src/lib/cli/static-server.ts';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
