/**
 * Open answers as a word cloud: each answer is cut into words with `Intl.Segmenter` (which
 * splits Chinese, written without spaces, by its dictionary), filler words are dropped, and the
 * words are counted once per answer so one long answer cannot fill the cloud.
 */

// Words that carry no meaning on their own in a room's answers, per language.
const STOP = new Set([
  ...'的 了 是 在 和 与 及 或 也 就 都 而 要 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 有 很 太 更 最 把 被 让 给 对 从 到 吗 呢 吧 啊 一个 一 不 没 会 能 可以 还 又 得 地 着 过 之 其 等'.split(' '),
  ...'a an the and or but of to in on at for with by from is are was were be been being it its this that these those i you he she we they my your our their me us them do does did not no so as if than then too very can will just about into over more most some any'.split(' '),
]);

/** The meaningful words of one answer, lower-cased, each once. */
export function answerWords(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words = new Set<string>();
  for (const part of segmenter.segment(text.normalize('NFKC'))) {
    if (!part.isWordLike) continue;
    const word = part.segment.toLocaleLowerCase(locale);
    // A single Latin letter or a bare number says little in a cloud.
    if (STOP.has(word) || /^[a-z]$/.test(word) || /^\d+$/.test(word)) continue;
    words.add(word);
  }
  return [...words];
}

export interface CloudWord {
  word: string;
  count: number;
}

/** The `limit` most frequent words over the answers' word lists, most frequent first (ties by first seen). */
export function wordCloud(wordLists: readonly (readonly string[])[], limit = 40): CloudWord[] {
  const counts = new Map<string, number>();
  for (const words of wordLists) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
