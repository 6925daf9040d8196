import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The flags every Chromium we start gets; without the networking ones it calls Google at start. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install it with `apt-get install -y chromium` or set CHROME_PATH';

/** `CHROME_PATH`, else Debian's Chromium (the binary behind /usr/bin/chromium skips its wrapper's warning). */
export function findChromium(): string {
  const candidates = process.env.CHROME_PATH
    ? [process.env.CHROME_PATH]
    : ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}

/**
 * Playwright gives every launch a fresh temporary `--user-data-dir` of its own (and refuses one in
 * `args`), so runs never share a profile.
 */
export function launchChromium(executablePath = findChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
