import type { Page } from 'playwright-core';

export const PHONE_WIDTH = 390;

/** The fade of a sideways-scrolling box's two edges (globals.css, `.scroll-cue`) once scrolled to its start or end. */
export async function edgeFades(page: Page, selector: string, to: 'start' | 'end'): Promise<{ scrolls: boolean; start: string; end: string }> {
  return page.locator(selector).evaluate(async (box, where) => {
    box.scrollLeft = where === 'start' ? 0 : box.scrollWidth;
    // The scroll timeline moves the fade on the next frames.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const style = getComputedStyle(box);
    return { scrolls: box.scrollWidth > box.clientWidth, start: style.getPropertyValue('--cue-start'), end: style.getPropertyValue('--cue-end') };
  }, to);
}

/**
 * What keeps the labels of a timeline's picture from being read: too small (under 10 px of glyph
 * box, about an 11 px font), over another, or past the screen's edge. By default a project's
 * strip's release labels; the labels shown only (a ruler drawn for another width is not).
 */
export async function releaseLabelProblems(page: Page, selector = 'svg[role="group"] g[aria-hidden="true"] text'): Promise<{ labels: number; problems: string[] }> {
  const shown = await page.locator(selector).evaluateAll((texts) =>
    texts.map((t) => {
      const box = t.getBoundingClientRect();
      return { text: t.textContent ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom, shown: box.width > 0, cut: box.left < 0 || box.right > window.innerWidth };
    }),
  );
  const labels = shown.filter((l) => l.shown);
  const small = labels.filter((l) => l.bottom - l.top < 10).map((l) => `${l.text} is ${(l.bottom - l.top).toFixed(1)} px high`);
  const overlaps = labels.flatMap((a, i) =>
    labels.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => `${a.text} over ${b.text}`),
  );
  const cut = labels.filter((l) => l.cut).map((l) => `${l.text} runs past the screen's edge`);
  return { labels: labels.length, problems: [...small, ...overlaps, ...cut] };
}

/** How wide the page is, and the first few elements that stick out past the viewport's right edge (to say where to look). */
export async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`),
  }));
}
