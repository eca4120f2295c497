import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentNewerThanBuild } from '../../lib/server';
import { tempDir } from '../temp-dir';

describe('contentNewerThanBuild', () => {
  const root = tempDir('kb-build-age-');
  const content = path.join(root, 'content');
  const dist = path.join(root, '.next');
  mkdirSync(path.join(content, '2031-01-2031-03'), { recursive: true });
  mkdirSync(dist);
  const entry = path.join(content, '2031-01-2031-03', 'gizmo.md');
  writeFileSync(entry, '---\ntitle: Gizmo\n---\n');
  writeFileSync(path.join(dist, 'BUILD_ID'), 'x');
  const at = (file: string, seconds: number): void => utimesSync(file, seconds, seconds);

  it('says nothing when the build is newer than every content file, and warns when a content file was written after it', () => {
    at(entry, 1_000);
    at(path.join(dist, 'BUILD_ID'), 2_000);
    expect(contentNewerThanBuild(content, dist)).toBeUndefined();
    at(entry, 3_000);
    expect(contentNewerThanBuild(content, dist)).toMatch(/content.*written .*after the build/);
  });

  it('says nothing without a build to compare with', () => {
    expect(contentNewerThanBuild(content, path.join(root, 'no-build'))).toBeUndefined();
  });
});
