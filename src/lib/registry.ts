/** Registry look-ups: ids in front matter → entries, in the order the editor wrote them. */

/** The entries for `ids`; ids not in the registry are skipped (the content check reports them). */
export function lookup<T extends { id: string }>(registry: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(registry.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
