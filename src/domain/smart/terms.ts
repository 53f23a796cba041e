import { SCOPES } from './lexicon';
import type { Locale } from './types';

/** The aliases of a company term: "SME|SMB|中小企业" → ["SME", "SMB", "中小企业"]. */
export function aliasesOf(term: string): string[] {
  return term
    .split('|')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** How a term is shown: its first alias. */
export function displayTerm(term: string): string {
  return aliasesOf(term)[0] ?? term.trim();
}

interface Alias {
  alias: string;
  /** Chinese is matched by substring (no spaces between words); anything else as a whole word or phrase. */
  test: (lower: string) => boolean;
}

// Company terms are few and fixed per company; parsing and compiling them once keeps a batch fast.
const compiled = new Map<string, Alias[]>();

function compile(term: string): Alias[] {
  let out = compiled.get(term);
  if (!out) {
    out = aliasesOf(term).map((alias) => {
      const lower = alias.toLowerCase();
      if (/[\u4e00-\u9fff]/.test(alias)) return { alias, test: (text: string) => text.includes(lower) };
      const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      const word = new RegExp(`(?:^|[^a-z0-9])${escaped}(?:$|[^a-z0-9])`);
      return { alias, test: (text: string) => word.test(text) };
    });
    if (compiled.size > 500) compiled.clear();
    compiled.set(term, out);
  }
  return out;
}

/**
 * The company terms a goal names, each as the alias it used. Any alias matches, case-insensitively;
 * Chinese by substring, other words as a whole word or phrase.
 */
export function matchTerms(text: string, terms: readonly string[]): { term: string; alias: string }[] {
  const lower = text.toLowerCase();
  const out: { term: string; alias: string }[] = [];
  for (const term of terms) {
    if (typeof term !== 'string') continue;
    const hit = compile(term).find((a) => a.test(lower));
    if (hit) out.push({ term, alias: hit.alias });
  }
  return out;
}

/** The scopes a goal names: general words (华东, enterprise, online…), the company's own products, regions and segments, and the priorities already found in it. */
export function findScopes(text: string, locale: Locale, companyTerms: readonly string[], alreadyMatched: readonly { alias: string }[] = []): string[] {
  const scopes = new Set<string>();
  // The text's own language first; the other's words count too, for a goal that mixes them (华东 enterprise 客户).
  for (const lang of locale === 'en' ? (['en', 'zh-CN'] as const) : (['zh-CN', 'en'] as const)) {
    const pattern = SCOPES[lang];
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) scopes.add(m[0].trim());
  }
  for (const { alias } of [...alreadyMatched, ...matchTerms(text, companyTerms)]) scopes.add(alias);
  // The same words matched twice in other cases (a name and its lowercase alias) are one scope; 华东 inside 华东地区 says nothing new.
  const list = [...new Map([...scopes].map((s) => [s.toLowerCase(), s])).values()];
  return list.filter((s) => !list.some((other) => other !== s && other.toLowerCase().includes(s.toLowerCase())));
}
