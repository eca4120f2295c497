import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir';
import { ROOT, runKb } from './run-kb';

const SAMPLE = path.join(ROOT, 'content');
const show = (...args: string[]) => runKb(['show', ...args, '--content', SAMPLE]);

describe('kb show on the sample content', () => {
  it('shows a report by category, each entry by id and title', () => {
    const run = show('2014-01-2014-03');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^2014 Q1 \(January–March\) \(report 2014-01-2014-03\)\nJanuary–March 2014 · 5 entries · \/reports\/2014-01-2014-03\n\nFreeBSD Team Reports\n/);
    expect(run.stdout).toMatch(/\nKernel\n {2}2014-01-2014-03\/pci-sr-iov-infrastructure +PCI SR-IOV Infrastructure +First report\n/);
    expect(show('/reports/2014-01-2014-03/').stdout).toBe(run.stdout);
  });

  // Six runs of the command line: more than the default time on a loaded machine.
  it('shows a report by its quarter, and an entry by its quarter and slug', { timeout: 90_000 }, () => {
    const run = show('2014-01-2014-03');
    // By its quarter, as readers and the wiki write it, as the site answers /reports/2014-Q1.
    for (const quarter of ['2014-Q1', '2014 Q1', 'reports/2014-Q1', 'https://example.org/reports/2014%20Q1']) expect(show(quarter).stdout, quarter).toBe(run.stdout);
    expect(show('https://example.org/reports/2014q1/bhyve').stdout).toBe(show('2014-01-2014-03/bhyve').stdout);
  });

  it('follows an upstream address (the wiki links there) to the report or entry, as the site redirects it', () => {
    const report = show('2014-01-2014-03').stdout;
    expect(report).toMatch(/^2014 Q1 /);
    for (const key of ['https://www.FreeBSD.org/news/status/report-2014-01-2014-03.html', 'status/report-2014-01-2014-03/']) {
      const run = show(key);
      expect(run.status, key).toBe(0);
      expect(run.stdout, key).toBe(report);
    }
    // An in-page anchor naming an entry is the entry.
    expect(show('https://www.freebsd.org/news/status/report-2014-01-2014-03.html#pci-sr-iov-infrastructure').stdout).toBe(show('2014-01-2014-03/pci-sr-iov-infrastructure').stdout);
    // A report we do not have is still not found.
    expect(show('https://www.freebsd.org/status/report-2099-01-2099-03.html').status).toBe(1);
  }, 120_000);

  it('--json gives a report as {kind, id, label, period, categories: [{key, title, entries}]}', () => {
    const run = show('2014-01-2014-03', '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { kind: string; id: string; label: string; period: unknown; categories: { key: string; title: string; entries: string[] }[] };
    expect(report).toMatchObject({ kind: 'report', id: '2014-01-2014-03', label: '2014 Q1 (January–March)', period: { start: '2014-01', end: '2014-03' } });
    expect(report.categories.find((c) => c.key === 'kernel')).toEqual({
      key: 'kernel',
      title: 'Kernel',
      entries: ['2014-01-2014-03/pci-sr-iov-infrastructure', '2014-01-2014-03/intel-10g-driver'],
    });
  });

  it("says each entry's place in its project's story and which projects went quiet, as the report's page does", () => {
    const run = show('2021-01-2021-03');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\n {2}2021-01-2021-03\/release-engineering-team +FreeBSD Release Engineering Team +Back after 2 reports without an entry\n/);
    expect(run.stdout).toMatch(/\n {2}2021-01-2021-03\/bhyve +bhyve +Continues from the previous report\n/);
    expect(run.stdout).toMatch(
      /\nNot in this report: 2 projects that reported in January–September 2018 did not report here\.\n {2}ixgbe-and-ixv +last 2018-01-2018-09\/ixgbe-4-and-ixv-4-updates, back in 2025 Q2 \(April–June\)\n/,
    );
    expect(show('2025-04-2025-06').stdout).toMatch(/\n {2}2025-04-2025-06\/pkgbase +Packaged Base System +First report\n/);
    const json = JSON.parse(show('2021-01-2021-03', '--json').stdout) as { stories: Record<string, unknown>; quiet: unknown[]; quietSince: string; quietFirstTimers: number };
    expect(json.stories['2021-01-2021-03/bhyve']).toEqual({ project: 'bhyve', kind: 'continuing', previous: '2018-01-2018-09/bhyve' });
    expect(json.stories['2021-01-2021-03/release-engineering-team']).toEqual({ project: 'release-engineering', kind: 'back', skipped: 2, previous: '2014-01-2014-03/release-engineering-team' });
    expect(json.quiet).toContainEqual({ project: 'pci-sr-iov-support', last: '2018-01-2018-09/pci-sr-iov-support', backIn: '2025-04-2025-06' });
    expect(json).toMatchObject({ quietSince: '2018-01-2018-09', quietFirstTimers: 0 });
  });

  it('shows a person by slug, or as people/<slug>, their entries oldest first', () => {
    const run = show('kenji-aoyama');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Kenji Aoyama \(person kenji-aoyama\)\n5 entries, 2014–2025\nProjects: freebsd-arm64\n\n {2}2014 Q1/);
    const json = JSON.parse(show('people/Kenji-Aoyama', '--json').stdout) as { kind: string; slug: string; name: string; contactKind: string; entries: string[]; projects: string[] };
    expect(json).toMatchObject({ kind: 'person', slug: 'kenji-aoyama', name: 'Kenji Aoyama', contactKind: 'person', projects: ['freebsd-arm64'] });
    expect(json.entries[0]).toBe('2014-01-2014-03/freebsd-arm64');
    expect(json.entries).toEqual([...json.entries].sort());
  });

  it.each([
    ['https://any.host/reports/2014-01-2014-03/pci-sr-iov-infrastructure', '2014-01-2014-03/pci-sr-iov-infrastructure'],
    ['http://localhost:3000/reports/2014-01-2014-03#bhyve', '2014-01-2014-03/bhyve'],
    ['https://any.host/reports/2014-01-2014-03', '2014-01-2014-03'],
    ['https://any.host/projects/bhyve/', 'projects/bhyve'],
    ['/subjects/bhyve', 'subjects/bhyve'],
    ['https://any.host/people/kenji-aoyama', 'people/kenji-aoyama'],
  ])('reads the site address %s as %s', (url, key) => {
    const run = show(url, '--json');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(show(key, '--json').stdout);
  });

  it('says on stderr that a bare slug naming a project also names a subject, and shows the project as before', () => {
    const run = show('bhyve');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('(also a subject: kb show subjects/bhyve, 9 entries)\n');
    expect(run.stdout).toMatch(/^bhyve \(bhyve\)\n/);
    expect(run.stdout).toBe(show('projects/bhyve').stdout);
    expect(show('projects/bhyve').stderr).toBe('');
  });

  it.each([
    ['2014-01-2014-03/pci-sr-iov', '2014-01-2014-03/pci-sr-iov-infrastructure'],
    ['2014-01-2014-03/bhyev', '2014-01-2014-03/bhyve'],
    ['bhyv', 'bhyve'],
    ['subjects/sr-iv', 'subjects/sr-iov'],
    ['people/kenji-aoyma', 'people/kenji-aoyama'],
    ['2014-01-2014-02', '2014-01-2014-03'],
  ])('offers what is near %s: %s', (key, near) => {
    const run = show(key);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`kb show: no entry, report, project, subject or person "${key}" in ${SAMPLE}\ndid you mean: ${near}\n`);
  });

  it('says of an entry upstream withdrew what it was, as the site does', () => {
    const run = show('reports/2014-01-2014-03/build-farm-notes');
    expect([run.status, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toBe('kb show: entry "2014-01-2014-03/build-farm-notes" ("Build Farm Notes") was withdrawn from report 2014-01-2014-03 upstream: it is no longer in the report under this title, nor rewritten under another in a way the import recognised\n');
  });

  it('says why an entry whose file is there does not load', () => {
    const dir = path.join(tempDir('kb-show-unread-'), 'content');
    cpSync(SAMPLE, dir, { recursive: true });
    const file = path.join(dir, '2014-01-2014-03', 'bhyve.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'tittle: Bhyve'));
    const run = runKb(['show', '2014-01-2014-03/bhyve', '--content', dir]);
    expect([run.status, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toContain(`${file}:2: error: front matter field "title" is missing; required, so none of the file is read\n`);
    expect(run.stderr).not.toContain('did you mean');
  });

  it('offers nothing when nothing is near', () => {
    expect(show('no-such-thing').stderr).not.toContain('did you mean');
  });
});
