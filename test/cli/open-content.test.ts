import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContent } from '../../lib/cli/open-content';
import { projectsOf } from '../../lib/projects';
import { subjectsOf } from '../../lib/subjects';
import { loadKnowledgeBase } from '../../lib/content';
import { ROOT } from './run-kb';
import { tempDir } from '../temp-dir';

const SAMPLE = path.join(ROOT, 'content');

/** A copy of the sample content and an empty cache folder. */
function fresh(): { content: string; cache: string } {
  const content = tempDir('kb-open-content-');
  cpSync(SAMPLE, content, { recursive: true });
  return { content, cache: tempDir('kb-open-cache-') };
}

const titles = (dir: string, cache: string | null): string[] => openContent(dir, cache).projects.projects.map((p) => p.title);

describe('openContent: threading and subjects kept between commands', () => {
  it('answers from the cache exactly as from a fresh threading', () => {
    const { content, cache } = fresh();
    const kb = loadKnowledgeBase(content);
    const projects = projectsOf(kb);
    const subjects = subjectsOf(kb, projects);
    openContent(content, cache).subjects();
    for (const kind of ['projects', 'subjects']) expect(readdirSync(path.join(cache, kind))).toEqual([expect.stringMatching(/^\w+\.json$/)]);
    const cached = openContent(content, cache);
    const { ledger: _ledger, ...threaded } = projects;
    expect(cached.projects).toEqual(threaded);
    const { ledger: _subjectLedger, ...found } = subjects;
    expect(cached.subjects()).toEqual(found);
  });

  it('reads the cache when nothing changed (a cached title shows), and not once an entry, projects.yml or the ledger changed', () => {
    const { content, cache } = fresh();
    const before = titles(content, cache);
    // Each cached threading now says so in its first title: seen, it was read; the real one, it was not.
    const tamper = (): void => {
      for (const file of readdirSync(path.join(cache, 'projects'))) {
        const snapshot = path.join(cache, 'projects', file);
        writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace(`"title":${JSON.stringify(before[0])}`, '"title":"From the cache"'));
      }
    };
    tamper();
    expect(titles(content, cache)[0]).toBe('From the cache');

    const entry = path.join(content, '2014-01-2014-03', 'bhyve.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^title: .*$/m, 'title: bhyve, retitled'));
    expect(titles(content, cache)).toEqual(before);
    expect(openContent(content, cache).projects.byEntryId.get('2014-01-2014-03/bhyve')?.titles).toContain('bhyve, retitled');

    tamper();
    writeFileSync(path.join(content, 'projects.yml'), `${readFileSync(path.join(content, 'projects.yml'), 'utf8')}\n# a comment: its problems' lines could move, so the file is read anew\n`);
    expect(titles(content, cache)).toEqual(before);
    writeFileSync(path.join(content, 'projects.yml'), 'rename:\n  - from: bhyve\n    title: Renamed by the editors\n');
    expect(titles(content, cache)).toContain('Renamed by the editors');
  });

  it('keeps a copy of a folder apart: the problems it keeps name the files of the folder asked about', () => {
    const { content, cache } = fresh();
    const copy = tempDir('kb-open-copy-');
    cpSync(content, copy, { recursive: true });
    for (const dir of [content, copy]) writeFileSync(path.join(dir, 'projects.yml'), 'rename:\n  - from: no-such-project\n    title: Nothing\n');
    expect(openContent(content, cache).projects.problems[0]?.file).toBe(path.join(content, 'projects.yml'));
    expect(openContent(copy, cache).projects.problems[0]?.file).toBe(path.join(copy, 'projects.yml'));
  });

  it('builds without a cache folder, and when the cache cannot be read', () => {
    const { content, cache } = fresh();
    const expected = titles(content, cache);
    expect(titles(content, null)).toEqual(expected);
    for (const file of readdirSync(path.join(cache, 'projects'))) writeFileSync(path.join(cache, 'projects', file), '{"projects":');
    expect(titles(content, cache)).toEqual(expected);
  });
});
