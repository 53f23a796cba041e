import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('when the trainer ends the session, a phone no longer says its trainee is in the class: it says they took part, in the phone’s language', async () => {
  const trainer = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const console_ = await trainer.newPage();
  console_.on('dialog', (d) => void d.accept());
  await console_.goto(`${baseURL}/present/01-foundations`);
  const panel = console_.getByRole('region', { name: '课堂互动' });
  await panel.getByRole('button', { name: '开始课堂互动' }).click();
  const code = (await panel.getByText(/^\d{3} \d{3}$/).textContent())!.replace(/\s/g, '');

  const phone = await (await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' })).newPage();
  await phone.goto(`${baseURL}/join`);
  await phone.getByLabel('Join code').fill(code);
  await phone.getByLabel('Your name').fill('Kim');
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await phone.getByRole('heading', { name: `Kim, you are in class ${code}.` }).waitFor();

  await panel.getByRole('button', { name: '结束课堂互动' }).click();
  await phone.getByText('The trainer has ended this class session. Thank you for taking part!').waitFor();
  expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe(`Kim, you took part in class ${code}.`);
  await trainer.close();
  await phone.context().close();
});
