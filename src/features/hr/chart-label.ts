/** Characters a font may draw a full em wide: the ellipsis (CJK fonts), CJK ideographs, kana, Hangul and fullwidth forms. */
const WIDE = /[\u2026\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * A generous guess of how wide `text` is drawn at `fontSize`, before any DOM exists to measure
 * it: a full em for a wide (CJK) character, 0.72 em for others (wider than most Latin letters and digits).
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? fontSize : fontSize * 0.72;
  return width;
}

/** The label as it fits in `room` units: whole, or cut with an ellipsis (the caller offers the whole text). */
export function fitLabel(label: string, room: number, fontSize: number): { text: string; cut: boolean } {
  if (textWidth(label, fontSize) <= room) return { text: label, cut: false };
  const chars = [...label];
  let kept = '';
  for (const char of chars) {
    if (textWidth(`${kept}${char}…`, fontSize) > room) break;
    kept += char;
  }
  return { text: `${kept.trimEnd()}…`, cut: true };
}
