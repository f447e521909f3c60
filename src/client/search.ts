/**
 * The /search/ page. Pages whose visible text contains the query come first, found with the site's
 * own character-pair index (src/lib/search/gram-index.ts) and checked against the page's text, each with
 * an excerpt and links to the sections where it occurs; then, labelled 表記の違いを含む, pages that
 * hold it only spelt otherwise (text.ts variantOf: kana, 中黒, okurigana); pages holding most of the query's pairs
 * follow under 関連する結果. Nothing is fetched until the first query, and then only the index
 * shards the query's characters need and the text of the pages shown. When the matches are fewer
 * than one screenful, a button asks Pagefind for its word-level results, which then lead the related
 * results: pagefind.js, its WebAssembly and index chunks (70–130 KB gzip) load only on that request,
 * so a first query stays within its 150 KB budget. The matches depend on no word segmenter, so every
 * browser lists the same ones first.
 */
import {
  excerptOf,
  gramsOfWords,
  markWords,
  piecesIn,
  rankCandidates,
  relatedPages,
  variantKeys,
  variantPostings,
  type Candidate,
  type Excerpt,
  type Related,
} from '../lib/search/rank.ts';
import type { PageText, SearchIndexManifest } from '../lib/search/gram-index.ts';
import {
  normaliseQuery,
  readSearchState,
  searchTypeLabel,
  writeSearchState,
  type SearchState,
} from '../lib/search/query.ts';
import { queryVariant, queryWords, shardOf } from '../lib/search/text.ts';

/** Results drawn at once; more on request. Each drawn result fetches its page's text (2–4 KB). */
const PAGE_SIZE = 8;
/** Typing pauses this long before a search runs. */
const TYPING_PAUSE_MS = 250;

const BASE = import.meta.env.BASE_URL;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const related = document.querySelector<HTMLElement>('[data-search-related]')!;
const relatedList = related.querySelector('ol')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const pagefindButton = document.querySelector<HTMLButtonElement>('[data-search-pagefind]')!;
const accents = JSON.parse(list.dataset.accents ?? '{}') as Record<string, string>;

const once = <T>(load: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load().catch((error: unknown) => ((value = undefined), Promise.reject(error))));
};
const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${BASE}search-index/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

const loadManifest = once(() => json<SearchIndexManifest>('pages.json'));

/** The part of Pagefind's JS API the page uses. */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: { id: string }[] }>;
}
const loadPagefind = once(async () => {
  const api = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
  // One options call before the first search (a later one would replace it). Searching on the
  // main thread spares the worker script: the index is small and a search takes milliseconds.
  await api.options({ noWorker: true });
  return api;
});
const pagefindIds = new Map<string, Promise<Record<string, number>>>();

/**
 * The pages Pagefind finds for the query, best first, as our page numbers (by the ids the build
 * wrote, so no Pagefind fragment is fetched); undefined if Pagefind cannot load.
 */
async function pagefindPages(manifest: SearchIndexManifest, query: string): Promise<number[] | undefined> {
  try {
    if (!pagefindIds.has(manifest.version))
      pagefindIds.set(manifest.version, json(`${manifest.version}/pagefind.json`));
    const [api, ids] = await Promise.all([loadPagefind(), pagefindIds.get(manifest.version)!]);
    const { results } = await api.search(query);
    return results.flatMap((r) => (ids[r.id] === undefined ? [] : [ids[r.id]]));
  } catch {
    pagefindIds.delete(manifest.version);
    return undefined;
  }
}
const shards = new Map<number, Promise<Record<string, number[]>>>();
const texts = new Map<number, Promise<PageText>>();

function shard(manifest: SearchIndexManifest, n: number) {
  if (!shards.has(n)) shards.set(n, json(`${manifest.version}/grams/${n}.json`));
  return shards.get(n)!;
}
function pageText(manifest: SearchIndexManifest, page: number) {
  if (!texts.has(page)) texts.set(page, json(`${manifest.version}/text/${page}.json`));
  return texts.get(page)!;
}

/** The postings of every key (gram or variant key) asked for, from their shards. */
async function postingsFor(manifest: SearchIndexManifest, keys: string[]) {
  const numbers = [...new Set(keys.map((g) => shardOf(g, manifest.shards)))];
  const byShard = new Map(await Promise.all(numbers.map(async (n) => [n, await shard(manifest, n)] as const)));
  return (gram: string) => byShard.get(shardOf(gram, manifest.shards))?.[gram];
}

function formState(): SearchState {
  const data = new FormData(form);
  const edition = String(data.get('edition') ?? '');
  const type = String(data.get('type') ?? '');
  return readSearchState(
    writeSearchState({ q: normaliseQuery(String(data.get('q') ?? '')), edition, type: type as SearchState['type'] }),
  );
}

