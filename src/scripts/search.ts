/**
 * The /search/ page. Pages whose visible text contains the query come first, found with the site's
 * own character-pair index (src/lib/search-index.ts) and checked against the page's text, each with
 * an excerpt and links to the sections where it occurs; Pagefind's looser results follow under
 * 関連する結果. Nothing is fetched until the first query, and then only the index shards the query's
 * characters need and the text of the pages shown.
 */
import { rankCandidates, excerptOf, gramsOfWords, type Candidate, type Excerpt } from '../lib/search-rank.ts';
import type { PageText, SearchIndexManifest } from '../lib/search-index.ts';
import {
  filtersOf,
  normaliseQuery,
  readSearchState,
  searchTypeLabel,
  writeSearchState,
  type SearchState,
} from '../lib/search-query.ts';
import { queryWords, shardOf } from '../lib/search-text.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

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

const loadPagefind = once(async () => {
  const api = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
  // One options call before the first search (a later one would replace it). Searching on the
  // main thread spares the worker script: the index is small and a search takes milliseconds.
  await api.options({ noWorker: true });
  return api;
});

/** Pages that hold every gram of the query, best first. */
async function candidates(manifest: SearchIndexManifest, words: string[]): Promise<Candidate[]> {
  const grams = gramsOfWords(words);
  const loaded = await Promise.all(
    [...new Set(grams.map((g) => shardOf(g, manifest.shards)))].map((n) =>
      shard(manifest, n).then((s) => [n, s] as const),
    ),
  );
  const byShard = new Map(loaded);
  return rankCandidates(manifest, words, (gram) => byShard.get(shardOf(gram, manifest.shards))?.[gram]);
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
}

