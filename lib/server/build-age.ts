import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The latest time a file under `dir` was written, in ms; 0 for an empty or missing folder. */
function latestWrite(dir: string): number {
  let latest = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(dir, name));
    if (stat.isFile()) latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

/**
 * A warning when the content folder was written after the build the server serves: its pages,
 * made at build time, show the content of then, while search and the JSON API read the content
 * of now (an import into the release's own folder, then a restart). Undefined when the build is
 * newer, or there is no build to compare with.
 */
export function contentNewerThanBuild(contentDir: string, distDir: string): string | undefined {
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!existsSync(buildId) || !existsSync(contentDir)) return undefined;
  const built = statSync(buildId).mtimeMs;
  const written = latestWrite(contentDir);
  if (written <= built) return undefined;
  return (
    `server: ${contentDir} was written ${new Date(written).toISOString()}, after the build in ${distDir} (${new Date(built).toISOString()}): ` +
    'pages show the content built then, search and the API the content now. Build again (deploy/kb-replicas roll <content dir>).'
  );
}
