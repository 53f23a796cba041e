import { useEffect, useState } from 'react';
import { scenarios } from '../../content/scenarios';
import { GOAL_MAX, goalTypes, type GoalType } from '../../domain';
import { safeStorage } from '../../stores/safe-storage';
import { storageKey } from '../../stores/storage-keys';

export const SMART_DRAFT_KEY = storageKey('smart-draft');

interface Draft {
  scenarioId: string;
  type: GoalType;
  text: string;
}

/** The draft as kept, or the page's defaults when there is none or it cannot be used. */
function readDraft(): Draft {
  const fallback: Draft = { scenarioId: scenarios[0]!.id, type: 'revenue', text: '' };
  try {
    const raw: unknown = JSON.parse(safeStorage.get(SMART_DRAFT_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return fallback;
    const d = raw as Partial<Record<keyof Draft, unknown>>;
    return {
      scenarioId: scenarios.some((s) => s.id === d.scenarioId) ? (d.scenarioId as string) : fallback.scenarioId,
      type: goalTypes.includes(d.type as GoalType) ? (d.type as GoalType) : fallback.type,
      // A pasted goal may run past what the analyzer reads; the page says so, so it is kept whole (within reason).
      text: typeof d.text === 'string' ? d.text.slice(0, GOAL_MAX * 4) : '',
    };
  } catch {
    return fallback;
  }
}

/**
 * The goal being written, its company and type, kept on the device as they change: leaving the
 * page, a reload, or a phone that discards the tab in the background loses nothing typed.
 */
export function useSmartDraft() {
  const [draft, setDraft] = useState(readDraft);
  useEffect(() => {
    safeStorage.set(SMART_DRAFT_KEY, JSON.stringify(draft));
  }, [draft]);
  return {
    ...draft,
    setScenarioId: (scenarioId: string) => setDraft((d) => ({ ...d, scenarioId })),
    setType: (type: GoalType) => setDraft((d) => ({ ...d, type })),
    setText: (text: string) => setDraft((d) => ({ ...d, text })),
  };
}
