import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { fillJoinForm, startLiveSession } from './live-setup';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('when the trainer ends the session, a phone no longer says its trainee is in the class: it says they took part, in the phone’s language', async () => {
  const trainer = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const console_ = await trainer.newPage();
  console_.on('dialog', (d) => void d.accept());
  await console_.goto(`${baseURL}/present/01-foundations`);
  const { panel, code } = await startLiveSession(console_);

  const phone = await (await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' })).newPage();
  await fillJoinForm(phone, baseURL, code, 'Kim', 'en');
  await phone.getByRole('heading', { name: `Kim, you are in class ${code}.` }).waitFor();

  await panel.getByRole('button', { name: '结束课堂互动' }).click();
  await phone.getByText('The trainer has ended this class session. Thank you for taking part!').waitFor();
  expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe(`Kim, you took part in class ${code}.`);
  await trainer.close();
  await phone.context().close();
});
