/**
 * Headless Chromium for the browser tests (the clerk's page, the HTML report), driven by
 * playwright-core. CI installs Debian's `chromium` (.ci/run); PERFLINT_CHROMIUM points elsewhere.
 * Without a browser the tests fail loudly rather than skip: a page nobody ran is not tested.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const chosen = process.env.PERFLINT_CHROMIUM ?? CANDIDATES.find((path) => existsSync(path));
  if (!chosen) throw new Error(`no Chromium found (tried ${CANDIDATES.join(', ')}); install Debian's chromium or set PERFLINT_CHROMIUM`);
  return chosen;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
}
