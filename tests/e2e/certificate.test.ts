import { inflateSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { normaliseCode, verificationCode } from '../../src/domain';
import { answersFor, readModule, submit } from '../server/quiz-attempts';
import { axeViolations } from './axe';
import { sharedBrowser, traineeContext } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const root = new URL('../../', import.meta.url).pathname;
const { manifest, banks } = validateCourse(readCourseFiles(root), readQuizFiles(root));
const modules = manifest.moduleIds.map((id) => manifest.modules['zh-CN'][id]!);
const trainee = { name: '周证书', employeeId: `E8-${Date.now().toString(36)}`, department: '证书验收部' };

// Noon UTC is 27 November in every time zone the browser might run in.
const COMPLETED = '2026-11-27T12:00:00.000Z';
const EARLIER = '2026-11-20T12:00:00.000Z';
/** A4 portrait in CSS pixels (96 per inch), less the 12 mm margins of the certificate's @page. */
const mm = 96 / 25.4;
const A4_AREA = { width: (210 - 24) * mm, height: (297 - 24) * mm };

/**
 * The trainee registers and their records reach the server as the course's pages send them: each
 * module read (`progressed`), and each quiz's answers, drawn offline from the attempt's own id and
 * scored by the server (a failed final, then 28 of 30 right).
 */
async function completeOnTheServer(): Promise<{ token: string; homePage: string }> {
  const res = await fetch(`${baseURL}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(trainee) });
  expect(res.status).toBe(201);
  const { token, actor } = (await res.json()) as { token: string; actor: { account: { homePage: string } } };
  const homePage = actor.account.homePage;
  for (const m of modules) await readModule(baseURL, token, trainee, m.id, EARLIER);
  const attempt = async (quizId: string, at: string, right?: (n: number) => boolean) => {
    const id = crypto.randomUUID();
    const sent = await submit(baseURL, token, id, { quizId, seed: id, answers: answersFor(quizId, banks, id, right), startedAt: at, endedAt: at });
    expect(sent.status).toBe(201);
  };
  for (const m of modules) if (m.quiz) await attempt(m.id, EARLIER);
  await attempt('final', EARLIER, () => false);
  await attempt('final', COMPLETED, (n) => n >= 2);
  return { token, homePage };
}

/** The same trainee's browser: registered with that token, and its stores (persisted formats v2 and v1) saying the course is complete. */
async function completedBrowser(registration: { token: string; homePage: string }, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 }, ...options }, trainee);
  const attempt = (quizId: string, score: number, passed: boolean, endedAt: string) => ({ id: `${quizId}-${endedAt}`, quizId, seed: 'e2e', items: [], answers: {}, score, passed, startedAt: EARLIER, endedAt });
  const attempts = [...modules.filter((m) => m.quiz).map((m) => attempt(m.id, 0.9, true, EARLIER)), attempt('final', 0.7, false, EARLIER), attempt('final', 28 / 30, true, COMPLETED)];
  const stores = {
    // This browser already sent what it did (the server scored it above): nothing is sent again.
    'sta:records-emitted': { state: { modulesRead: modules.map((m) => m.id), courseCompleted: true, attempts: attempts.map((x) => x.id), runs: [], goals: [] }, version: 1 },
    'sta:profile': { state: { profile: trainee, registration: { ...registration, for: trainee } }, version: 1 },
    'sta:progress': { state: { modules: Object.fromEntries(modules.map((m) => [m.id, { seen: Object.fromEntries(m.slides.map((s) => [s.id, EARLIER])) }])) }, version: 2 },
    'sta:quiz': {
      state: { attempts, active: {} },
      version: 1,
    },
  };
  await context.addInitScript((seed) => {
    if (localStorage.getItem('sta:quiz')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, JSON.stringify(value));
  }, stores);
  return context;
}

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && errors.push(m.text()));
  return errors;
}

/**
 * axe in both languages (English in the dark theme), in a context of its own: axe is injected
 * as a script, which the server's Content-Security-Policy (checked in the other contexts) rightly refuses.
 */
async function axeInBothLanguages(context: BrowserContext, path: string, ready: (page: Page, english: boolean) => Promise<unknown>) {
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`);
  await ready(page, false);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'English' }).click();
  await ready(page, true);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
}

