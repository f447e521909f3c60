import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { chipHtml, chipListHtml, chipsOf } from '../../src/lib/chips.ts';
import { phrasesHtml } from '../../src/lib/phrases.ts';

describe('chipHtml', () => {
  it('links the label to the entry, with its badge and its type read out first', () => {
    const $ = cheerio.load(
      chipHtml({ type: 'question', label: '地域とつながって働くことで、人は何を得るのか', href: '/questions/q/' }).html,
    );
    const chip = $('a.chip.chip--question');
    expect(chip.attr('href')).toBe('/questions/q/');
    expect(chip.find('.chip__mark').attr('aria-hidden')).toBe('true');
    expect(chip.find('.visually-hidden').text()).toBe('問い: ');
    expect(chip.find('.phrases').html()).toBe(phrasesHtml('地域とつながって働くことで、人は何を得るのか'));
  });

  it('is a plain label without a link when the entry has no page', () => {
    const markup = chipHtml({ type: 'person', label: '山田' }).html;
    expect(markup).toMatch(/^<span class="chip chip--person">/);
    expect(markup).not.toContain('href');
  });

  it('escapes the label and the link', () => {
    const markup = chipHtml({ type: 'region', label: 'A&B<c>', href: '/r/?a="1"&b' }).html;
    expect(markup).toContain('href="/r/?a=&quot;1&quot;&amp;b"');
    expect(cheerio.load(markup)('.phrases').text()).toBe('A&B<c>');
  });
});

describe('chipListHtml', () => {
  it('is nothing when there are no chips', () => {
    expect(chipListHtml('この章の問いと兆し', []).html).toBe('');
  });

  it('lists the chips in the order given, under the list name', () => {
    const $ = cheerio.load(
      chipListHtml('この章の問いと兆し', [
        { type: 'question', label: '問いA', href: '/questions/a/' },
        { type: 'sign', label: '兆しB', href: '/signs/b/' },
      ]).html,
    );
    expect($('ul.chips').attr('aria-label')).toBe('この章の問いと兆し');
    expect(
      $('ul.chips > li > a.chip')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/questions/a/', '/signs/b/']);
  });
});

describe('chipsOf', () => {
  it('orders 問い, 兆し, 地域, 人物 whatever order they are given in, linking each through url()', () => {
    const chips = chipsOf(
      {
        people: [{ id: 'p', name: '人' }],
        regions: [{ id: 'r', name: '地' }],
        signs: [{ id: 's', title: '兆' }],
        questions: [{ id: 'q', title: '問' }],
      },
      (path) => `/base${path}`,
    );
    expect(chips).toEqual([
      { type: 'question', label: '問', href: '/base/questions/q/' },
      { type: 'sign', label: '兆', href: '/base/signs/s/' },
      { type: 'region', label: '地', href: '/base/regions/r/' },
      { type: 'person', label: '人', href: '/base/people/p/' },
    ]);
  });
});
