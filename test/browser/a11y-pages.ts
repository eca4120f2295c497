import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import {
  citesPagePath,
  entryPath,
  homePath,
  peoplePath,
  personPath,
  projectPath,
  projectsPath,
  referenceKindPath,
  referencePath,
  referencesPath,
  reportPath,
  reportsPath,
  searchQueryPath,
  subjectPath,
  subjectsPath,
  tasksPath,
} from '../../lib/routes';

/**
 * One page of every kind the site has, over the sample content: the accessibility checks, the
 * screenshots, the HTML checker, the head and link-preview checks visit each. A new kind of page
 * is one line here.
 */
export const SAMPLE_PAGES: readonly { name: string; path: string }[] = [
  { name: 'home', path: homePath },
  { name: 'reports', path: reportsPath },
  { name: 'report', path: reportPath('2014-01-2014-03') },
  { name: 'entry', path: entryPath('2014-01-2014-03/pci-sr-iov-infrastructure') },
  { name: 'project', path: projectPath('bhyve') },
  { name: 'subject', path: subjectPath('bhyve') },
  { name: 'subjects', path: subjectsPath },
  { name: 'person', path: personPath('priya-raman') },
  { name: 'search', path: searchQueryPath('bhyve') },
  { name: 'tasks', path: tasksPath },
  { name: 'projects', path: projectsPath },
  { name: 'people', path: peoplePath },
  { name: 'references', path: referencesPath },
  { name: 'references-of-a-kind', path: referenceKindPath('man') },
  { name: 'reference', path: referencePath({ kind: 'man', id: 'ixgbe.4' }) },
  { name: 'cites', path: citesPagePath },
];

export const WIDTHS = [1280, 390] as const;
export const SCHEMES = ['light', 'dark'] as const;

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core in the page as it is now, with its default rules and WCAG 2.2's target size
 * (off by default in axe, counted by Lighthouse); returns every violation, of any impact: the
 * moderate ones (two landmarks of one name) are what a screen reader user meets on every page.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    () => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }),
  );
  return results.violations;
}

/** The violations, one line per element: rule, impact, where, what to do. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}) at ${JSON.stringify(n.target)}: ${v.help}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`))
    .join('\n');
}

/**
 * Headings a screen reader's list of headings cannot tell apart, one a line: two of one level and
 * text under one heading ("Ports Collection" ×67 under a project's "Timeline"). "Open tasks" under
 * each of two entries is no repeat.
 */
export async function repeatedHeadings(page: Page): Promise<string> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    const above: string[] = [];
    for (const h of document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')) {
      if (h.closest('[aria-hidden="true"], [hidden]')) continue;
      const level = Number(h.tagName[1]);
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      above.length = level - 1;
      const key = `${above.filter(Boolean).at(-1) ?? ''} › h${level} "${text}"`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      above[level - 1] = text;
    }
    return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`).join('\n');
  });
}
