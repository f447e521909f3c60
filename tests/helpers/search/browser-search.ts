/**
 * Runs queries through the real /search/ page in Chromium, many in one page (each submitted with the
 * form, as Enter does), and reads back the result links in the order the reader sees them,
 * pressing さらに表示 until every result is listed (and, with `pagefind`, 関連する結果をさらに探す first).
 */
import type { Page } from 'playwright-core';

export interface Listed {
  query: string;
  /** Site paths of every result, in order (matches, then related results). */
  paths: string[];
  /** How many of them are in the matches section (before 関連する結果). */
  matches: number;
}

/** Open `origin + base + 'search/'` first; `base` is stripped from the returned paths. */
export async function listResults(
  page: Page,
  queries: string[],
  base = '/',
  { pagefind = false }: { pagefind?: boolean } = {},
): Promise<Listed[]> {
  return page.evaluate(
    async ({ queries, base, pagefind }) => {
      const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
      const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
      const status = document.querySelector<HTMLElement>('[data-search-status]')!;
      const moreButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-search-more]')];
      const links = () => [...document.querySelectorAll<HTMLAnchorElement>('.search-result :is(h2, h3) > a')];
      const until = async (done: () => boolean) => {
        for (let i = 0; i < 4000 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
        if (!done()) throw new Error(`timed out: ${status.textContent}`);
      };
      const out = [];
      for (const query of queries) {
        input.value = '';
        form.requestSubmit();
        await until(() => status.textContent === '');
        input.value = query;
        form.requestSubmit();
        const shown = `「${query.normalize('NFKC').replace(/\s+/gu, ' ').trim()}」`;
        const idle = () => !document.querySelector('[aria-busy="true"]');
        await until(
          () => idle() && status.textContent!.includes(shown) && /件|見つかりません/.test(status.textContent!),
        );
        const ask = document.querySelector<HTMLButtonElement>('[data-search-pagefind]');
        if (pagefind && ask && !ask.closest('[hidden]')) {
          ask.click();
          await until(() => idle() && /Pagefind で見つかった|Pagefind を読み込めません/.test(status.textContent!));
        }
        for (;;) {
          const more = moreButtons().find((b) => !b.closest<HTMLElement>('[hidden]'));
          if (!more) break;
          const before = links().length;
          more.click();
          await until(() => idle() && (links().length > before || more.closest('[hidden]') !== null));
        }
        const all = links();
        const related = document.querySelector('[data-search-related]');
        const matches = related ? all.filter((a) => !related.contains(a)).length : all.length;
        const paths = all.map((a) => '/' + new URL(a.href).pathname.slice(base.length));
        out.push({ query, paths, matches });
      }
      return out;
    },
    { queries, base, pagefind },
  );
}
