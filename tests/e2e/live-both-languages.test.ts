import { expect, inject, test } from 'vitest';
import { axeViolations } from './axe';
import { contextSetUpAs, sharedBrowser } from './chromium';
import { joinAs, startLiveSession } from './live-setup';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('with an English console, a Chinese phone reads the objection in Chinese, sees the figures a goal call is judged against, and is told in Chinese why its goal is not achievable; axe finds nothing', async () => {
  const trainer = await contextSetUpAs(browser(), baseURL, { viewport: { width: 1280, height: 800 }, bypassCSP: true }, { locale: 'en', theme: 'light' });
  const console_ = await trainer.newPage();
  await console_.goto(`${baseURL}/present/01-foundations`);
  const { panel, code } = await startLiveSession(console_, 'en');

  const phoneContext = await contextSetUpAs(browser(), baseURL, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true }, { locale: 'zh-CN', theme: 'light' });
  const phone = await phoneContext.newPage();
  await joinAs(phone, baseURL, code, '李雷');

  await panel.getByRole('button', { name: 'Push the objection' }).click();
  await phone.getByText('“你们太贵了，另一家便宜多了。”').waitFor();

  await panel.getByRole('button', { name: 'Ask for SMART goals' }).click();
  const facts = phone.getByRole('list', { name: '判定依据' });
  await facts.waitFor();
  expect(await facts.textContent()).toContain('销售额 4,800万元');
  expect((await axeViolations(phone)).join('\n')).toBe('');
  await phone.getByLabel('你的 SMART 目标').fill('Reach RMB 300 million in revenue from enterprise customers for the cloud collaboration suite by 31 December 2027.');
  await phone.getByRole('button', { name: '提交答案' }).click();
  await panel.getByText('1 of 1 answered').waitFor();
  await panel.getByRole('button', { name: 'Reveal the answer' }).click();
  await phone.getByText(/隐含增长 525%，超过了市场增长/).waitFor();
  expect((await axeViolations(phone)).join('\n')).toBe('');
  await phoneContext.close();
  await trainer.close();
});
