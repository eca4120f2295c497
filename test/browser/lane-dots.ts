import type { Page } from 'playwright-core';

/**
 * What keeps a dot of a subject's lanes from being clicked, one line each: a dot without a name,
 * a dot drawn over another of its lane, a dot whose centre is not its own link. The lanes are
 * scrolled into view one by one, since a point off the screen hits nothing.
 */
export function laneDotProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const lane of document.querySelectorAll('main figure svg[role="group"]')) {
      lane.scrollIntoView({ block: 'center' });
      const dots = [...lane.querySelectorAll('a')].map((a) => {
        const box = (a.querySelector('circle') ?? a).getBoundingClientRect();
        return { a, label: a.getAttribute('aria-label') ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2, size: box.width };
      });
      for (const [i, dot] of dots.entries()) {
        if (!dot.label) found.push(`a dot of ${lane.getAttribute('aria-label')} has no name`);
        if (document.elementFromPoint(dot.x, dot.y)?.closest('a') !== dot.a) found.push(`${dot.label}: its centre is not its own link`);
        for (const other of dots.slice(i + 1)) {
          if (Math.hypot(dot.x - other.x, dot.y - other.y) < dot.size) found.push(`${dot.label} overlaps ${other.label}`);
        }
      }
    }
    return found;
  });
}
