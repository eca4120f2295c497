/** @type {import('next').NextConfig} */
const nextConfig = {
  // Two build workers halve the time to render every report and entry page here.
  experimental: { cpus: 2 },
  // Benchmarks and browser tests build other content folders beside the developer's own build.
  distDir: process.env.KB_DIST_DIR ?? '.next',
  poweredByHeader: false,
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

export default nextConfig;
