/**
 * Moments the stores cannot see, reported by the pages that can (time spent on a slide). The
 * records layer listens and turns them into statements; pages never know about records.
 */
export type ActivityEvent = { type: 'slide'; moduleId: string; slideId: string; durationMs: number; at: string };

type Listener = (event: ActivityEvent) => void;
const listeners = new Set<Listener>();

export const activityEvents = {
  emit(event: ActivityEvent) {
    for (const l of listeners) l(event);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
