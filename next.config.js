import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // Two build workers halve the time to render every report and entry page here.
    cpus: 2,
    // Pages made on request (a reference, a wiki page below a cited one) stay in Next's memory
    // cache (an LRU of 50 MB) and are never written into the build: a URL's name is anyone's to
    // choose, so on disk each would be a file kept forever (and a name longer than the file
    // system allows, an error per request), and replicas sharing one build would write it at once.
    isrFlushToDisk: false,
  },
  // Benchmarks and browser tests build other content folders beside the developer's own build.
  distDir: process.env.KB_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The public origin is the build's, written into the code it compiles: the pages made on request
  // (/search, /tasks, /cites) link their pictures and canonical addresses to it as the pages
  // built ahead do, whether or not the server is started with KB_SITE_URL too.
  env: { KB_SITE_URL: process.env.KB_SITE_URL?.trim() ?? '' },
  // Upstream's report addresses end in a slash (`/status/report-2024-04-2024-06/`). Next.js's own
  // trailing-slash redirect would run before app/status could answer, making two redirects of
  // one; so it is switched off and redone below for every other path.
  skipTrailingSlashRedirect: true,
  async redirects() {
    return [
      {
        source: '/:path((?!status(?:/|$)|news/status(?:/|$))(?:[^/]+/)*[^/]+)/',
        destination: '/:path',
        permanent: true,
      },
    ];
  },
};

/**
 * Feeds, the sitemap and canonical links are written at build time with the public origin: built
 * without `KB_SITE_URL`, they point at http://localhost:3000, which a build for the public should
 * not ship unknowingly. Said once per build (its workers inherit the mark).
 */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.KB_SITE_URL?.trim() && !process.env.KB_SITE_URL_WARNED) {
    process.env.KB_SITE_URL_WARNED = '1';
    console.warn('KB_SITE_URL is not set: feeds, the sitemap and canonical links will point at http://localhost:3000 (set it to the public origin, e.g. https://status.example.org)');
  }
  return nextConfig;
}
