import type { Category } from './schema';
import { slugify } from './slug';

/**
 * Reports before 2004-07 and the Developer Summit specials define no categories;
 * their entries go here so that every entry still has one.
 */
export const GENERAL_CATEGORY: Category = {
  key: 'general',
  title: 'General',
  description: 'Reports from before entries were sorted into categories.',
  order: 0,
};

/**
 * Where a report that does define categories files the entries it gave none (four of
 * 2004-07-2004-12 have no `cat`): the same key, described as what it is there.
 */
export const UNCATEGORIZED: Category = { ...GENERAL_CATEGORY, description: 'Entries this report gave no category.' };

/**
 * A category's key is the slug of its title ("FreeBSD Team Reports" → `freebsd-team-reports`),
 * so the XML (`<category><name>team</name>`), the rendered HTML and the AsciiDoc of one
 * report yield the same key.
 */
export function categoryKey(title: string): string {
  return slugify(title);
}

/** The category of the teams' quarterly reports (core, release engineering, the Foundation...). */
export const TEAM_REPORTS_CATEGORY = categoryKey('FreeBSD Team Reports');
/** The category of the documentation's reports: the handbook, translations, the web site. */
export const DOCUMENTATION_CATEGORY = categoryKey('Documentation');
