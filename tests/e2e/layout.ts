import type { Page } from 'playwright-core';

export { openMenu } from './chromium';

/** How far the page scrolls sideways (0 when it fits the screen). */
export const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every visible text field, select and text area that does not look like the app's (a 1 px solid
 * border, room inside, a finger's height): browser defaults are 21 px tall with an inset border.
 */
export const unstyledFields = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=range]), select, textarea')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const s = getComputedStyle(el);
        return s.borderTopStyle !== 'solid' || parseFloat(s.borderTopWidth) < 1 || parseFloat(s.paddingLeft) < 4 || el.getBoundingClientRect().height < 40;
      })
      .map((el) => `${el.tagName.toLowerCase()}[${el.getAttribute('aria-label') ?? el.id}] ${getComputedStyle(el).borderTopStyle} ${Math.round(el.getBoundingClientRect().height)}px`),
  );

/** Every visible field the trainee types in whose value does not fit its box (they would see "6" for "65"); a read-only link may scroll. */
export const clippedFields = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=range])')]
      .filter((el) => el.getClientRects().length > 0 && !el.readOnly && el.value !== '' && el.scrollWidth > el.clientWidth)
      .map((el) => `${el.getAttribute('aria-label') ?? el.id} "${el.value}": ${el.clientWidth}px for ${el.scrollWidth}px`),
  );

/** Text in `scope` cut short with an ellipsis although it is meant to be read whole (the course's name, the trainee's). */
export const truncatedText = (page: Page, scope = 'header') =>
  page.evaluate(
    (scope) =>
      [...document.querySelectorAll<HTMLElement>(`${scope} *`)]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
        .map((el) => `"${el.textContent}": ${el.clientWidth}px for ${el.scrollWidth}px`),
    scope,
  );
