import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { addFigureTools, figureToolsHtml } from '../../src/lib/figure-tools.ts';

const TABLE = { number: '表4-1', href: '/2091/a/#table-members', csv: '/2091/a/table-members.csv', citation: '引用' };

describe('figureToolsHtml', () => {
  it('links the figure and its CSV and prints the citation line', () => {
    expect(figureToolsHtml(TABLE).html).toBe(
      '<div class="figure-tools" data-pagefind-ignore>' +
        '<a href="/2091/a/#table-members">表4-1へのリンク</a>' +
        '<a href="/2091/a/table-members.csv" download type="text/csv">表4-1のCSV</a>' +
        '<details><summary>この図表を引用</summary><p class="figure-tools__cite">引用</p></details></div>',
    );
  });

  it('has no CSV link for a figure without a CSV file', () => {
    const { csv: _, ...figure } = TABLE;
    const $ = cheerio.load(figureToolsHtml({ ...figure, number: '図4-1' }).html);
    expect($('a').length).toBe(1);
    expect($('a').text()).toBe('図4-1へのリンク');
    expect($('.figure-tools').text()).not.toContain('CSV');
  });

  it('escapes the number, the links and the citation', () => {
    const html = figureToolsHtml({
      number: '表<1>',
      href: '/a/?x=1&y="2"#t',
      csv: "/a/'t'.csv",
      citation: '「A&B」<script>alert(1)</script>',
    }).html;
    expect(html).toContain('<a href="/a/?x=1&amp;y=&quot;2&quot;#t">表&lt;1&gt;へのリンク</a>');
    expect(html).toContain('<a href="/a/&#39;t&#39;.csv" download');
    expect(html).toContain('<p class="figure-tools__cite">「A&amp;B」&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(cheerio.load(html)('script').length).toBe(0);
  });
});

describe('addFigureTools', () => {
  const tools = { 'table-members': figureToolsHtml(TABLE) };
  const figure = (id: string) =>
    `<figure class="figure" id="${id}"><figcaption><a class="figure__number" href="#${id}">表4-1</a>人数</figcaption>` +
    `<div class="table-scroll"><table><tbody><tr><td>A&amp;B</td></tr></tbody></table></div>` +
    `<p class="figure__source">出典: 資料</p></figure>`;

  it('puts the block as the figure’s last child and leaves every other byte as it was', () => {
    const before = `<p>本文&nbsp;<br>「&#x27;」</p>\n`;
    const after = `\n<p>後<img src="a.png" alt=""></p>`;
    const html = before + figure('table-members') + after;
    const out = addFigureTools(html, tools);
    expect(out).toBe(
      before + figure('table-members').replace(/<\/figure>$/, `${tools['table-members'].html}</figure>`) + after,
    );
    const $ = cheerio.load(out);
    expect($('figure#table-members > :last-child').is('.figure-tools')).toBe(true);
  });

  it('adds each figure’s own block, and none where the page has no placed figure of that anchor', () => {
    const second = { ...TABLE, number: '表4-2', href: '/2091/a/#table-2', csv: '/2091/a/table-2.csv' };
    const html = figure('table-members') + figure('table-2') + figure('table-unplaced');
    const $ = cheerio.load(addFigureTools(html, { ...tools, 'table-2': figureToolsHtml(second) }));
    expect($('#table-members .figure-tools a').first().text()).toBe('表4-1へのリンク');
    expect($('#table-2 .figure-tools a').first().text()).toBe('表4-2へのリンク');
    expect($('#table-unplaced .figure-tools').length).toBe(0);
    expect($('.figure-tools').length).toBe(2);
  });

  it('leaves elements that are not figures alone, even with a placed figure’s id', () => {
    const html = '<h2 id="table-members">表</h2><figure id="table-members"><img src="a.png" alt=""></figure>';
    expect(addFigureTools(html, tools)).toBe(html);
  });

  it('returns the HTML unchanged when the page has no figures', () => {
    const html = figure('table-members');
    expect(addFigureTools(html, {})).toBe(html);
    expect(addFigureTools('', tools)).toBe('');
  });
});
