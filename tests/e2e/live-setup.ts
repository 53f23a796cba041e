import type { Browser, Page, Request } from 'playwright-core';

type Locale = 'zh-CN' | 'en';

const consoleWords = {
  'zh-CN': { panel: '课堂互动', start: '开始课堂互动' },
  en: { panel: 'Live questions', start: 'Start a live session' },
} as const;

const phoneWords = {
  'zh-CN': { code: '加入码', name: '你的名字', join: '加入', wait: '等待讲师发布题目…' },
  en: { code: 'Join code', name: 'Your name', join: 'Join', wait: 'Waiting for the trainer’s question…' },
} as const;

/** On a presenter console already open in `locale`, starts a live session: gives the live panel and the join code it shows. */
export async function startLiveSession(console_: Page, locale: Locale = 'zh-CN') {
  const w = consoleWords[locale];
  const panel = console_.getByRole('region', { name: w.panel });
  // Which step failed is worth knowing when one does: the press sent nothing, the server refused,
  // or the panel did not show what the server answered.
  const isStart = (r: Request) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/live/sessions';
  const answered = console_.waitForResponse((r) => isStart(r.request()));
  // A press can land while the panel is being drawn again (its strings arriving on a loaded
  // machine) and be lost with the old button: it is pressed again while no request has gone out.
  // Never twice for one request: the button is disabled while a start is on its way.
  for (let tries = 0; tries < 5; tries++) {
    const sent = console_.waitForRequest(isStart, { timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    await panel.getByRole('button', { name: w.start }).click({ timeout: 15_000 }).catch(() => undefined);
    if (await sent) break;
  }
  const response = await answered.catch((e: Error) => {
    throw new Error(`pressing "${w.start}" sent no request to start a session: ${e.message}`);
  });
  if (response.status() !== 201) throw new Error(`the server refused to start a live session: ${response.status()} ${await response.text()}`);
  const shown = await panel
    .getByText(/^\d{3} \d{3}$/)
    .textContent()
    .catch(async (e: Error) => {
      throw new Error(`the server started session ${(await response.json() as { code: string }).code}, but the panel did not show its code (${e.message}); the page read:\n${await console_.locator('body').innerText().catch(String)}`);
    });
  const code = shown!.replace(/\s/g, '');
  return { panel, code };
}

/**
 * A trainer's console at 1280×800 with a live session started on module 01, and its projector at
 * 16:9 showing the join code: where a live-room test begins. `onError` hears the console's page errors.
 */
export async function openLiveRoom(browser: Browser, baseURL: string, onError?: (message: string) => void) {
  const trainer = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const console_ = await trainer.newPage();
  if (onError) console_.on('pageerror', (e) => onError(e.message));
  await console_.goto(`${baseURL}/present/01-foundations`);
  const { panel, code } = await startLiveSession(console_);
  const projector = await trainer.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${baseURL}/present/01-foundations/screen`);
  const stage = projector.getByRole('region', { name: '课堂互动' });
  await stage.getByText(`${code.slice(0, 3)} ${code.slice(3)}`).waitFor();
  return { trainer, console_, panel, code, projector, stage };
}

/** A phone fills the join page (in the phone's `locale`) with the code and `name` and presses Join; what follows is the caller's to check. */
export async function fillJoinForm(page: Page, baseURL: string, code: string, name: string, locale: Locale = 'zh-CN') {
  const w = phoneWords[locale];
  await page.goto(`${baseURL}/join`);
  await page.getByLabel(w.code).fill(code);
  await page.getByLabel(w.name).fill(name);
  await page.getByRole('button', { name: w.join, exact: true }).click();
}

/** A phone joins the session by its code under `name` and waits for the first question. */
export async function joinAs(page: Page, baseURL: string, code: string, name: string, locale: Locale = 'zh-CN') {
  await fillJoinForm(page, baseURL, code, name, locale);
  await page.getByText(phoneWords[locale].wait).waitFor();
}
