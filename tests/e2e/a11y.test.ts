import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { PAGES, siteInBrowser } from '../helpers/browser-pages.ts';

const site = siteInBrowser();

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`has no violations on %s in the ${colorScheme} scheme`, async (path) => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(site.server.origin + path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('Content-Security-Policy of public/_headers', () => {
  it.each(PAGES)('blocks nothing on %s', async (path) => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    try {
      const response = await page.goto(site.server.origin + path);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and shows a focus outline', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.origin + PAGES[2]);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent, outline: style.outlineStyle, top: el.getBoundingClientRect().top };
      });
      expect(focused.text).toBe('本文へ移動');
      expect(focused.outline).toBe('solid');
      expect(focused.top).toBeGreaterThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});
