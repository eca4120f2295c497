/** The site's name, shown in the header and in every page title. */
export const SITE_NAME = 'FreeBSD Status Reports';

/** The home page's heading, and the title of the site's own link-preview picture. */
export const SITE_HEADLINE = 'FreeBSD status reports, all in one place';

/** One line on what the site is, for the home page and the description meta tag. */
export const SITE_DESCRIPTION =
  'A knowledge base over every FreeBSD status report since 2001: read any report, follow a project or a subject across periods.';

/**
 * The site's public origin (`KB_SITE_URL`, e.g. `https://status.example.org`), for links people
 * copy elsewhere. Unset, pages use the origin the reader's browser sees.
 */
export const SITE_URL: string | undefined = process.env.KB_SITE_URL?.trim().replace(/\/+$/, '') || undefined;
