import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runKb } from './run-kb';
import { tempDir } from '../temp-dir';

const SAMPLE = path.join(ROOT, 'content');
const CONTRACT = ['id', 'report', 'slug', 'title', 'category', 'project', 'url'];

describe('kb subjects', () => {
  it('--json prints every subject with aliases, main timeline in time order, mentions and projects', () => {
    const run = runKb(['subjects', '--json', '--content', SAMPLE]);
    expect(run.status).toBe(0);
    const subjects = JSON.parse(run.stdout) as { slug: string; title: string; aliases: string[]; entries: Record<string, unknown>[]; mentions: Record<string, unknown>[]; projects: string[] }[];
    const bhyve = subjects.find((s) => s.slug === 'bhyve');
    expect(bhyve).toBeDefined();
    expect(bhyve!.projects.length).toBeGreaterThanOrEqual(3);
    for (const entry of [...bhyve!.entries, ...bhyve!.mentions]) for (const key of CONTRACT) expect(entry).toHaveProperty(key);
    const reports = bhyve!.entries.map((e) => String(e.report));
    expect(reports).toEqual([...reports].sort());
    expect(bhyve!.mentions.map((e) => e.id)).toContain('2025-04-2025-06/release-engineering-team');
  });

  it('show subjects/<slug> prints the subject; a bare slug that is a project stays the project', () => {
    const subject = runKb(['show', 'subjects/bhyve', '--content', SAMPLE]);
    expect(subject.status).toBe(0);
    expect(subject.stdout.split('\n')[0]).toBe('bhyve (subject bhyve)');
    const json = JSON.parse(runKb(['show', 'subjects/bhyve', '--json', '--content', SAMPLE]).stdout) as { kind: string; entries: { excerpt: string }[]; people: unknown[] };
    // Says what it is: the same slug names a project, whose document has other fields.
    expect(json.kind).toBe('subject');
    expect((JSON.parse(runKb(['show', 'bhyve', '--json', '--content', SAMPLE]).stdout) as { kind: string }).kind).toBe('project');
    expect(json.entries[0]?.excerpt).toBeTruthy();
    expect(json.people.length).toBeGreaterThan(0);
    expect(runKb(['show', 'bhyve', '--content', SAMPLE]).stdout.split('\n')[0]).toMatch(/^bhyve \(bhyve\)$/);
  });

  it('show says whether a slug it followed is an old name or another spelling of the subject', () => {
    const dir = tempDir('kb-subjects-show-');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'subjects.yml'), 'subjects:\n  sr-iov:\n    aliases: { in: [SRIOV] }\nredirects:\n  pci-passthrough: bhyve\n');
    const spelling = runKb(['show', 'subjects/sriov', '--content', dir]);
    expect(spelling.status).toBe(0);
    expect(spelling.stderr).toContain('subject "sriov" is another spelling of "sr-iov"');
    const renamed = runKb(['show', 'subjects/pci-passthrough', '--content', dir]);
    expect(renamed.stderr).toContain('subject "pci-passthrough" is now "bhyve"');
  });

  it('check names the file and line of every subjects.yml correction it cannot apply', () => {
    const dir = tempDir('kb-subjects-check-');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'subjects.yml'), 'subjects:\n  bhyve:\n    entries: { in: [2099-01-2099-03/none] }\ndrop: [nothing]\n');
    const run = runKb(['check', '--content', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, 'subjects.yml')}:3: error: no entry "2099-01-2099-03/none"`);
    expect(run.stderr).toContain(`${path.join(dir, 'subjects.yml')}:4: error: no subject "nothing" to drop`);
  });
});