function showState(state: SearchState): void {
  input.value = state.q;
  for (const name of ['edition', 'type'] as const) {
    const value = state[name] ?? '';
    const radio = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (radio) radio.checked = true;
  }
}

function chip(type: 'question' | 'sign', label: string): HTMLLIElement {
  const li = document.createElement('li');
  const span = li.appendChild(document.createElement('span'));
  span.className = `chip chip--${type}`;
  const mark = span.appendChild(document.createElement('span'));
  mark.className = 'chip__mark';
  mark.setAttribute('aria-hidden', 'true');
  const hidden = span.appendChild(document.createElement('span'));
  hidden.className = 'visually-hidden';
  hidden.textContent = type === 'question' ? '問い: ' : '兆し: ';
  span.append(label);
  return li;
}

interface Shown {
  url: string;
  title: string;
  edition: string;
  type: string;
  kind: string;
  summary?: string;
  questions?: string[];
  signs?: string[];
  excerpt?: Excerpt;
  /** Query words to mark in the title (matches only). */
  words?: string[];
  /** The words are variant-folded (queryVariant): the page matches only after folding. */
  variant?: boolean;
}

const append = <K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, className?: string) => {
  const element = parent.appendChild(document.createElement(tag));
  if (className) element.className = className;
  return element;
};

function showParts(element: HTMLElement, parts: Excerpt['parts']): void {
  for (const part of parts) {
    if (part.mark) append(element, 'mark').textContent = part.text;
    else element.append(part.text);
  }
}

function resultItem(result: Shown, headingLevel: 'h2' | 'h3'): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  if (accents[result.edition]) li.style.setProperty('--accent', accents[result.edition]);
  const info = append(li, 'p', 'eyebrow');
  if (result.edition) append(info, 'span', 'year-mark').textContent = `${result.edition}年版`;
  // Chapters say 要約/解説 and index pages say which index (問い・兆し・地域・人物).
  append(info, 'span').textContent = [
    searchTypeLabel(result.type),
    result.type === 'chapter' || result.type === 'index' ? result.kind : undefined,
  ]
    .filter(Boolean)
    .join('・');
  if (result.variant) append(info, 'span', 'search-result__variant').textContent = '表記の違いを含む';
  const link = append(append(li, headingLevel), 'a');
  link.href = `${BASE}${result.url.slice(1)}`;
  showParts(
    link,
    result.words ? markWords(result.title, result.words, result.variant) : [{ text: result.title, mark: false }],
  );
  const { excerpt } = result;
  if (excerpt?.parts.length) showParts(append(li, 'p', 'search-result__excerpt'), excerpt.parts);
  else if (result.summary) append(li, 'p', 'search-result__summary').textContent = result.summary;
  if (excerpt?.sections.length) {
    const sections = append(li, 'div', 'search-result__sections');
    append(sections, 'span', 'search-result__sections-label').textContent = '見つかった節';
    const items = append(sections, 'ul');
    items.setAttribute('aria-label', `「${result.title}」で見つかった節`);
    for (const section of excerpt.sections) {
      const a = append(append(items, 'li'), 'a');
      a.href = `${link.href}#${encodeURIComponent(section.id)}`;
      a.textContent = section.title;
    }
  }
  const topics = [
    ...(result.questions ?? []).map((q) => chip('question', q)),
    ...(result.signs ?? []).map((s) => chip('sign', s)),
  ];
  if (topics.length > 0) {
    const chips = append(li, 'ul', 'chips');
    chips.setAttribute('aria-label', '問いと兆し');
    chips.append(...topics);
  }
  return li;
}

/**
 * How many matching pages each edition and type option would give, whatever is selected: the
 * candidates, less those whose text turned out not to hold the query.
 */
function showCounts(manifest: SearchIndexManifest, found: Candidate[], misses: Set<number>): void {
  const counts: Record<'edition' | 'type', Record<string, number>> = { edition: {}, type: {} };
  const site = new Set(manifest.pages.map(([, , type]) => type));
  for (const { page } of found) {
    if (misses.has(page)) continue;
    const [, , type, edition] = manifest.pages[page];
    counts.type[type] = (counts.type[type] ?? 0) + 1;
    counts.edition[edition] = (counts.edition[edition] ?? 0) + 1;
  }
  for (const name of ['edition', 'type'] as const) {
    for (const badge of form.querySelectorAll<HTMLElement>(`[data-filter="${name}"] [data-count]`)) {
      const value = badge.dataset.count!;
      badge.textContent = `（${counts[name][value] ?? 0}件）`;
      // Types no page has (yet) are not offered.
      if (name === 'type') badge.closest('label')!.hidden = !site.has(value);
    }
  }
}

