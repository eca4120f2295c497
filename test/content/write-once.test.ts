import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { writeContentFolder, type ReportFolder } from '../../lib/content/write';
import type { Entry, Report } from '../../lib/model';
import { makeEntry } from '../projects/make-entry';
import { tempDir } from '../temp-dir';

/** Every path written, in order: a file written twice is half-written between the two for a killed import, and costs a write. */
const writes: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>): void => {
      writes.push(String(args[0]));
      real.writeFileSync(...args);
    },
  };
});

const ID = '2033-01-2033-03';
const report: Report = { id: ID, title: 'A quarter', period: { start: '2033-01', end: '2033-03' }, categories: [{ key: 'kernel', title: 'Kernel', order: 0 }], intro: '' };
const imported = (slug: string, title: string, order: number): Entry =>
  makeEntry(ID, slug, { title, body: `The ${title.toLowerCase()} hums along.`, order, source: { format: 'xml', file: `report-${ID}.xml`, line: 1 } });
const drill = imported('drill', 'Drill Press', 0);
const lathe = imported('lathe', 'Lathe Driver', 1);
const read = (...entries: Entry[]): ReportFolder[] => [{ report, entries, partial: false }];

describe('a re-import over entry files an editor pinned', () => {
  it('writes each file once, the pin in it, under its name or the one an upstream title edit gave it', () => {
    const old = tempDir('kb-once-old-');
    writeContentFolder(old, undefined, read(drill, lathe));
    for (const slug of ['drill', 'lathe']) {
      const file = path.join(old, ID, `${slug}.md`);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^category: kernel$/m, `category: kernel\nproject: ${slug}-work`));
    }
    const into = tempDir('kb-once-new-');
    const retitled = { ...lathe, id: `${ID}/lathe-drivers`, slug: 'lathe-drivers', title: 'Lathe Drivers' };
    writes.length = 0;
    writeContentFolder(into, old, read(drill, retitled));
    const twice = writes.filter((file, i) => writes.indexOf(file) !== i);
    // The writes were seen (the mock holds), and none twice.
    expect(writes).toEqual(expect.arrayContaining([path.join(into, ID, 'drill.md'), path.join(into, ID, 'lathe-drivers.md')]));
    expect(twice).toEqual([]);
    expect(loadKnowledgeBase(into).entries.map((e) => [e.slug, e.project])).toEqual([
      ['drill', 'drill-work'],
      ['lathe-drivers', 'lathe-work'],
    ]);
  });
});
