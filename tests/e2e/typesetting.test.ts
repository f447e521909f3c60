import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chapters } from '../helpers/content.ts';
import { siteInBrowser } from '../helpers/browser-pages.ts';

const site = siteInBrowser();
const chapterPaths = chapters.map((c) => `/${c.year}/${c.slug}/`);

/** Rects of the ruby's reading and of its base text (the first ruby of the body). */
function rubyRects(page: Page) {
  return page.evaluate(() => {
    const ruby = document.querySelector('.prose ruby')!;
    const range = document.createRange();
    range.selectNodeContents(ruby.firstChild!);
    const base = range.getBoundingClientRect();
    const rt = ruby.querySelector('rt')!.getBoundingClientRect();
    const visible = [...ruby.querySelectorAll('rp')].map((rp) => getComputedStyle(rp).display);
    return { base: base.toJSON() as DOMRect, rt: rt.toJSON() as DOMRect, rp: visible };
  });
}

async function vertical(page: Page, path: string) {
  await page.goto(site.server.origin + path);
  await page.getByText('縦書きで読む').click();
  await page.getByText('横書きに戻す').waitFor();
}

describe('ruby', () => {
  it('sets the reading above its base, and hides the fallback parentheses', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await page.goto(site.server.origin + '/2021/introduction/');
      const { base, rt, rp } = await rubyRects(page);
      // The boxes include the fonts' ascent and descent, so compare the reading's middle with the base's edge.
      expect(rt.top).toBeLessThan(base.top);
      expect((rt.top + rt.bottom) / 2).toBeLessThan(base.top + base.height * 0.2);
      expect(rt.left).toBeLessThan(base.right);
      expect(rt.right).toBeGreaterThan(base.left);
      expect(rt.height).toBeLessThan(base.height);
      expect(rp).toEqual(['none', 'none']);
    } finally {
      await page.close();
    }
  });

  it('sets the reading to the right of its base in vertical text', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await vertical(page, '/2021/introduction/');
      const { base, rt } = await rubyRects(page);
      expect(rt.right).toBeGreaterThan(base.right);
      expect((rt.left + rt.right) / 2).toBeGreaterThan(base.right - base.width * 0.2);
      expect(rt.top).toBeLessThan(base.bottom);
      expect(rt.bottom).toBeGreaterThan(base.top);
    } finally {
      await page.close();
    }
  });
});

describe('縦書き (vertical reading)', () => {
  it('is off until the reader asks for it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await page.goto(site.server.origin + chapterPaths[0]);
      const mode = await page.evaluate(() => getComputedStyle(document.querySelector('.prose')!).writingMode);
      expect(mode).toBe('horizontal-tb');
      await expect(page.getByText('横書きに戻す').isVisible()).resolves.toBe(false);
    } finally {
      await page.close();
    }
  });

  for (const width of [320, 360, 1280]) {
    it(`reads every chapter top to bottom, right to left, without sideways page scroll at ${width} px`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 760 } });
      try {
        for (const path of chapterPaths) {
          await vertical(page, path);
          const layout = await page.evaluate(() => {
            const prose = document.querySelector('.prose')!;
            const paragraph = prose.querySelector('p')!;
            const text = paragraph.firstChild!;
            const rects = [0, 1, 2, 3].map((i) => {
              const range = document.createRange();
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              return range.getBoundingClientRect();
            });
            const box = prose.getBoundingClientRect();
            const tables = [...prose.querySelectorAll('.table-scroll, .figure')].map(
              (el) => getComputedStyle(el).writingMode,
            );
            return {
              mode: getComputedStyle(prose).writingMode,
              pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
              scrollsItself: prose.scrollWidth > prose.clientWidth,
              sameColumn: rects.every((r) => Math.abs(r.left - rects[0].left) < 1),
              downwards: rects.every((r, i) => i === 0 || r.top > rects[i - 1].top),
              startsAtRight: box.right - rects[0].right < 40,
              tables: [...new Set(tables)],
            };
          });
          expect(layout, path).toMatchObject({
            mode: 'vertical-rl',
            pageOverflow: 0,
            scrollsItself: true,
            sameColumn: true,
            downwards: true,
            startsAtRight: true,
          });
          expect(
            layout.tables.filter((m) => m !== 'horizontal-tb'),
            path,
          ).toEqual([]);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('sets short numbers upright in one character cell', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await vertical(page, '/2021/introduction/');
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll('.prose p .tcy')].slice(0, 10).map((el) => {
          const rect = el.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(el).fontSize);
          return { text: el.textContent, height: rect.height / size };
        }),
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.height, cell.text!).toBeLessThan(1.2);
    } finally {
      await page.close();
    }
  });

  it('switches back with 「横書きに戻す」, also from the keyboard', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await vertical(page, chapterPaths[0]);
      await page.focus('#tate-mode');
      await page.keyboard.press('Space');
      const mode = await page.evaluate(() => getComputedStyle(document.querySelector('.prose')!).writingMode);
      expect(mode).toBe('horizontal-tb');
      await expect(page.getByText('縦書きで読む').isVisible()).resolves.toBe(true);
    } finally {
      await page.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${colorScheme} scheme`, async () => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      try {
        await vertical(page, '/2021/introduction/');
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
