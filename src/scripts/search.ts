/**
 * The /search/ page: runs queries against the Pagefind index with its JS API and draws the results
 * in the site's own markup. pagefind.js and the index are fetched on the first query only, so
 * opening the page (or any other page) costs nothing until someone searches.
 */
import {
  filtersOf,
  normaliseQuery,
  readSearchState,
  searchTypeLabel,
  writeSearchState,
  type SearchState,
} from '../lib/search-query.ts';

interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{
    results: { id: string; data: () => Promise<ResultData> }[];
    totalFilters: Record<string, Record<string, number>>;
  }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Results drawn at once; more on request. Each drawn result fetches its page's data (about 3.5 KB),
 * so this keeps a first query within the 150 KB budget (tests/e2e/search.test.ts).
 */
const PAGE_SIZE = 8;
/** Typing pauses this long before a search runs. */
const TYPING_PAUSE_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const accents = JSON.parse(list.dataset.accents ?? '{}') as Record<string, string>;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    // One options call before the first search (a later one would replace it). Searching on the
    // main thread spares the worker script: the index is small and a search takes milliseconds.
    await api.options({ noWorker: true });
    return api;
  })();
  return pagefind;
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

function resultItem(data: ResultData): HTMLLIElement {
  const { meta, filters } = data;
  const li = document.createElement('li');
  li.className = 'search-result';
  if (meta.edition && accents[meta.edition]) li.style.setProperty('--accent', accents[meta.edition]);
  const info = li.appendChild(document.createElement('p'));
  info.className = 'eyebrow';
  if (meta.edition) {
    const year = info.appendChild(document.createElement('span'));
    year.className = 'year-mark';
    year.textContent = `${meta.edition}年版`;
  }
  const kind = info.appendChild(document.createElement('span'));
  // Chapters say 要約/解説 and index pages say which index (問い・兆し・地域・人物).
  kind.textContent = [
    searchTypeLabel(meta.type ?? ''),
    meta.type === 'chapter' || meta.type === 'index' ? meta.kind : undefined,
  ]
    .filter(Boolean)
    .join('・');
  const heading = li.appendChild(document.createElement('h2'));
  const link = heading.appendChild(document.createElement('a'));
  link.href = data.url;
  link.textContent = meta.title ?? data.url;
  if (meta.summary) {
    const summary = li.appendChild(document.createElement('p'));
    summary.className = 'search-result__summary';
    summary.textContent = meta.summary;
  }
  const topics = [
    ...(filters.question ?? []).map((q) => chip('question', q)),
    ...(filters.sign ?? []).map((s) => chip('sign', s)),
  ];
  if (topics.length > 0) {
    const chips = li.appendChild(document.createElement('ul'));
    chips.className = 'chips';
    chips.setAttribute('aria-label', '問いと兆し');
    chips.append(...topics);
  }
  return li;
}

/**
 * How many pages the query finds in each edition and of each type, whatever is selected, so each
 * option says what choosing it would give. Types no page has (yet) are not offered.
 */
function showCounts(
  counts: Record<string, Record<string, number>>,
  site: Record<string, Record<string, number>>,
): void {
  for (const name of ['edition', 'type'] as const) {
    for (const badge of form.querySelectorAll<HTMLElement>(`[data-filter="${name}"] [data-count]`)) {
      const value = badge.dataset.count!;
      badge.textContent = `（${counts[name]?.[value] ?? 0}件）`;
      if (name === 'type') badge.closest('label')!.hidden = !site.type?.[value];
    }
  }
}

let siteFilters: Record<string, Record<string, number>> | undefined;

let current = 0;
let pending: { data: () => Promise<ResultData> }[] = [];

async function showMore(): Promise<void> {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  list.append(...(await Promise.all(batch.map((r) => r.data()))).map(resultItem));
  moreButton.parentElement!.hidden = pending.length === 0;
}

function describe(state: SearchState, count: number): string {
  const scope = [state.edition && `${state.edition}年版`, state.type && searchTypeLabel(state.type)]
    .filter(Boolean)
    .join('・');
  const within = scope ? `（${scope}に絞り込み）` : '';
  return count === 0
    ? `「${state.q}」に合うページは見つかりませんでした${within}。`
    : `「${state.q}」の検索結果: ${count}件${within}`;
}

async function run(state: SearchState): Promise<void> {
  const id = ++current;
  history.replaceState(null, '', writeSearchState(state) || location.pathname);
  if (!state.q) {
    list.replaceChildren();
    moreButton.parentElement!.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = '検索しています…';
  try {
    const api = await loadPagefind();
    siteFilters ??= await api.filters();
    const search = await api.search(state.q, { filters: filtersOf(state) });
    if (id !== current) return;
    showCounts(search.totalFilters, siteFilters);
    pending = search.results;
    list.replaceChildren();
    await showMore();
    if (id !== current) return;
    status.textContent = describe(state, search.results.length);
  } catch {
    if (id === current) status.textContent = '検索を読み込めませんでした。時間をおいて、もう一度お試しください。';
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void run(formState()), TYPING_PAUSE_MS);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).type === 'radio') void run(formState());
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void run(formState());
});
moreButton.addEventListener('click', () => {
  const next = list.children.length;
  void showMore().then(() => (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
});

const initial = readSearchState(location.search);
showState(initial);
if (initial.q) void run(initial);
