/**
 * The one redirect mechanism of the site. Old URLs come from registry `aliases` (renamed 問い, 兆し,
 * 地域, 人物) and from chapters' `redirect_from`; each becomes a static redirect page and a line of
 * `_redirects`. A redirect may neither hide a live page nor lead to a page that does not exist.
 */
import type { Problem } from './content-check/problems.ts';
import { paths, withBase, type RegistryName } from './urls.ts';

export interface Redirect {
  /** Old site path, e.g. /questions/old-id/. */
  from: string;
  /** Current site path. */
  to: string;
  /** File that declares the redirect, relative to the project root. */
  file: string;
  /** Field (or entry) that declares it. */
  field: string;
}

export interface RedirectInput {
  registries: readonly {
    name: RegistryName;
    file: string;
    entries: readonly { id: string; aliases?: readonly string[] }[];
  }[];
  /** Published chapters only: a draft's old URL has nowhere to go yet. */
  chapters: readonly { year: number; slug: string; file: string; redirect_from?: readonly string[] }[];
}

/** `/2021/old` and `/2021/old/` are the same directory-style page; redirects use the latter. */
export function normalisePath(path: string): string {
  const clean = '/' + path.trim().replace(/^\/+/, '');
  return clean.endsWith('/') ? clean : `${clean}/`;
}

/** Every redirect declared in the content, sorted by old path. */
export function collectRedirects(input: RedirectInput): Redirect[] {
  const redirects: Redirect[] = [];
  for (const registry of input.registries) {
    for (const entry of registry.entries) {
      for (const alias of entry.aliases ?? []) {
        const field = `${entry.id}.aliases`;
        redirects.push({
          from: paths.registryEntry(registry.name, alias),
          to: paths.registryEntry(registry.name, entry.id),
          file: registry.file,
          field,
        });
        if (registry.name === 'questions' || registry.name === 'signs') {
          redirects.push({
            from: paths.compare(registry.name, alias),
            to: paths.compare(registry.name, entry.id),
            file: registry.file,
            field,
          });
        }
      }
    }
  }
  for (const chapter of input.chapters) {
    for (const old of chapter.redirect_from ?? []) {
      redirects.push({
        from: normalisePath(old),
        to: paths.chapter(chapter.year, chapter.slug),
        file: chapter.file,
        field: 'redirect_from',
      });
    }
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

/** Redirects that would hide a live page, lead nowhere, or send one old URL to two places. */
export function redirectProblems(redirects: readonly Redirect[], livePaths: Iterable<string>): Problem[] {
  const live = new Set(livePaths);
  const problems: Problem[] = [];
  const firstTarget = new Map<string, Redirect>();
  for (const r of redirects) {
    if (live.has(r.from)) {
      problems.push({
        file: r.file,
        field: r.field,
        message: `古い URL「${r.from}」には今も公開中のページがあります。転送するとそのページが読めなくなるため、${r.field} から外してください。`,
      });
    }
    if (!live.has(r.to)) {
      problems.push({
        file: r.file,
        field: r.field,
        message: `「${r.from}」の転送先「${r.to}」というページはありません。転送先の id やファイル名を確かめてください（下書きのページには転送できません）。`,
      });
    }
    const earlier = firstTarget.get(r.from);
    if (earlier && earlier.to !== r.to) {
      problems.push({
        file: r.file,
        field: r.field,
        message: `古い URL「${r.from}」は ${earlier.file} でも「${earlier.to}」への転送に使われています。転送先を1つに決めてください。`,
      });
    } else if (!earlier) {
      firstTarget.set(r.from, r);
    }
  }
  return problems;
}

/** `_redirects` for Netlify and Cloudflare Pages: one `from to 301` line per redirect, with the base. */
export function redirectsFile(redirects: readonly Redirect[], base: string): string {
  const unique = new Map(redirects.map((r) => [r.from, r.to]));
  return [...unique].map(([from, to]) => `${withBase(base, from)} ${withBase(base, to)} 301\n`).join('');
}
