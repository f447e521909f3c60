/**
 * Cross-edition indexes of 問い, 兆し, 地域 and 人物: which chapters of which editions take up each
 * registry entry, how many per edition, what appears alongside it, and what a chapter shares with
 * other editions. Plain arrays in, plain data out.
 */
import { compareChapters, sortChapters, type OrderedChapter } from './chapters.ts';

/** The ids a chapter declares in one front-matter field (questions, signs, regions, authors, people). */
export type IdsOf<T> = (chapter: T) => readonly string[];

/**
 * A deterministic order for a registry. Getting a collection does not keep the YAML order, so
 * entries come in order of first appearance across editions (oldest edition first, then reading
 * order, then the position in the chapter's list), and entries no chapter names come last, by
 * label (Japanese collation), then id.
 */
export function orderRegistry<E extends { id: string }, T extends OrderedChapter>(
  registry: readonly E[],
  chapters: readonly T[],
  idsOf: IdsOf<T>,
  labelOf: (entry: E) => string,
): E[] {
  const firstSeen = new Map<string, number>();
  let position = 0;
  for (const chapter of sortChapters(chapters)) {
    for (const id of idsOf(chapter)) if (!firstSeen.has(id)) firstSeen.set(id, position++);
  }
  const rank = (entry: E) => firstSeen.get(entry.id) ?? Infinity;
  return [...registry].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === Infinity ? labelOf(a).localeCompare(labelOf(b), 'ja') || a.id.localeCompare(b.id) : 0),
  );
}

export interface EditionChapters<T> {
  year: number;
  chapters: T[];
}

/** The chapters that declare `id`, grouped by edition (oldest first), each edition in reading order. */
export function chaptersByEdition<T extends OrderedChapter>(
  chapters: readonly T[],
  id: string,
  idsOf: IdsOf<T>,
): EditionChapters<T>[] {
  const groups: EditionChapters<T>[] = [];
  for (const chapter of sortChapters(chapters.filter((c) => idsOf(c).includes(id)))) {
    const last = groups.at(-1);
    if (last?.year === chapter.year) last.chapters.push(chapter);
    else groups.push({ year: chapter.year, chapters: [chapter] });
  }
  return groups;
}

/** How many chapters each of `years` has on `id`, oldest first; editions without any show 0. */
export function countsByEdition<T extends OrderedChapter>(
  chapters: readonly T[],
  id: string,
  idsOf: IdsOf<T>,
  years: readonly number[],
): { year: number; count: number }[] {
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({ year, count: chapters.filter((c) => c.year === year && idsOf(c).includes(id)).length }));
}

export interface IndexEntry<E, T> {
  entry: E;
  /** Editions with at least one chapter on the entry, oldest first. */
  editions: EditionChapters<T>[];
  /** Number of chapters on the entry, over all editions. */
  total: number;
}

/** Each item under every key it names (once per key), in the order given: a lookup by key. */
function fileUnder<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/** Every entry of a registry with its chapters, in the order of `orderRegistry`. */
export function buildIndex<E extends { id: string }, T extends OrderedChapter>(
  registry: readonly E[],
  chapters: readonly T[],
  idsOf: IdsOf<T>,
  labelOf: (entry: E) => string,
): IndexEntry<E, T>[] {
  // Each chapter filed under the ids it names, instead of a pass over all chapters per entry.
  const byId = fileUnder(chapters, idsOf);
  return orderRegistry(registry, chapters, idsOf, labelOf).map((entry) => {
    const editions = chaptersByEdition(byId.get(entry.id) ?? [], entry.id, idsOf);
    return { entry, editions, total: editions.reduce((n, e) => n + e.chapters.length, 0) };
  });
}

/** Ids of registry entries that no chapter names: they get a page showing 0, and a warning. */
export function unusedIds<T>(registry: readonly { id: string }[], chapters: readonly T[], idsOf: IdsOf<T>): string[] {
  const used = new Set(chapters.flatMap((c) => idsOf(c)));
  return registry.map((e) => e.id).filter((id) => !used.has(id));
}

/**
 * What appears alongside `id`: for each id of another field (e.g. the signs of chapters on a
 * question), the number of chapters that declare both. Most frequent first; ties in order of
 * first appearance, so the result never depends on input order.
 */
