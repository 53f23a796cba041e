import type { LocalizedText } from '../quiz/types';

export const LSCPA = ['listen', 'sympathize', 'confirm', 'position', 'affirm'] as const;
export type LscpaStep = (typeof LSCPA)[number];
export type ReplyStep = LscpaStep | 'none';
export type Quality = 'best' | 'ok' | 'poor';
export const ENDINGS = ['won', 'advanced', 'stalled', 'lost'] as const;
export type Ending = (typeof ENDINGS)[number];
/** Whether a recorded response names one of the endings (a run's result is stored as its name). */
export const isEndingName = (value: string): value is Ending => (ENDINGS as readonly string[]).includes(value);
export const objectionTypes = ['price', 'need', 'timing', 'product', 'vendor', 'authority'] as const;
export type ObjectionType = (typeof objectionTypes)[number];

export interface Choice {
  text: LocalizedText;
  /** The LSCPA step this reply performs, or none (arguing, discounting at once, changing the subject…). */
  step: ReplyStep;
  quality: Quality;
  feedback: LocalizedText;
  next: string;
}

export interface DialogueNode {
  customer: LocalizedText;
  choices: Choice[];
}

export interface EndingNode {
  ending: Ending;
  /** The customer's last words, if any. */
  customer?: LocalizedText;
  summary: LocalizedText;
}

export type RoleplayNode = DialogueNode | EndingNode;

export interface RoleplayScenario {
  id: string;
  objection: ObjectionType;
  title: LocalizedText;
  persona: LocalizedText;
  start: string;
  nodes: Record<string, RoleplayNode>;
}

export function isEnding(node: RoleplayNode | undefined): node is EndingNode {
  return !!node && 'ending' in node;
}
