import { z } from 'zod';
import { localizedText } from './quiz-schema';
import { METRIC_KINDS, METRIC_UNITS, type MetricKind } from '../domain';

/** One or more `|`-separated aliases, none empty: "SMEs|SMB". */
const aliasList = z
  .string()
  .trim()
  .min(1)
  .refine((v) => v.split('|').every((a) => a.trim() !== ''), 'an empty alias: write "A|B", with no empty part between the bars');

/** A virtual company for the exercises (SMART goals now, the decomposition sandbox later). */
export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case, the file name'),
    name: localizedText,
    industry: localizedText,
    summary: localizedText,
    year: z.number().int().min(2000).max(2100),
    marketGrowth: z.number().min(-0.5).max(2),
    /** The company's focus terms; a term may list aliases separated by `|` ("SMEs|SMB|small businesses"), the first shown. */
    priorities: z.strictObject({ 'zh-CN': z.array(aliasList).min(1), en: z.array(aliasList).min(1) }),
    /** Product lines; `aliases` are other words a trainee may use for one (`|`-separated), which the SMART check accepts as its scope. */
    products: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          name: localizedText,
          aliases: z.strictObject({ 'zh-CN': aliasList, en: aliasList }).partial().optional(),
          weight: z.number().positive().default(1),
        }),
      )
      .min(1),
    regions: z.array(z.strictObject({ id: z.string().min(1), name: localizedText, weight: z.number().positive().default(1) })).min(1),
    /** Last year's monthly sales as weights, January first: the seasonality of the sandbox. */
    seasonality: z.array(z.number().nonnegative()).length(12),
    team: z.array(z.strictObject({ id: z.string().min(1), name: localizedText, years: z.number().min(0).max(50), rampUp: z.number().min(0).max(1) })).min(1),
    /** Average deal size in yuan, for the funnel plan. */
    averageDealSize: z.number().positive(),
    /**
     * Customers at the start of last year. With the actuals below it ties the counts together:
     * revenue ÷ average deal size = customers served = new customers + retention × this base.
     */
    customerBase: z.number().int().positive().optional(),
    /** Last year's actuals: yuan, counts, or fractions (0.08 = 8%) for shares and rates. */
    metrics: z.partialRecord(z.enum(METRIC_KINDS as [MetricKind, ...MetricKind[]]), z.number().nonnegative()),
  })
  .superRefine((s, ctx) => {
    for (const [kind, value] of Object.entries(s.metrics))
      if (METRIC_UNITS[kind as MetricKind] === 'percent' && value! > 1) ctx.addIssue({ code: 'custom', path: ['metrics', kind], message: 'a share or rate is a fraction: 0.08 for 8%' });
    // A product line's name heads a row of the sandbox's tables and charts, and a goal's scope reads it as a name.
    for (const [i, p] of s.products.entries())
      if (!/^[A-Z0-9]/.test(p.name.en) || /^the\s/i.test(p.name.en))
        ctx.addIssue({ code: 'custom', path: ['products', i, 'name', 'en'], message: `a product line's English name is a name, capitalized and without "the" ("Cloud Collaboration Suite"): got "${p.name.en}"` });
    if (s.priorities['zh-CN'].length !== s.priorities.en.length)
      ctx.addIssue({ code: 'custom', path: ['priorities'], message: 'the same number of priorities in both languages' });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
