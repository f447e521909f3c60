/**
 * Figures and tables on the real build: numbers and anchors in every chapter, permalinks,
 * citation lines, CSV files that hold exactly the tables on the pages, the 図表一覧 with its key
 * figures as CSV/JSON and Dataset JSON-LD, the figures on 問い・兆し pages, and the 出典一覧.
 */
import { readFileSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { chapters, editions, press, registries } from '../helpers/content.ts';
import { exists, fileOf, page } from '../helpers/site.ts';

const ORIGIN = 'https://example.test';

/** The figures of a built page, in reading order. */
function figuresOn($: CheerioAPI) {
  return $('.prose figure.figure, .prose figure.key-figure')
    .map((_, el) => {
      const figure = $(el);
      const link = figure.find('.figure__number').first();
      return {
        id: figure.attr('id') ?? '',
        number: link.text(),
        href: link.attr('href') ?? '',
        kind: figure.find('table').length > 0 ? '表' : '図',
        caption: figure.is('.key-figure')
          ? figure.find('.key-figure__label').text().replace(link.text(), '').trim()
          : figure.find('figcaption').text().replace(link.text(), '').trim(),
        table: figure
          .find('table tr')
          .map((_, tr) => [
            $(tr)
              .find('th, td')
              .map((_, cell) => $(cell).text().trim())
              .get(),
          ])
          .get() as string[][],
        csv: figure.find('.figure-tools a[download]').attr('href'),
        cite: figure.find('.figure-tools__cite').text(),
      };
    })
    .get();
}

/** An RFC 4180 reader for the CSV the build writes (BOM, CRLF records). */
function readCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += c;
  }
  return rows;
}

const pagesOf = (year: number) => [
  { path: `/${year}/`, order: undefined as number | undefined, title: 'この版について' },
  ...chapters
    .filter((c) => c.year === year)
    .map((c) => ({ path: `/${year}/${c.slug}/`, order: c.order, title: c.title })),
];
const allPages = editions.flatMap((e) => pagesOf(e.year));

describe('figure numbers and anchors', () => {
  it('the real content has figures and tables to number', () => {
    const kinds = allPages.flatMap((p) => figuresOn(page(p.path)).map((f) => f.kind));
    expect(kinds.filter((k) => k === '表').length).toBeGreaterThanOrEqual(10);
    expect(kinds.filter((k) => k === '図').length).toBeGreaterThanOrEqual(5);
  });

  it.each(allPages.map((p) => [p.path, p] as const))(
    '%s: 図 and 表 numbered apart in reading order, in the chapter, each its own permalink',
    (_, { path, order }) => {
      const figures = figuresOn(page(path));
      const seen = { 図: 0, 表: 0 };
      for (const figure of figures) {
        seen[figure.kind as '図' | '表'] += 1;
        expect(figure.number).toBe(`${figure.kind}${order ?? '序'}-${seen[figure.kind as '図' | '表']}`);
        expect(figure.id).toMatch(/^(figure|table)-[a-z0-9-]+$/);
        expect(figure.href).toBe(`#${figure.id}`);
      }
      expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    },
  );

  it('every figure has a citation line naming the edition, the page, the number, the caption and its URL', () => {
    for (const edition of editions) {
      for (const p of pagesOf(edition.year)) {
        for (const f of figuresOn(page(p.path))) {
          expect(f.cite, `${p.path}#${f.id}`).toContain(edition.title);
          expect(f.cite).toContain(`「${p.title}」`);
          expect(f.cite).toContain(`${f.number}「${f.caption}」`);
          expect(f.cite.endsWith(`${ORIGIN}${p.path}#${f.id}`)).toBe(true);
        }
      }
    }
  });
});

describe('tables as CSV', () => {
  it.each(['root', 'sub'] as const)('every table links a CSV that holds exactly its cells (%s build)', (build) => {
    const base = build === 'root' ? '' : '/lcwp';
    for (const p of allPages) {
      for (const f of figuresOn(page(p.path, build)).filter((f) => f.kind === '表')) {
        expect(f.csv, `${p.path}#${f.id}`).toBe(`${base}${p.path}${f.id}.csv`);
        expect(readCsv(readFileSync(fileOf(f.csv!, build)))).toEqual(f.table);
      }
    }
  });
});

