// How wide a text shows in a fixed-pitch sense: what spreadsheets' column widths and HR's shortened texts count in.

/** Whether a UTF-16 code unit starts a character East Asian text shows twice as wide (CJK, Hangul, full-width forms). */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/** How many Latin characters' room a text takes: CJK and full-width characters count two, as does a character beyond the BMP (emoji, rare CJK). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      width += 2;
      i++;
    } else width += isWide(c) ? 2 : 1;
  }
  return width;
}
