// Usage: node scripts/screenshot.mjs <url-path-and-query> <out.png> [width] [height] [colorScheme] [full|viewport]
// Serves dist/ (run `npx vite build` first), opens the page in headless Chromium,
// waits for the timeline (or its error), and saves a screenshot to look at.
import { startStaticServer } from './static-server.mjs';
import { launchChromium } from './chromium.mjs';

const [pathAndQuery = '/', out = 'screenshot.png', width = '1280', height = '800', scheme = 'light', extent = 'full'] =
  process.argv.slice(2);
const server = await startStaticServer(['dist']);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url + pathAndQuery);
  await page
    .waitForFunction(
      () => performance.getEntriesByName('timeline-ready').length + performance.getEntriesByName('timeline-error').length > 0,
      null,
      { timeout: 15000 },
    )
    .catch(() => console.error('neither timeline-ready nor timeline-error was marked within 15 s'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: extent === 'full' });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
