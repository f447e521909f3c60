import { describe, expect, it } from 'vitest';
import { allPages } from '../helpers/site.ts';
import { measureLineBreaks } from '../helpers/line-breaks.ts';
import { siteInBrowser } from '../helpers/browser-pages.ts';

const site = siteInBrowser();
const pages = allPages();

describe('line breaks in headings and titles', () => {
  // Every page of the real content, at the smallest phone, a common phone and a desktop width.
  it.each([320, 360, 1280])('break only between phrases at %i px', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      let titles = 0;
      const compound: string[] = [];
      const phrase: string[] = [];
      for (const path of pages) {
        await page.goto(site.server.origin + path);
        const measured = await measureLineBreaks(page);
        titles += measured.titles;
        compound.push(...measured.compound.map((b) => `${path}: ${b.problem} in 「${b.title}」`));
        phrase.push(...measured.phrase.map((b) => `${path}: ${b.problem} in 「${b.title}」`));
      }
      expect(titles).toBeGreaterThan(pages.length * 5);
      expect(compound, 'line breaks inside a run of kanji or katakana that fits the line').toEqual([]);
      expect(phrase, 'phrases cut although they fit the line').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('catches a title cut inside a compound (the check itself can fail)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await page.goto(site.server.origin + '/2021/right-hand-graduates/');
      // Without the phrase markup's rules the browser breaks Japanese anywhere again.
      await page.addStyleTag({ content: '.phrases { word-break: normal !important } wbr { display: none }' });
      await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        h1.style.inlineSize = '9em';
      });
      const measured = await measureLineBreaks(page, 'h1');
      expect(measured.compound.length + measured.phrase.length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
