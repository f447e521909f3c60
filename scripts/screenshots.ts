/**
 * `npm run screenshots [-- /path/ ...]`: photographs pages of the built site (dist/) at a phone
 * width (360 px) and a desktop width (1280 px), in light and dark schemes, into .tmp/screenshots/.
 * Look at them before calling a page done.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/2021/'];
const outDir = join('.tmp', 'screenshots');
await mkdir(outDir, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL === '1' });
        console.log(join(outDir, name));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
