import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { launch, serveLms } from './scorm-lms';

const browser = sharedBrowser();
const lms = serveLms();

describe('My details inside an LMS', () => {
  test('the LMS\'s name and ID are shown read-only; the department is empty and optional, never a dash', async () => {
    const run = await launch(browser(), lms(), 'scorm12', { core: { student_id: 'E-2009', student_name: 'Wen, Ai', entry: 'ab-initio' } }, '#/profile', { bypassCSP: true }); // axe is injected as a script
    const name = run.course.getByRole('textbox', { name: '姓名' });
    await expect.poll(() => name.inputValue()).toBe('Ai Wen');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    const id = run.course.getByRole('textbox', { name: '工号' });
    expect(await id.inputValue()).toBe('E-2009');
    expect(await id.getAttribute('readonly')).not.toBeNull();
    const department = run.course.getByRole('textbox', { name: '部门（选填）' });
    expect(await department.inputValue()).toBe('');
    await run.course.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => run.course.getByText('已保存。').count()).toBe(1);
    await department.fill('华东销售部');
    await run.course.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => run.page.frames()[1]!.evaluate(() => JSON.parse(localStorage.getItem('sta:profile')!).state.profile)).toEqual({ name: 'Ai Wen', employeeId: 'E-2009', department: '华东销售部' });
    expect((await axeViolations(run.page.frames()[1] as unknown as Page)).join('\n')).toBe('');
    expect(run.errors).toEqual([]);
    await run.context.close();
  });
});
