/** Chapters: reading order, neighbours and the table of contents by 問い and 兆し. */

export interface OrderedChapter {
  year: number;
  order: number;
  slug: string;
}

/** Edition (oldest first), then `order`, then slug so that the result never depends on input order. */
export function compareChapters(a: OrderedChapter, b: OrderedChapter): number {
  return a.year - b.year || a.order - b.order || a.slug.localeCompare(b.slug);
}

export function sortChapters<T extends OrderedChapter>(chapters: readonly T[]): T[] {
  return [...chapters].sort(compareChapters);
}

const inOrder = new WeakMap<readonly OrderedChapter[], Map<number, OrderedChapter[]>>();

/** Each edition's chapters in reading order, sorted once per list of chapters (every chapter page asks). */
function editionsInOrder<T extends OrderedChapter>(chapters: readonly T[]): Map<number, T[]> {
  let byYear = inOrder.get(chapters) as Map<number, T[]> | undefined;
  if (!byYear) {
    byYear = Map.groupBy(sortChapters(chapters), (chapter) => chapter.year);
    inOrder.set(chapters, byYear);
  }
  return byYear;
}

/** The chapters before and after `slug` in its edition's reading order. */
export function neighbours<T extends OrderedChapter>(
  chapters: readonly T[],
  year: number,
  slug: string,
): { prev?: T; next?: T } {
  const inEdition = editionsInOrder(chapters).get(year) ?? [];
  const index = inEdition.findIndex((c) => c.slug === slug);
  if (index === -1) return {};
  return { prev: inEdition[index - 1], next: inEdition[index + 1] };
}

export interface TopicGroup<T, E> {
  /** The registry entry, or undefined for the group of chapters that name none. */
  topic?: E;
  chapters: T[];
}

/**
 * Groups chapters under each registry entry they name; a chapter naming two entries appears in
 * both groups. Groups come in reading order of their first chapter (ties: the order the chapter
 * lists the ids), so the table of contents reads from the front of the edition. Entries no
 * chapter names are left out; chapters that name none come last, in a group without a topic.
 */
export function groupByTopic<T extends OrderedChapter, E extends { id: string }>(
  chapters: readonly T[],
  registry: readonly E[],
  idsOf: (chapter: T) => readonly string[],
): TopicGroup<T, E>[] {
  const ordered = sortChapters(chapters);
  const firstSeen = new Map<string, number>();
  ordered.forEach((chapter, position) =>
    idsOf(chapter).forEach((id, i) => {
      if (!firstSeen.has(id)) firstSeen.set(id, position * 1000 + i);
    }),
  );
  const groups: TopicGroup<T, E>[] = registry
    .filter((topic) => firstSeen.has(topic.id))
    .sort((a, b) => firstSeen.get(a.id)! - firstSeen.get(b.id)!)
    .map((topic) => ({ topic, chapters: ordered.filter((c) => idsOf(c).includes(topic.id)) }));
  const ungrouped = ordered.filter((c) => idsOf(c).length === 0);
  if (ungrouped.length > 0) groups.push({ chapters: ungrouped });
  return groups;
}
