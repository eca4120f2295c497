import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeEntry } from '../../lib/content/serialize';
import { keepPublishedSlugs, publishedFilesIn } from '../../lib/import/keep-published-slugs';
import type { ImportProblem } from '../../lib/import/types';
import type { Entry } from '../../lib/model';

const REPORT = '2031-04-2031-06';

function adocEntry(slug: string, file: string, title: string): Entry {
  return {
    id: `${REPORT}/${slug}`,
    report: REPORT,
    slug,
    title,
    category: 'kernel',
    contacts: [],
    links: [],
    sponsors: [],
    tasks: [],
    body: `${title}.`,
    source: { format: 'adoc', file: `report-${REPORT}/${file}`, line: 1 },
  };
}

/** As the AsciiDoc reader gives them: the name that is a slug already takes the plain slug. */
const read = () => ({
  entries: [adocEntry('gizmo-driver-2', 'gizmo_driver.adoc', 'Gizmo Driver'), adocEntry('other', 'other.adoc', 'Other'), adocEntry('gizmo-driver', 'gizmo-driver.adoc', 'Gizmo Tools')],
  problems: [{ severity: 'warning', file: `report-${REPORT}/gizmo_driver.adoc`, message: 'file name "gizmo_driver" is not a lowercase slug; the entry\'s slug is "gizmo-driver-2"' }] satisfies ImportProblem[],
});

describe('keepPublishedSlugs', () => {
  it('gives the published slug back to the entry published under it, each entry at its place, and names both files', () => {
    const kept = keepPublishedSlugs(read(), (report, slug) => (report === REPORT && slug === 'gizmo-driver' ? 'gizmo_driver.adoc' : undefined));
    expect(kept.entries.map((e) => [e.id, e.title])).toEqual([
      [`${REPORT}/gizmo-driver`, 'Gizmo Driver'],
      [`${REPORT}/other`, 'Other'],
      [`${REPORT}/gizmo-driver-2`, 'Gizmo Tools'],
    ]);
    expect(kept.problems).toEqual([
      { severity: 'warning', file: `report-${REPORT}/gizmo_driver.adoc`, message: 'file name "gizmo_driver" is not a lowercase slug; the entry\'s slug is "gizmo-driver"' },
      {
        severity: 'warning',
        file: `report-${REPORT}/gizmo-driver.adoc`,
        message: 'file names gizmo_driver.adoc and gizmo-driver.adoc both give the slug "gizmo-driver": gizmo_driver.adoc keeps it (its entry was published under it), and this entry\'s is "gizmo-driver-2"',
      },
    ]);
  });

  it('keeps the reader slugs where nothing was published, still naming both files', () => {
    const kept = keepPublishedSlugs(read(), () => undefined);
    expect(kept.entries.map((e) => e.id)).toEqual(read().entries.map((e) => e.id));
    expect(kept.problems.at(-1)?.message).toBe('file names gizmo-driver.adoc and gizmo_driver.adoc both give the slug "gizmo-driver": gizmo-driver.adoc keeps it, and this entry\'s is "gizmo-driver-2"');
  });

  it('leaves alone a file whose name ends in a number of its own', () => {
    const entries = [adocEntry('zfs', 'zfs.adoc', 'ZFS'), adocEntry('zfs-2', 'zfs-2.adoc', 'ZFS, part two')];
    expect(keepPublishedSlugs({ entries, problems: [] }, () => 'zfs-2.adoc')).toEqual({ entries, problems: [] });
  });
});

describe('publishedFilesIn', () => {
  it('reads the source file of the entry a content folder holds under a slug', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-published-'));
    mkdirSync(path.join(dir, REPORT));
    writeFileSync(path.join(dir, REPORT, 'gizmo-driver.md'), serializeEntry(adocEntry('gizmo-driver', 'gizmo_driver.adoc', 'Gizmo Driver')));
    const fileOf = publishedFilesIn(dir);
    expect(fileOf(REPORT, 'gizmo-driver')).toBe('gizmo_driver.adoc');
    expect(fileOf(REPORT, 'nothing')).toBeUndefined();
    expect(publishedFilesIn(undefined)(REPORT, 'gizmo-driver')).toBeUndefined();
  });
});