/** Matches of one level: the words checked against a page's text, the candidates not drawn yet. */
interface Level {
  words: string[];
  variant: boolean;
  queue: Candidate[];
  /** Candidates it was given (a miss of the level before joins the next), and those that missed. */
  total: number;
  misses: number;
}

/** One search: what is left to draw of its matches and related results. */
interface Run {
  id: number;
  state: SearchState;
  words: string[];
  manifest: SearchIndexManifest;
  /**
   * The matches by level, drawn in turn: the words as typed, then (表記の違い) as variantFold folds
   * them, then without a last okurigana (queryVariant); a quoted phrase has the first only.
   */
  levels: Level[];
  /** Related pages not drawn yet. */
  related: number[];
  /** Every candidate, exact and folded, for the filter counts. */
  found: Candidate[];
  /** Candidates whose text turned out not to hold the query (their pairs occur apart). */
  misses: Set<number>;
  relatedCount: number;
  /** Whether the reader may ask Pagefind for more related results (the matches are few). */
  askPagefind: boolean;
}

let current = 0;
let active: Run | undefined;

const inScope = (manifest: SearchIndexManifest, state: SearchState, page: number) => {
  const [, , type, edition] = manifest.pages[page];
  return (!state.edition || edition === state.edition) && (!state.type || type === state.type);
};

async function shown(
  run: Run,
  page: number,
  words: (text: PageText) => string[] | undefined,
  variant = false,
): Promise<Shown> {
  const [url, title, type, edition, kind] = run.manifest.pages[page];
  const text = await pageText(run.manifest, page);
  const marked = words(text);
  const excerpt = marked && excerptOf(text, marked, title, variant);
  return { url, title, type, edition, kind, ...text, words: marked, excerpt, variant };
}

/**
 * Draws up to PAGE_SIZE more results: matches first, then (once they are all drawn) related ones.
 * The results list is aria-busy meanwhile; a newer search makes an older one stop drawing.
 */
async function showMore(run: Run): Promise<void> {
  list.setAttribute('aria-busy', 'true');
  try {
    let room = PAGE_SIZE;
    // Level by level: the pairs said a page might hold the words; its text says whether it does.
    // A miss is tried at the next level, and after the last is a related page.
    for (const [n, level] of run.levels.entries()) {
      while (room > 0 && level.queue.length > 0) {
        const batch = level.queue.splice(0, room);
        const results = await Promise.all(batch.map((c) => shown(run, c.page, () => level.words, level.variant)));
        if (run.id !== current) return;
        results.forEach((result, i) => {
          if (!result.excerpt?.found && (batch[i].tier > 0 || level.variant)) {
            level.misses += 1;
            const next = run.levels[n + 1];
            if (next) {
              next.queue.unshift(batch[i]);
              next.total += 1;
            } else {
              run.misses.add(batch[i].page);
              run.related.unshift(batch[i].page);
            }
            return;
          }
          list.append(resultItem(result, 'h2'));
          room -= 1;
        });
      }
    }
    while (room > 0 && run.related.length > 0) {
      const batch = run.related.splice(0, room);
      const results = await Promise.all(
        batch.map((page) =>
          shown(run, page, (text) => {
            const pieces = piecesIn(text.text, run.words);
            return pieces.length > 0 ? pieces : undefined;
          }),
        ),
      );
      if (run.id !== current) return;
      for (const result of results) relatedList.append(resultItem(result, 'h3'));
      run.relatedCount += results.length;
      room -= results.length;
    }
    related.hidden = run.relatedCount === 0;
    pagefindButton.parentElement!.hidden = !run.askPagefind;
    showCounts(run.manifest, run.found, run.misses);
    moreButton.parentElement!.hidden = run.levels.every((l) => l.queue.length === 0) && run.related.length === 0;
  } finally {
    if (run.id === current) list.removeAttribute('aria-busy');
  }
}

/**
 * The status line. Candidates are checked against their text as they are drawn: the counts are of
 * those the pairs allow, less the misses seen so far (rare).
 */
function describe(run: Run): string {
  const { state } = run;
  const [count, ...others] = run.levels.map((l) => l.total - l.misses);
  const folded = others.reduce((a, b) => a + b, 0);
  const scope = [state.edition && `${state.edition}年版`, state.type && searchTypeLabel(state.type)]
    .filter(Boolean)
    .join('・');
  const within = scope ? `（${scope}に絞り込み）` : '';
  const variants = folded > 0 ? `。表記の違いを含むページ: ${folded}件` : '';
  const more = run.relatedCount > 0 ? '。関連する結果も下に示します' : '';
  return count === 0
    ? `「${state.q}」をそのまま含むページは見つかりませんでした${within}${variants}${more}。`
    : `「${state.q}」を含むページ: ${count}件${within}${variants}${more}`;
}

