/** Registry look-ups: ids in front matter → entries, in the order the editor wrote them. */

// A build looks ids up in the same few registry arrays on every page (a chapter page: five
// registries, and two more per related chapter): index each array once, not once per call.
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** The entries for `ids`; ids not in the registry are skipped (the content check reports them). */
export function lookup<T extends { id: string }>(registry: readonly T[], ids: readonly string[]): T[] {
  let byId = indexes.get(registry) as Map<string, T> | undefined;
  if (!byId) {
    byId = new Map(registry.map((entry) => [entry.id, entry]));
    indexes.set(registry, byId);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
