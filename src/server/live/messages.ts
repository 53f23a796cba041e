import { z } from 'zod';
import { objectionTypes } from '../../domain';

const bilingual = z.record(z.string().max(10), z.string().max(1000));
const option = z.object({ id: z.string().min(1).max(40), text: bilingual });
const id = z.string().min(1).max(64);

/** What a socket may say; anything else is answered with an error and otherwise ignored. */
export const clientMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('trainer'), code: z.string().regex(/^\d{6}$/), key: z.string().min(10).max(100) }),
  z.object({ t: z.literal('join'), code: z.string().regex(/^\d{6}$/), pid: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/), name: z.string().max(100), token: z.string().max(200).optional() }),
  z.object({ t: z.literal('screen'), code: z.string().regex(/^\d{6}$/) }),
  z.object({
    t: z.literal('push'),
    question: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('poll'), prompt: bilingual, options: z.array(option).min(2).max(8) }),
      z.object({ kind: z.literal('quiz'), prompt: bilingual, options: z.array(option).min(2).max(8), multiple: z.boolean(), correct: z.array(z.string()).min(1), itemId: id, seconds: z.number().int().min(5).max(300) }),
      z.object({ kind: z.literal('smart'), prompt: bilingual }),
      z.object({ kind: z.literal('objection'), prompt: bilingual, objection: z.enum(objectionTypes) }),
    ]),
  }),
  z.object({ t: z.literal('reveal') }),
  z.object({ t: z.literal('end') }),
  z.object({ t: z.literal('slide'), moduleId: id, slideId: id, black: z.boolean() }),
  z.object({ t: z.literal('answer'), qid: id, optionIds: z.array(z.string().max(40)).max(8).optional(), text: z.string().max(1000).optional() }),
  z.object({ t: z.literal('ping') }),
]);

export type ClientMessage = z.infer<typeof clientMessage>;