export function coOccurring<T extends OrderedChapter>(
  chapters: readonly T[],
  id: string,
  idsOf: IdsOf<T>,
  otherIdsOf: IdsOf<T>,
): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const chapter of sortChapters(chapters)) {
    if (!idsOf(chapter).includes(id)) continue;
    for (const other of new Set(otherIdsOf(chapter))) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  // Map keeps insertion order (first appearance) and Array#sort is stable.
  return [...counts].map(([other, count]) => ({ id: other, count })).sort((a, b) => b.count - a.count);
}

export interface RelatedChapter<T> {
  chapter: T;
  /** 問い the two chapters share, in the order the other chapter lists them. */
  questions: string[];
  /** 兆し the two chapters share. */
  signs: string[];
}

type Topical = OrderedChapter & { questions: readonly string[]; signs: readonly string[] };

/** How many chapters of each other edition the chapter page shows; the compare pages show them all. */
export const RELATED_PER_EDITION = 3;

export interface RelatedInEdition<T> {
  year: number;
  /** The chapters shown: those sharing the most 問い and 兆し first, then in reading order. */
  chapters: RelatedChapter<T>[];
  /** How many more chapters of the edition share one (left to the 問い・兆し compare pages). */
  more: number;
}

const byTopic = new WeakMap<readonly Topical[], Map<string, Topical[]>>();

/** The chapters of each 問い (`q:<id>`) and 兆し (`s:<id>`), filed once per list of chapters. */
function chaptersByTopic<T extends Topical>(chapters: readonly T[]): Map<string, T[]> {
  let index = byTopic.get(chapters) as Map<string, T[]> | undefined;
  if (!index) {
    index = fileUnder(chapters, (c) => [...c.questions.map((id) => `q:${id}`), ...c.signs.map((id) => `s:${id}`)]);
    byTopic.set(chapters, index);
  }
  return index;
}

/**
 * For the chapter page's 「この問い・兆しを他の版で」: per other edition (oldest first), the chapters
 * that share a 問い or a 兆し with `chapter`, closest first — most shared, then reading order — at
 * most `perEdition` of them, and how many more there are.
 */
export function relatedInOtherEditions<T extends Topical>(
  chapters: readonly T[],
  chapter: Topical,
  perEdition = RELATED_PER_EDITION,
): RelatedInEdition<T>[] {
  // Only chapters that share a 問い or 兆し can be related: look them up instead of walking all.
  const topics = chaptersByTopic(chapters);
  const candidates = new Set<T>();
  for (const id of chapter.questions) for (const other of topics.get(`q:${id}`) ?? []) candidates.add(other);
  for (const id of chapter.signs) for (const other of topics.get(`s:${id}`) ?? []) candidates.add(other);
  const related: RelatedChapter<T>[] = [];
  for (const other of candidates) {
    if (other.year === chapter.year) continue;
    const questions = other.questions.filter((id) => chapter.questions.includes(id));
    const signs = other.signs.filter((id) => chapter.signs.includes(id));
    related.push({ chapter: other, questions, signs });
  }
  const shared = (r: RelatedChapter<T>) => r.questions.length + r.signs.length;
  related.sort(
    (a, b) => a.chapter.year - b.chapter.year || shared(b) - shared(a) || compareChapters(a.chapter, b.chapter),
  );
  const editions: RelatedInEdition<T>[] = [];
  for (const r of related) {
    let edition = editions.at(-1);
    if (edition?.year !== r.chapter.year) editions.push((edition = { year: r.chapter.year, chapters: [], more: 0 }));
    if (edition.chapters.length < perEdition) edition.chapters.push(r);
    else edition.more += 1;
  }
  return editions;
}

/** Years whose editions credit the person, oldest first, with the role each credits them for. */
export function creditsOf(
  editions: readonly { year: number; credits: readonly { person: { id: string }; role: string }[] }[],
  id: string,
): { year: number; role: string }[] {
  return [...editions]
    .sort((a, b) => a.year - b.year)
    .flatMap((e) => e.credits.filter((c) => c.person.id === id).map((c) => ({ year: e.year, role: c.role })));
}
