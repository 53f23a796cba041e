import type { ComponentType } from 'react';
import type { ComponentName } from '../content/vocabulary';
import { Slide, Notes } from './slide';
import { Card, CardGrid, Callout, CaseStudy, Compare, Method, Methods, SmartCard, SmartCards, Step, Steps } from './blocks';
import { CareerLadder, Funnel, FunnelStage, Rung, Stat, StatGrid, Threshold, Thresholds, Tier, TierTable } from './figures';

/**
 * The one list of teaching components that content may use. Its keys must equal the
 * vocabulary in `src/content/vocabulary.ts` (a test checks it).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes each its own props
export const mdxComponents: Record<ComponentName, ComponentType<any>> = {
  Slide,
  Notes,
  CardGrid,
  Card,
  Steps,
  Step,
  Funnel,
  FunnelStage,
  TierTable,
  Tier,
  SmartCards,
  SmartCard,
  Methods,
  Method,
  StatGrid,
  Stat,
  Thresholds,
  Threshold,
  CareerLadder,
  Rung,
  CaseStudy,
  Callout,
  Compare,
};
