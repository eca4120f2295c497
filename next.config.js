/** @type {import('next').NextConfig} */
const nextConfig = {
  // The content folder is read at build time from KB_CONTENT_DIR; two build
  // workers halve the time to render every report and entry page here.
  experimental: { cpus: 2 },
  poweredByHeader: false,
};

export default nextConfig;
