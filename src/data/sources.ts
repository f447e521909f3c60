/**
 * 出典一覧: every outside source the site cites (editions' sources, chapters' originals, footnotes,
 * figures' sources, links in the text, press releases' sources), with the pages citing it. Read
 * once per build.
 */
import { collectSources, type CitedLink, type CitingPage, type Source } from '../lib/cited-links.ts';
import { rendered, siteContent } from './content.ts';
import { EDITION_PAGE_TITLE } from './figures.ts';

async function linksOf(entry: Parameters<typeof rendered>[0]): Promise<CitedLink[]> {
  const { remarkPluginFrontmatter } = await rendered(entry);
  return (remarkPluginFrontmatter.citedLinks as CitedLink[] | undefined) ?? [];
}

async function load(): Promise<Source[]> {
  const { editions, chapters, press } = await siteContent();
  const pages: CitingPage[] = [];
  for (const edition of [...editions].sort((a, b) => a.year - b.year)) {
    pages.push({
      title: EDITION_PAGE_TITLE,
      path: edition.path,
      year: edition.year,
      links: [
        ...edition.sources.map((s): CitedLink => ({ url: s.url, text: s.label, where: 'edition-source' })),
        ...(await linksOf(edition.entry)),
      ],
    });
    for (const chapter of chapters.filter((c) => c.year === edition.year)) {
      pages.push({
        title: `第${chapter.order}章 ${chapter.title}`,
        path: chapter.path,
        year: chapter.year,
        links: [
          ...(chapter.source ? [{ url: chapter.source, text: '', where: 'source' } satisfies CitedLink] : []),
          ...(await linksOf(chapter.entry)),
        ],
      });
    }
  }
  for (const release of press) {
    pages.push({
      title: `プレスリリース「${release.title}」`,
      path: release.path,
      links: [{ url: release.source, text: release.title, where: 'source' }, ...(await linksOf(release.entry))],
    });
  }
  return collectSources(pages);
}

let cached: Promise<Source[]> | undefined;

/** Every source of the site, grouped by host. */
export function siteSources(): Promise<Source[]> {
  cached ??= load();
  return cached;
}

/** The sources the pages of one edition cite, with only those pages. */
export async function editionSources(year: number): Promise<Source[]> {
  return (await siteSources()).flatMap((source) => {
    const citedBy = source.citedBy.filter((c) => c.year === year);
    return citedBy.length > 0 ? [{ ...source, citedBy }] : [];
  });
}
