import { z } from 'zod';
import { actorKey } from '../../domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
export const MAX_LIMIT = 500;

const flag = z.enum(['true', 'false'], { error: 'must be true or false' });
const time = z
  .string()
  .regex(ISO_TIME, 'must be an ISO 8601 time with a zone')
  .refine((t) => !Number.isNaN(Date.parse(t)), 'must be a real time')
  // `stored` is kept in UTC, so the bound is compared in UTC too.
  .transform((t) => new Date(t).toISOString());
const agent = z.string().transform((text, ctx) => {
  let key = 'unknown:';
  try {
    key = actorKey(JSON.parse(text));
  } catch {
    /* reported below */
  }
  if (key === 'unknown:') {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON agent with an identifier' });
    return z.NEVER;
  }
  return key;
});

/** GET /xapi/statements' parameters: each is checked, and an unknown one is refused, rather than silently ignored. */
export const statementQuery = z
  .strictObject({
    statementId: z.string().regex(UUID, 'must be a UUID').optional(),
    voidedStatementId: z.string().regex(UUID, 'must be a UUID').optional(),
    agent: agent.optional(),
    verb: z.string().max(2048).regex(IRI, 'must be an IRI').optional(),
    activity: z.string().max(2048).regex(IRI, 'must be an IRI').optional(),
    registration: z.string().regex(UUID, 'must be a UUID').optional(),
    related_activities: flag.optional(),
    related_agents: flag.optional(),
    since: time.optional(),
    until: time.optional(),
    limit: z
      .string()
      .regex(/^\d{1,9}$/, 'must be a whole number')
      .transform((n) => (Number(n) === 0 ? MAX_LIMIT : Math.min(MAX_LIMIT, Number(n))))
      .optional(),
    format: z.enum(['ids', 'exact', 'canonical'], { error: 'must be ids, exact or canonical' }).optional(),
    attachments: flag.optional(),
    ascending: flag.optional(),
    after: z.string().regex(/^\d{1,15}$/, 'must be a whole number').optional(),
  })
  .refine((q) => !(q.statementId && q.voidedStatementId), 'statementId and voidedStatementId cannot both be given');

/** The first problem of a parse, as one sentence naming the parameter. */
export function queryProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.join(', ')}`;
  return issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message;
}
