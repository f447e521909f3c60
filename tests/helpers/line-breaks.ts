/**
 * Where the browser actually broke the lines of every heading and title on a page, measured from
 * the client rects of their characters, and the breaks a Japanese reader would call wrong.
 */
import type { Page } from 'playwright-core';

/** Headings and the titles that components print outside headings. Only the outermost match counts. */
export const TITLE_SELECTOR = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  '.phrases',
  '.breadcrumbs li',
  '.chip',
  '.prev-next a',
  '.timeline__title',
  '.contents li a',
  '.column__title',
  '.press-release__subtitle',
  '.chapter-list .title',
  '.press-list__title',
].join(',');

export interface BadBreak {
  /** The title's text with ' / ' where the browser broke its lines. */
  title: string;
  /** What is wrong, e.g. 地域中|小企業 (a run of kanji cut although it fits the line). */
  problem: string;
}

export interface Measured {
  titles: number;
  /** Titles with at least one line break inside a run of kanji or katakana that would fit the line. */
  compound: BadBreak[];
  /** Titles with a phrase (text between <wbr> or spaces) cut although it fits the line. */
  phrase: BadBreak[];
}

/** Runs in the page: every title's lines, and the breaks inside compounds and phrases. */
export function measureLineBreaks(page: Page, selector = TITLE_SELECTOR): Promise<Measured> {
  return page.evaluate((selector) => {
    const script = (c: string) =>
      /[\p{Script=Han}々〆ヶ]/u.test(c) ? 'kanji' : /[\p{Script=Katakana}ー]/u.test(c) ? 'katakana' : 'other';
    const hidden = (el: Element) =>
      el.closest('rt, rp, .visually-hidden, .sr-only, .chip__mark, [aria-hidden="true"]') !== null;
    const all = [...document.querySelectorAll(selector)];
    const titles = all.filter((el) => !all.some((other) => other !== el && other.contains(el)) && !hidden(el));
    type Char = { c: string; rect: DOMRect; soft: boolean; space: boolean; line: number };
    const result: { titles: number; compound: BadBreak[]; phrase: BadBreak[] } = {
      titles: 0,
      compound: [],
      phrase: [],
    };
    for (const title of titles) {
      const chars: Char[] = [];
      let soft = false;
      let space = false;
      let block: Element | undefined;
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.tagName === 'WBR') soft = true;
          continue;
        }
        if (!node.parentElement || hidden(node.parentElement)) continue;
        // A new block (the title of a prev/next link under its label) starts on its own line anyway.
        let owner: Element = node.parentElement;
        while (owner !== title && getComputedStyle(owner).display.startsWith('inline')) owner = owner.parentElement!;
        if (block !== undefined && owner !== block) space = true;
        block = owner;
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i])) {
            space = true;
            continue;
          }
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (!rect) continue;
          chars.push({ c: text[i], rect, soft, space, line: 0 });
          soft = false;
          space = false;
        }
      }
      if (chars.length === 0) continue;
      result.titles += 1;
      for (let i = 1; i < chars.length; i++) {
        const [prev, next] = [chars[i - 1], chars[i]];
        next.line = prev.line + (next.rect.top > prev.rect.top + prev.rect.height * 0.6 ? 1 : 0);
      }
      // The line box the text wraps in: the content box of the nearest block container.
      let box: Element = title;
      while (getComputedStyle(box).display.startsWith('inline') && box.parentElement) box = box.parentElement;
      const style = getComputedStyle(box);
      const right =
        box.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
      const shown = chars
        .map((ch, i) => (i > 0 && ch.line !== chars[i - 1].line ? ' / ' : ch.space ? ' ' : '') + ch.c)
        .join('');
      const widthOf = (from: number, to: number) => chars.slice(from, to + 1).reduce((w, ch) => w + ch.rect.width, 0);
      // Width of the line a piece of text would start on after the break at `i`, less half a
      // character: a bracket at the start of a line is set half-width (text-spacing-trim), so its
      // rect is narrower than what the browser measured when it chose the break.
      const em = parseFloat(getComputedStyle(title).fontSize);
      const room = (i: number) => right - chars[i].rect.left - em / 2;
      for (let i = 1; i < chars.length; i++) {
        const [prev, next] = [chars[i - 1], chars[i]];
        if (next.line === prev.line || next.space) continue;
        const kind = script(prev.c);
        if (kind === 'other' || kind !== script(next.c)) continue;
        let [from, to] = [i - 1, i];
        while (from > 0 && !chars[from].space && script(chars[from - 1].c) === kind) from -= 1;
        while (to + 1 < chars.length && !chars[to + 1].space && script(chars[to + 1].c) === kind) to += 1;
        if (widthOf(from, to) <= room(i)) {
          const run = chars.slice(from, to + 1).map((ch, j) => (from + j === i ? '|' : '') + ch.c);
          result.compound.push({ title: shown, problem: run.join('') });
          break;
        }
      }
      let start = 0;
      for (let i = 1; i <= chars.length; i++) {
        if (i < chars.length && !chars[i].soft && !chars[i].space) continue;
        const [from, to] = [start, i - 1];
        start = i;
        if (chars[from].line === chars[to].line) continue;
        const lineStart = chars.findIndex((ch) => ch.line === chars[to].line);
        if (widthOf(from, to) <= room(lineStart)) {
          result.phrase.push({
            title: shown,
            problem: chars
              .slice(from, to + 1)
              .map((ch) => ch.c)
              .join(''),
          });
          break;
        }
      }
    }
    return result;
  }, selector);
}
