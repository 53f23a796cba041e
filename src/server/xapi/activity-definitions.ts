import { chunks, inList, lockKeys, valueRows, type Sql } from '../storage/sql';

type Json = Record<string, unknown>;

/**
 * The LRS's canonical definition of each activity the new statements define: the latest one
 * received, its language maps merged with the earlier ones. `known` holds the stored ones already
 * read; one write for the batch.
 */
export async function rememberDefinitions(q: Sql, defined: { id: string; definition: Json }[], known: { definitions: Map<string, string>; asked: Set<string> }) {
  if (!defined.length) return;
  const ids = [...new Set(defined.map((d) => d.id))].sort();
  const stored = new Map(known.definitions);
  const read = async (some: readonly string[]) => {
    for (const id of some) stored.delete(id);
    for (const part of chunks(some, 500).map(inList))
      for (const r of await q.all<{ activity_id: string; definition: string }>(`SELECT activity_id, definition FROM activities WHERE activity_id IN (${part.text})`, part.params))
        stored.set(r.activity_id, r.definition);
  };
  await read(ids.filter((id) => !known.asked.has(id)));
  const fold = () => {
    const merged = new Map<string, Json>();
    for (const { id, definition } of defined) {
      const text = stored.get(id);
      const old = merged.get(id) ?? (text === undefined ? {} : (JSON.parse(text) as Json));
      const next: Json = { ...old, ...definition };
      for (const k of ['name', 'description'])
        if (old[k] && typeof old[k] === 'object' && definition[k] && typeof definition[k] === 'object') next[k] = { ...(old[k] as Json), ...(definition[k] as Json) };
      merged.set(id, next);
    }
    // Most statements restate a definition the LRS already holds: only what changed is written.
    return ids.map((id) => [id, JSON.stringify(merged.get(id))] as const).filter(([id, text]) => text !== stored.get(id));
  };
  let changed = fold();
  if (changed.length && q.dialect === 'postgres') {
    // Another transaction may have written one of these since it was read (each in a language of
    // its own): under the activities' locks they are read again, and merged with what is there now.
    const again = changed.map(([id]) => id);
    await lockKeys(q, 'activity', again);
    await read(again);
    changed = fold();
  }
  // In one order everywhere, so two batches defining the same activities never wait on each other in a circle.
  for (const part of chunks(changed, 300))
    await q.run(
      `INSERT INTO activities (activity_id, definition) VALUES ${valueRows(part.length, 2)} ON CONFLICT (activity_id) DO UPDATE SET definition = excluded.definition`,
      part.flat(),
    );
}