const append = <K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, className?: string) => {
  const element = parent.appendChild(document.createElement(tag));
  if (className) element.className = className;
  return element;
};

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
  const link = append(append(li, headingLevel), 'a');
  link.href = `${BASE}${result.url.slice(1)}`;
  link.textContent = result.title || result.url;
  const { excerpt } = result;
  if (excerpt?.parts.length) {
    const p = append(li, 'p', 'search-result__excerpt');
    for (const part of excerpt.parts) {
      if (part.mark) append(p, 'mark').textContent = part.text;
      else p.append(part.text);
    }
  } else if (result.summary) {
    append(li, 'p', 'search-result__summary').textContent = result.summary;
  }
  if (excerpt?.sections.length) {
    const sections = append(li, 'ul', 'search-result__sections');
    sections.setAttribute('aria-label', `「${result.title}」で見つかった節`);
    for (const section of excerpt.sections) {
      const a = append(append(sections, 'li'), 'a');
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

/** How many matching pages each edition and type option would give, whatever is selected. */
function showCounts(manifest: SearchIndexManifest, found: Candidate[]): void {
  const counts: Record<'edition' | 'type', Record<string, number>> = { edition: {}, type: {} };
  const site = new Set(manifest.pages.map(([, , type]) => type));
  for (const { page } of found) {
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

/** One search: what is left to draw of its matches and related results. */
interface Run {
  id: number;
  state: SearchState;
  words: string[];
  manifest: SearchIndexManifest;
  matches: Candidate[];
  /** URLs drawn so far, so related results skip them. */
  drawn: Set<string>;
  related?: PagefindResult[];
  relatedCount: number;
}

let current = 0;
let active: Run | undefined;

const inScope = (manifest: SearchIndexManifest, state: SearchState, page: number) => {
  const [, , type, edition] = manifest.pages[page];
  return (!state.edition || edition === state.edition) && (!state.type || type === state.type);
};

async function shownMatch(run: Run, candidate: Candidate): Promise<Shown> {
  const [url, title, type, edition, kind] = run.manifest.pages[candidate.page];
  const text = await pageText(run.manifest, candidate.page);
  return { url, title, type, edition, kind, ...text, excerpt: excerptOf(text, run.words, title) };
}

/**
 * Draws up to PAGE_SIZE more results: matches first, then (once they are all drawn) related ones.
 * The results list is aria-busy meanwhile; a newer search makes an older one stop drawing.
 */
async function showMore(run: Run): Promise<void> {
  list.setAttribute('aria-busy', 'true');
  try {
    let room = PAGE_SIZE;
    while (room > 0 && run.matches.length > 0) {
      const batch = run.matches.splice(0, room);
      const shown = await Promise.all(batch.map((c) => shownMatch(run, c)));
      if (run.id !== current) return;
      for (const result of shown) {
        // The grams said it might; the text says whether it does. A miss is not a match.
        if (!result.excerpt?.found) continue;
        list.append(resultItem(result, 'h2'));
        run.drawn.add(result.url);
        room -= 1;
      }
    }
    if (room > 0) await showRelated(run, room);
    if (run.id !== current) return;
    moreButton.parentElement!.hidden = run.matches.length === 0 && (run.related?.length ?? 0) === 0;
  } finally {
    if (run.id === current) list.removeAttribute('aria-busy');
  }
}

async function showRelated(run: Run, room: number): Promise<void> {
  if (!run.related) {
    // A quoted phrase asks for itself only.
    if (/"/u.test(run.state.q)) {
      run.related = [];
      return;
    }
    const api = await loadPagefind();
    const { results } = await api.search(run.state.q, { filters: filtersOf(run.state) });
    if (run.id !== current) return;
    run.related = results;
  }
  while (room > 0 && run.related.length > 0) {
    const batch = await Promise.all(run.related.splice(0, room).map((r) => r.data()));
    if (run.id !== current) return;
    for (const { url, meta } of batch) {
      const path = url.startsWith(BASE) ? `/${url.slice(BASE.length)}` : url;
      if (run.drawn.has(path)) continue;
      run.drawn.add(path);
      relatedList.append(
        resultItem(
          {
            url: path,
            title: meta.title ?? path,
            type: meta.type ?? '',
            edition: meta.edition ?? '',
            kind: meta.kind ?? '',
            summary: meta.summary,
          },
          'h3',
        ),
      );
      run.relatedCount += 1;
      room -= 1;
    }
  }
  related.hidden = run.relatedCount === 0;
}

function describe(run: Run, count: number): string {
  const { state } = run;
  const scope = [state.edition && `${state.edition}年版`, state.type && searchTypeLabel(state.type)]
    .filter(Boolean)
    .join('・');
  const within = scope ? `（${scope}に絞り込み）` : '';
  const more = run.relatedCount > 0 ? '。関連する結果も下に示します' : '';
  return count === 0
    ? `「${state.q}」を含むページは見つかりませんでした${within}${more}。`
    : `「${state.q}」を含むページ: ${count}件${within}${more}`;
}

async function search(state: SearchState): Promise<void> {
  const id = ++current;
  history.replaceState(null, '', writeSearchState(state) || location.pathname);
  list.replaceChildren();
  list.removeAttribute('aria-busy');
  relatedList.replaceChildren();
  related.hidden = true;
  moreButton.parentElement!.hidden = true;
  const words = queryWords(state.q);
  if (words.length === 0) {
    status.textContent = '';
    return;
  }
  status.textContent = '検索しています…';
  try {
    const manifest = await loadManifest();
    const found = await candidates(manifest, words);
    if (id !== current) return;
    showCounts(manifest, found);
    const run: Run = {
      id,
      state,
      words,
      manifest,
      matches: found.filter((c) => inScope(manifest, state, c.page)),
      drawn: new Set(),
      relatedCount: 0,
    };
    active = run;
    // The count is of pages whose text holds the query: check each candidate's text only when
    // it is drawn, so count the candidates the grams allow minus the misses seen so far.
    const total = run.matches.length;
    await showMore(run);
    if (id !== current) return;
    status.textContent = describe(run, total - misses(run, total));
  } catch {
    if (id === current) status.textContent = '検索を読み込めませんでした。時間をおいて、もう一度お試しください。';
  }
}

/** Candidates drawn and found not to contain the query (rare: their grams occur apart). */
const misses = (run: Run, total: number) => total - run.matches.length - list.children.length;

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

const initial = readSearchState(location.search);
showState(initial);
if (initial.q) void search(initial);
