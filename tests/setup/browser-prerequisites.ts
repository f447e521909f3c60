/**
 * Runs first for the build, search and browser tests: without Chromium or the Japanese fonts, stop
 * once, before anything is built, with what to install (not a stack trace per browser test file).
 */
import { missingForBrowserTests } from '../../scripts/lib/browser.ts';

export default function setup() {
  const missing = missingForBrowserTests();
  if (!missing) return;
  // The message is the whole story: no stack trace, and no test file starts only to fail.
  console.error(`\n${missing}\n`);
  process.exit(1);
}
