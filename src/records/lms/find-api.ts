/** The SCORM run-time API objects an LMS puts on one of the course's ancestor windows. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
}

/**
 * The ADL search: this window's parents (at most a few levels up), then the opener's chain. A
 * window of another origin throws on access; that is not the LMS, so the search goes on.
 */
export function findApi<T>(win: Window, name: 'API' | 'API_1484_11'): T | undefined {
  const look = (start: Window | null): T | undefined => {
    let w: Window | null = start;
    for (let depth = 0; w && depth < 10; depth++) {
      try {
        const api = (w as unknown as Record<string, unknown>)[name];
        if (api) return api as T;
      } catch {
        // another origin's window
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return undefined;
  };
  return look(win) ?? look(win.opener as Window | null);
}