async function search(state: SearchState): Promise<void> {
  const id = ++current;
  history.replaceState(null, '', writeSearchState(state) || location.pathname);
  list.replaceChildren();
  list.removeAttribute('aria-busy');
  relatedList.replaceChildren();
  related.hidden = true;
  moreButton.parentElement!.hidden = true;
  pagefindButton.parentElement!.hidden = true;
  const words = queryWords(state.q);
  if (words.length === 0) {
    status.textContent = '';
    return;
  }
  status.textContent = '検索しています…';
  try {
    // A quoted phrase asks for itself only: no spelling variants, no related results.
    const quoted = /"/u.test(state.q);
    const folds = quoted ? [] : [words.map((w) => queryVariant(w, false)), words.map((w) => queryVariant(w))];
    const levelWords = [words, ...folds]
      .map((ws) => [...new Set(ws)])
      // Words the variant fold leaves as they are still meet other spellings (ぷろぼの, プロボノ); the
      // last level only where stripping an okurigana changed a word.
      .filter((ws, n, all) => n < 2 || ws.join(' ') !== all[n - 1].join(' '));
    const manifest = await loadManifest();
    const postings = await postingsFor(manifest, [...gramsOfWords(words), ...variantKeys(folds.flat())]);
    if (id !== current) return;
    // Each level lists the pages no level before it did.
    const found: Candidate[] = [];
    const levels: Level[] = levelWords.map((ws, n) => {
      const seen = new Set(found.map((c) => c.page));
      const candidates = rankCandidates(manifest, ws, n > 0 ? variantPostings(postings) : postings, n > 0).filter(
        (c) => !seen.has(c.page),
      );
      found.push(...candidates);
      const queue = candidates.filter((c) => inScope(manifest, state, c.page));
      return { words: ws, variant: n > 0, queue, total: queue.length, misses: 0 };
    });
    const matches = levels.reduce((n, l) => n + l.total, 0);
    const loose: Related[] = quoted ? [] : relatedPages(words, postings, new Set(found.map((c) => c.page)));
    const run: Run = {
      id,
      state,
      words,
      manifest,
      levels,
      related: loose.map((r) => r.page).filter((page) => inScope(manifest, state, page)),
      found,
      misses: new Set(),
      relatedCount: 0,
      askPagefind: !quoted && matches < PAGE_SIZE,
    };
    active = run;
    await showMore(run);
    if (id !== current) return;
    status.textContent = describe(run);
  } catch {
    if (id === current) status.textContent = '検索を読み込めませんでした。時間をおいて、もう一度お試しください。';
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void search(formState()), TYPING_PAUSE_MS);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).type === 'radio') void search(formState());
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void search(formState());
});
moreButton.addEventListener('click', () => {
  const run = active;
  if (!run) return;
  const before = [...list.children, ...relatedList.children].length;
  void showMore(run).then(() =>
    ([...list.children, ...relatedList.children][before]?.querySelector('a') as HTMLElement | null)?.focus(),
  );
});

/**
 * Asks Pagefind: its results (less the matches) lead the related results, then the pair-based ones
 * it did not find; no page twice. The related list is drawn again from its start.
 */
pagefindButton.addEventListener('click', () => {
  const run = active;
  if (!run || run.id !== current) return;
  run.askPagefind = false;
  pagefindButton.disabled = true;
  status.textContent = 'Pagefind で関連する結果を探しています…';
  void (async () => {
    const fromPagefind = await pagefindPages(run.manifest, run.state.q);
    pagefindButton.disabled = false;
    if (run.id !== current) return;
    if (!fromPagefind) {
      run.askPagefind = true;
      status.textContent = 'Pagefind を読み込めませんでした。時間をおいて、もう一度お試しください。';
      return;
    }
    const shown = [...relatedList.querySelectorAll<HTMLAnchorElement>('h3 a')].map((a) =>
      run.manifest.pages.findIndex(([url]) => a.pathname === `${BASE}${url.slice(1)}`),
    );
    const matched = new Set(run.found.filter((c) => !run.misses.has(c.page)).map((c) => c.page));
    const added = fromPagefind.filter((page) => !matched.has(page) && inScope(run.manifest, run.state, page));
    run.related = [...new Set([...added, ...shown, ...run.related])];
    run.relatedCount = 0;
    relatedList.replaceChildren();
    await showMore(run);
    if (run.id !== current) return;
    const fresh = added.filter((page) => !shown.includes(page)).length;
    status.textContent = `${describe(run).replace(/。$/u, '')}。Pagefind で見つかった${added.length}件を関連する結果の先頭に並べました${fresh > 0 ? `（新たに${fresh}件）` : ''}。`;
    (relatedList.querySelector('a') as HTMLElement | null)?.focus();
  })();
});

const initial = readSearchState(location.search);
showState(initial);
if (initial.q) void search(initial);