/** Every character the PDF's fonts map to Unicode (their ToUnicode CMaps, inflated). */
function pdfCharacters(pdf: Buffer): Set<string> {
  const text = pdf.toString('latin1');
  const chars = new Set<string>();
  const utf16 = (hex: string, add = 0) => {
    const units = hex.match(/.{4}/g)!.map((u) => parseInt(u, 16));
    units[units.length - 1]! += add;
    return String.fromCharCode(...units);
  };
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let cmap: string;
    try {
      cmap = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const [, , dst] of body!.matchAll(/<([0-9A-F]+)>\s*<([0-9A-F]+)>/gi)) chars.add(utf16(dst!));
    for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, dst] of body!.matchAll(/<([0-9A-F]+)>\s*<([0-9A-F]+)>\s*<([0-9A-F]+)>/gi))
        for (let i = 0; i <= parseInt(hi!, 16) - parseInt(lo!, 16); i++) chars.add(utf16(dst!, i));
  }
  return chars;
}

/**
 * How far the seal's words, set at their natural spacing, run past the ring they are spread
 * over (negative: room to spare). Measured on a copy without the spreading.
 */
const sealOverrun = (page: Page) =>
  page.evaluate(() => {
    const path = document.querySelector<SVGTextPathElement>('.certificate-seal textPath')!;
    // The <text> around the path, with its type size, weight and letter spacing, but set straight.
    const copy = path.parentElement!.cloneNode(false) as SVGTextElement;
    copy.textContent = path.textContent;
    path.ownerSVGElement!.appendChild(copy);
    const natural = copy.getComputedTextLength();
    copy.remove();
    return natural - 2 * Math.PI * 43;
  });

