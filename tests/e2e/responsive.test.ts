import { describe, expect, it } from 'vitest';
import { PAGES, siteInBrowser } from '../helpers/browser-pages.ts';

const site = siteInBrowser();

describe('narrow screens', () => {
  // The smallest phones in use are 320 CSS pixels wide; nothing may push the page sideways there
  // (wide tables scroll inside their own region instead).
  it.each(PAGES)('%s fits 320 px without sideways scrolling', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(site.server.origin + path);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => !el.closest('.table-scroll, .compare, pre, .site-nav'))
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
        return { scroll: document.documentElement.scrollWidth - width, wide: [...new Set(wide)].slice(0, 5) };
      });
      expect(overflow).toEqual({ scroll: 0, wide: [] });
    } finally {
      await page.close();
    }
  });
});
