/** The site's name, shown in the header and in every page title. */
export const SITE_NAME = 'FreeBSD Status Reports';

/** One line on what the site is, for the home page and the description meta tag. */
export const SITE_DESCRIPTION =
  'A knowledge base over every FreeBSD status report since 2001: read any report, follow a project across periods.';