const pdfPages = (pdf: string) => [...pdf.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;

test('a trainee who completed the course prints the certificate on one A4 page; its code verifies, a made-up one does not', async () => {
  const registration = await completeOnTheServer();
  const context = await completedBrowser(registration);
  const page = await context.newPage();
  const errors = watchErrors(page);

  // The certificate, with the code the records server issued.
  await page.goto(`${baseURL}/certificate`);
  const sheet = page.getByRole('article', { name: '结业证书' });
  await sheet.waitFor();
  const codeText = sheet.locator('.certificate-code');
  await codeText.waitFor({ timeout: 60_000 });
  const code = (await codeText.innerText()).trim();
  expect(normaliseCode(code)).toBe(code);
  const text = await sheet.innerText();
  for (const fact of [trainee.name, trainee.department, '93.3%', '2026年11月27日', `${baseURL}/verify/${code}`]) expect(text).toContain(fact);

  // Printed: the shell is gone, black on white, and the certificate fits one A4 page.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const shown = (selector: string) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
    const sheet = document.querySelector('.certificate-sheet')!;
    const box = sheet.getBoundingClientRect();
    const style = getComputedStyle(sheet);
    return {
      shell: ['.shell__header', '.shell__footer', '.certificate-page__actions', '.skip-link'].filter(shown),
      width: box.width,
      height: box.height,
      top: box.top + window.scrollY,
      documentHeight: document.documentElement.scrollHeight,
      color: style.color,
      background: style.backgroundColor,
      font: style.fontFamily,
    };
  });
  expect(printed.shell).toEqual([]);
  expect(printed.color).toBe('rgb(0, 0, 0)');
  expect(printed.background).toBe('rgb(255, 255, 255)');
  expect(printed.font).toMatch(/^"Noto Sans CJK SC"/);
  expect(printed.top).toBeLessThan(1);
  expect(printed.height).toBeLessThanOrEqual(A4_AREA.height);
  expect(printed.documentHeight).toBeLessThanOrEqual(A4_AREA.height + 1);

  const pdfBytes = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
  const pdf = pdfBytes.toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  expect(pdfPages(pdf)).toBe(1);
  const [, w, h] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!;
  expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1.5); // A4 in points
  expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1.5);
  // The Chinese text is set in an embedded Noto CJK font, not in boxes of a fallback.
  expect(pdf).toMatch(/\/FontName\s*\/[A-Z]{6}\+Noto(Sans|Serif)CJK/);
  // Its text is CID-encoded; the fonts' Unicode maps show which characters were set: the name, the department, the code.
  const printedCharacters = pdfCharacters(pdfBytes);
  for (const ch of `${trainee.name}${trainee.department}${code}`) expect(printedCharacters, ch).toContain(ch);
  await page.emulateMedia({ media: 'screen' });

  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('article', { name: 'Certificate of Completion' });
  await english.waitFor();
  expect(await english.innerText()).toContain('November 27, 2026');
  // The words round the seal fit its ring in either language, without running over themselves.
  expect(await sealOverrun(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('article', { name: '结业证书' }).waitFor();
  expect(await sealOverrun(page)).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
  await context.close();
  await axeInBothLanguages(await completedBrowser(registration, { bypassCSP: true }), '/certificate', (p, english) =>
    p.getByRole('article', { name: english ? 'Certificate of Completion' : '结业证书' }).locator('.certificate-code').waitFor(),
  );

  // The records server answers the code, any way it is typed, and nothing for a made-up one.
  const lookup = await fetch(`${baseURL}/api/certificates/${code.toLowerCase().replace(/-/g, '')}`);
  expect(lookup.status).toBe(200);
  expect(lookup.headers.get('cache-control')).toBe('no-store');
  expect(await lookup.json()).toMatchObject({ code, name: trainee.name, department: trainee.department, finalScore: 28 / 30, completedAt: COMPLETED });
  expect((await fetch(`${baseURL}/api/certificates/STA-AAAA-AAAA-AAAA`)).status).toBe(404);

  await verifierChecks(code);
});

/** Someone with only the code: no profile, no token. */
async function verifierChecks(code: string) {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);

  await page.goto(`${baseURL}/verify/${code}`);
  await page.getByText(`证书有效：验证码 ${code} 对应以下结业证书。`).waitFor();
  const sheet = page.getByRole('article', { name: '结业证书' });
  const text = await sheet.innerText();
  for (const fact of [trainee.name, trainee.department, '93.3%', '2026年11月27日']) expect(text).toContain(fact);
  expect(page.url()).toBe(`${baseURL}/verify/${code}`); // not sent to the welcome page

  for (const madeUp of ['STA-AAAA-AAAA-AAAA', verificationCode(new Uint8Array(16).fill(42))]) {
    await page.goto(`${baseURL}/verify/${madeUp}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`没有与验证码「${madeUp}」对应的证书`);
    expect(await page.getByRole('article').count()).toBe(0);
  }

  // Typed into the form, in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Verify a certificate' }).waitFor();
  await page.getByRole('textbox', { name: 'Verification code' }).fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await page.getByText(`Valid certificate: code ${code} belongs to the certificate below.`).waitFor();
  expect(errors).toEqual([]);
  await context.close();

  await axeInBothLanguages(await browser().newContext({ bypassCSP: true }), `/verify/${code}`, (p, english) =>
    p.getByRole('article', { name: english ? 'Certificate of Completion' : '结业证书' }).waitFor(),
  );
  await axeInBothLanguages(await browser().newContext({ bypassCSP: true }), '/verify/STA-AAAA-AAAA-AAAA', (p, english) =>
    p.getByRole('alert').filter({ hasText: english ? 'There is no certificate' : '没有与验证码' }).waitFor(),
  );
}
