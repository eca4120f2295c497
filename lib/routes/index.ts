// The site's addresses: every URL DESIGN.md fixes, built in one place for pages, feeds, the API,
// the CLI and the browser code alike, and the site's name and public origin they hang from.
export * from './routes';
export * from './site-config';
export * from './feed-paths';
export * from './feed-links';