describe('図表一覧', () => {
  it.each(editions.map((e) => [e.year, e] as const))('%s: lists every figure of the edition, linked', (year) => {
    const $ = page(`/${year}/figures/`);
    const listed = $('.figure-list__link')
      .map((_, a) => $(a).attr('href'))
      .get();
    const onPages = pagesOf(year).flatMap((p) => figuresOn(page(p.path)).map((f) => `${p.path}#${f.id}`));
    expect(listed).toEqual(onPages);
    expect(page(`/${year}/`)(`a[href="/${year}/figures/"]`).length).toBe(1);
  });

  it.each(editions.map((e) => [e.year, e] as const))(
    '%s: describes its data as a schema.org Dataset with every download',
    (year, edition) => {
      const $ = page(`/${year}/figures/`);
      const [dataset] = $('script[type="application/ld+json"]')
        .map((_, el) => JSON.parse($(el).text()))
        .get()
        .filter((d) => d['@type'] === 'Dataset');
      expect(dataset).toMatchObject({
        '@context': 'https://schema.org',
        name: expect.stringContaining(edition.title),
        url: `${ORIGIN}/${year}/figures/`,
        isPartOf: { '@type': 'Book', url: `${ORIGIN}/${year}/` },
      });
      expect(dataset.description.length).toBeGreaterThanOrEqual(50);
      const downloads = (dataset.distribution as { contentUrl: string; encodingFormat: string }[]).map(
        (d) => `${d.encodingFormat} ${d.contentUrl}`,
      );
      const tables = pagesOf(year).flatMap((p) =>
        figuresOn(page(p.path))
          .filter((f) => f.csv)
          .map((f) => `text/csv ${ORIGIN}${f.csv}`),
      );
      expect(downloads).toEqual(expect.arrayContaining(tables));
      for (const d of downloads) expect(exists(d.split(' ')[1].slice(ORIGIN.length))).toBe(true);
    },
  );

  it.each(editions.map((e) => [e.year, e] as const))('%s: key figures as CSV and JSON, as on the pages', (year) => {
    const onPages = pagesOf(year).flatMap((p) => {
      const $ = page(p.path);
      return $('.prose figure.key-figure')
        .map((_, el) => ({
          value: $(el).find('.key-figure__value').text(),
          url: `${ORIGIN}${p.path}#${$(el).attr('id')}`,
        }))
        .get();
    });
    const json = JSON.parse(readFileSync(fileOf(`/${year}/figures/key-figures.json`), 'utf8'));
    expect(
      json.map((k: { valueAsPrinted: string; unit: string; url: string }) => [k.valueAsPrinted + k.unit, k.url]),
    ).toEqual(onPages.map((k) => [k.value, k.url]));
    for (const k of json) expect(k).toMatchObject({ label: expect.any(String), source: expect.any(String) });
    const csv = readCsv(readFileSync(fileOf(`/${year}/figures/key-figures.csv`)));
    expect(csv[0]).toEqual(['番号', '値', '単位', '項目', '時点', '出典', '出典URL', '掲載ページ', 'URL']);
    expect(csv.slice(1).map((row) => row[8])).toEqual(onPages.map((k) => k.url));
  });
});

describe('figures on 問い・兆し pages', () => {
  it.each([
    ...registries.questions.entries.map((e) => ['questions', e.id, 'questions'] as const),
    ...registries.signs.entries.map((e) => ['signs', e.id, 'signs'] as const),
  ])('/%s/%s/ lists the figures of its chapters', (registry, id, field) => {
    const $ = page(`/${registry}/${id}/`);
    const listed = $('.figure-list__link')
      .map((_, a) => $(a).attr('href'))
      .get();
    const expected = editions
      .toSorted((a, b) => a.year - b.year)
      .flatMap((e) =>
        chapters
          .filter((c) => c.year === e.year && (c[field] as readonly string[]).includes(id))
          .flatMap((c) => figuresOn(page(`/${c.year}/${c.slug}/`)).map((f) => `/${c.year}/${c.slug}/#${f.id}`)),
      );
    expect(listed).toEqual(expected);
  });
});

describe('出典一覧', () => {
  const listedOn = (path: string) => {
    const $ = page(path);
    return new Set(
      $('.source-list__label')
        .map((_, a) => $(a).attr('href')!.replace(/\/$/, ''))
        .get(),
    );
  };
  /** Outside URLs a built page cites in its text, footnotes and figures. */
  const citedOn = (path: string) => {
    const $ = page(path);
    return $('.prose a[href^="http"]')
      .map((_, a) => $(a).attr('href')!.replace(/\/$/, ''))
      .get();
  };

  it('the site list holds every edition source, chapter original, press source and URL cited in a page', () => {
    const listed = listedOn('/sources/');
    const expected = [
      ...editions.flatMap((e) => e.sources.map((s) => s.url)),
      ...chapters.flatMap((c) => (c.source ? [c.source] : [])),
      ...press.map((r) => r.source),
      ...allPages.flatMap((p) => citedOn(p.path)),
      ...press.flatMap((r) => citedOn(`/press/${r.slug}/`)),
    ].map((u) => u.replace(/\/$/, ''));
    expect(expected.filter((u) => !listed.has(u))).toEqual([]);
    expect(page('/')(`footer a[href="/sources/"]`).length).toBe(1);
  });

  it.each(editions.map((e) => [e.year, e] as const))(
    '%s: the edition list holds what its pages cite',
    (year, edition) => {
      const listed = listedOn(`/${year}/sources/`);
      const expected = [
        ...edition.sources.map((s) => s.url),
        ...chapters.filter((c) => c.year === year && c.source).map((c) => c.source!),
        ...pagesOf(year).flatMap((p) => citedOn(p.path)),
      ].map((u) => u.replace(/\/$/, ''));
      expect(expected.filter((u) => !listed.has(u))).toEqual([]);
      expect(page(`/${year}/`)(`a[href="/${year}/sources/"]`).length).toBe(1);
    },
  );
});
