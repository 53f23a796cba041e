import { z } from 'zod';

/**
 * The closed vocabulary of MDX teaching components: names and the literal props each takes.
 * Content is checked against this list at build and in tests; `src/mdx/components.tsx`
 * registers one implementation per entry (a test keeps the two lists equal).
 */
const text = z.string().trim().min(1);
const percent = z.number().min(0).max(100);

export const componentProps = {
  Slide: z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
    title: text,
    /** The slide's planned teaching time in the room, in whole minutes; the module's minutes are their sum. */
    minutes: z.number({ error: 'required: the planned whole minutes, e.g. minutes={5}' }).int('whole minutes').positive('more than 0').max(90),
    added: z.literal(true).optional(),
  }),
  Notes: z.strictObject({}),
  CardGrid: z.strictObject({ columns: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional() }),
  Card: z.strictObject({ title: text, tag: text.optional() }),
  Steps: z.strictObject({}),
  Step: z.strictObject({ title: text }),
  Funnel: z.strictObject({}),
  FunnelStage: z.strictObject({ label: text, percent }),
  TierTable: z.strictObject({}),
  Tier: z.strictObject({
    tier: z.enum(['A', 'B', 'C']),
    name: text,
    customersFrom: percent,
    customersTo: percent,
    revenueFrom: percent,
    revenueTo: percent,
  }),
  SmartCards: z.strictObject({}),
  SmartCard: z.strictObject({ letter: z.enum(['S', 'M', 'A', 'R', 'T']), title: text }),
  Methods: z.strictObject({}),
  Method: z.strictObject({ title: text, basis: text, bestFor: text }),
  /** `reveal`: in presenter mode the figures appear one at a time, as the trainer reveals them. */
  StatGrid: z.strictObject({ reveal: z.literal(true).optional() }),
  Stat: z.strictObject({
    value: z.number().finite(),
    format: z.enum(['percent', 'multiple', 'number']),
    qualifier: z.enum(['under', 'over']).optional(),
    label: text,
  }),
  Thresholds: z.strictObject({}),
  Threshold: z.strictObject({ metric: text, below: z.number().positive(), basis: text, level: z.enum(['yellow', 'red', 'reminder']) }),
  CareerLadder: z.strictObject({}),
  Rung: z.strictObject({ title: text, duty: text }),
  CaseStudy: z
    .strictObject({
      letter: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
      title: text,
      kind: z.enum(['success', 'failure']),
      org: text,
      result: text,
      /** In presenter mode the room sees only `situation` until the trainer reveals what was done and how it ended. */
      hideResult: z.literal(true).optional(),
      /** The starting point the room discusses before the reveal (required with `hideResult`). */
      situation: text.optional(),
    })
    .refine((p) => !p.hideResult || p.situation, { path: ['situation'], message: 'required with hideResult: the starting point shown before the reveal' }),
  Callout: z.strictObject({ kind: z.enum(['key', 'tip', 'example', 'warning']) }),
  Compare: z.strictObject({ instead: text, better: text }),
} as const;

export type ComponentName = keyof typeof componentProps;
export type PropsOf<N extends ComponentName> = z.infer<(typeof componentProps)[N]>;

export const componentNames = Object.keys(componentProps) as ComponentName[];

/** Where a component may stand: children that only make sense inside their container. */
export const allowedParents: Partial<Record<ComponentName, ComponentName[]>> = {
  Notes: ['Slide'],
  Card: ['CardGrid'],
  Step: ['Steps'],
  FunnelStage: ['Funnel'],
  Tier: ['TierTable'],
  SmartCard: ['SmartCards'],
  Method: ['Methods'],
  Stat: ['StatGrid'],
  Threshold: ['Thresholds'],
  Rung: ['CareerLadder'],
};

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(componentProps, name);
}
