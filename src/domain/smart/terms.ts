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

const wordPatterns = new Map<string, RegExp>();

/** An English alias as a whole word or phrase, case-insensitively; compiled once per alias. */
function wordPattern(alias: string): RegExp {
  let p = wordPatterns.get(alias);
  if (!p) {
    const escaped = alias.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    p = new RegExp(`(?:^|[^a-z0-9])${escaped}(?:$|[^a-z0-9])`);
    if (wordPatterns.size > 500) wordPatterns.clear();
    wordPatterns.set(alias, p);
  }
  return p;
}

/**
 * The company terms a goal names, each as the alias it used. Any alias matches, case-insensitively;
 * in Chinese by substring (no spaces between words), in English as a whole word or phrase.
 */
export function matchTerms(text: string, locale: Locale, terms: readonly string[]): { term: string; alias: string }[] {
  const lower = text.toLowerCase();
  const out: { term: string; alias: string }[] = [];
  for (const term of terms) {
    if (typeof term !== 'string') continue;
    const alias = aliasesOf(term).find((a) => {
      const l = a.toLowerCase();
      if (locale === 'zh-CN' && /[\u4e00-\u9fff]/.test(a)) return lower.includes(l);
      return wordPattern(a).test(lower);
    });
    if (alias) out.push({ term, alias });
  }
  return out;
}

/** The scopes a goal names: general words (华东, enterprise, online…) and the company's own products, regions, segments and priorities. */
export function findScopes(text: string, locale: Locale, companyTerms: readonly string[]): string[] {
  const scopes = new Set<string>();
  const pattern = SCOPES[locale];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) scopes.add(m[0].trim());
  for (const { alias } of matchTerms(text, locale, companyTerms)) scopes.add(alias);
  // 华东 inside 华东地区 says nothing new.
  const list = [...scopes];
  return list.filter((s) => !list.some((other) => other !== s && other.toLowerCase().includes(s.toLowerCase())));
}
