/** @type {import('next').NextConfig} */
const nextConfig = {
  // Two build workers halve the time to render every report and entry page here.
  experimental: { cpus: 2 },
  // Benchmarks and browser tests build other content folders beside the developer's own build.
  distDir: process.env.KB_DIST_DIR ?? '.next',
  poweredByHeader: false,
};

export default nextConfig;
