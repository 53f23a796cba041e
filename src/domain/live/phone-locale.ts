/** The course language a phone's own languages ask for: the first Chinese or English one, else none. */
export function phoneLocale(languages: readonly string[]): 'zh-CN' | 'en' | undefined {
  for (const l of languages) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return undefined;
}

/** Whether a path is the join page a room's QR code opens, where a phone reads in its own language. */
export const isJoinPath = (pathname: string) => /^\/join\/?$/.test(pathname);
