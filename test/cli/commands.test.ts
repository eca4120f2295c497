import { writeFileSync, mkdirSync, cpSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runKb } from './run-kb';
import { tempDir } from '../temp-dir';

const SAMPLE = path.join(ROOT, 'content');

describe('kb on the sample content', () => {
  it('check passes', () => {
    const run = runKb(['check', '--content', SAMPLE]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 problems/);
  });

  it('stats --json prints one JSON document with the contract counts', () => {
    const run = runKb(['stats', '--json', '--content', SAMPLE]);
    expect(run.status).toBe(0);
    const stats = JSON.parse(run.stdout) as Record<string, number>;
    expect(stats.reports).toBeGreaterThanOrEqual(6);
    expect(stats.entries).toBeGreaterThanOrEqual(18);
    for (const key of ['projects', 'people', 'links']) expect(stats[key]).toBeGreaterThan(0);
    // People as /people counts them, the sample's three teams (release engineering, ports, its maintainers) apart.
    expect(stats.teams).toBe(3);
    expect(stats.lists).toBe(0);
  });

  it('show --json prints an entry with the contract fields and its Markdown body', () => {
    const kbDir = SAMPLE;
    const reportId = '2014-01-2014-03';
    const run = runKb(['show', `${reportId}/pci-sr-iov-infrastructure`, '--json', '--content', kbDir]);
    expect(run.status).toBe(0);
    const entry = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const key of ['id', 'report', 'slug', 'title', 'category', 'project', 'url', 'body', 'contacts', 'links', 'order']) {
      expect(entry).toHaveProperty(key);
    }
    expect(entry.id).toBe(`${reportId}/pci-sr-iov-infrastructure`);
    expect(entry.url).toBe(`/reports/${reportId}/pci-sr-iov-infrastructure`);
    // As /api/entries answers it: which kind of document, and where a tool goes next.
    expect(entry.kind).toBe('entry');
    expect(entry.subjects).toContain('sr-iov');
    expect(entry.people).toEqual((entry.contacts as { name: string }[]).map((c) => expect.objectContaining({ name: c.name, url: expect.stringMatching(/^\/people\/[a-z0-9-]+$/) })));
  });

  it('show exits 1 and says so for an unknown id', () => {
    const run = runKb(['show', 'no-such-thing', '--content', SAMPLE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no entry, report, project, subject or person "no-such-thing"');
  });
});

describe('kb called wrongly', () => {
  it.each(['stats', 'check', 'show bhyve', 'projects', 'subjects', 'search bhyve'])('%s: a content folder that does not exist is a usage error naming it', (command) => {
    const run = runKb([...command.split(' '), '--content', '/nonexistent/kb-folder']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('content folder /nonexistent/kb-folder does not exist');
    expect(run.stdout).toBe('');
  });

  it('reads a content folder whose report folders are links, as the loader does', () => {
    const linked = tempDir('kb-linked-reports-');
    for (const name of readdirSync(SAMPLE)) symlinkSync(path.join(SAMPLE, name), path.join(linked, name));
    const run = runKb(['stats', '--json', '--content', linked]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { reports: number }).reports).toBeGreaterThanOrEqual(6);
  });

  it('refuses an option given twice, which would read the last and say nothing of the first', () => {
    const run = runKb(['stats', '--content', '/nonexistent/kb-folder', '--content', SAMPLE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--content is given more than once');
  });

  it.each(['stats --json', 'check', 'projects --json'])('%s: a folder that holds no report (the repository itself, an empty one) is a usage error, not a knowledge base of nothing', (command) => {
    const empty = tempDir('kb-no-reports-');
    for (const dir of [ROOT, empty]) {
      const run = runKb([...command.split(' '), '--content', dir]);
      expect(run.status, dir).toBe(2);
      expect(run.stderr).toContain(`${dir} holds no report (no <report id>/_report.md), so it is no content folder`);
      expect(run.stdout).toBe('');
    }
  });

  it.each([
    ['stats', 'extra'],
    ['check', 'extra'],
    ['projects', 'extra'],
    ['subjects', 'extra'],
    ['show bhyve', 'zfs'],
  ])('%s %s: an argument the command does not take is a usage error naming it', (command, extra) => {
    const run = runKb([...command.split(' '), extra, '--content', SAMPLE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`unexpected argument "${extra}"`);
    expect(run.stdout).toBe('');
  });

  it('stops quietly when the reader of its output closes the pipe (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib/cli/main.ts'), 'search', '--batch', '-', '--json', '--content', SAMPLE], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Far more than a pipe holds: the writes go on after the reader has gone.
    child.stdin.end('bhyve\nsr-iov\n'.repeat(3000));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('reads a large --batch from a pipe (no EAGAIN), and stops once the reader has gone, not after answering every query for no one', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib/cli/main.ts'), 'search', '--batch', '-', '--content', SAMPLE], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Each refused query (too long) says so on stderr: how many were still run after the pipe closed.
    child.stdin.end(`bhyve\n${'q'.repeat(600)}\n`.repeat(3000));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(stderr.split('\n').filter((line) => line.includes('too long')).length).toBeLessThan(500);
  }, 120_000);

  it.each(['import', 'check', 'stats', 'projects', 'subjects', 'show', 'search'])('%s --help prints its usage and exits 0', (command) => {
    const run = runKb([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: kb ${command}\\b`));
  });
});

describe('kb check on a broken content folder', () => {
  it('names each bad file and exits 1', () => {
    const dir = tempDir('kb-check-');
    cpSync(SAMPLE, dir, { recursive: true });
    mkdirSync(path.join(dir, '2014-01-2014-03'), { recursive: true });
    writeFileSync(path.join(dir, '2014-01-2014-03', 'bad.md'), '---\ntitle: Missing everything\n---\n');
    const run = runKb(['check', '--content', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(path.join(dir, '2014-01-2014-03', 'bad.md'));
  });

  it('names links to projects, subjects and people that do not exist, and passes those that answer', () => {
    const dir = tempDir('kb-check-');
    cpSync(SAMPLE, dir, { recursive: true });
    const file = path.join(dir, '2014-01-2014-03', 'pci-sr-iov-infrastructure.md');
    const links = '[p](/projects/no-such-project) [s](/subjects/nope) [x](/people/nobody-here) [ok](/projects/bhyve) [ok](/subjects/bhyve) [ok](/projects/sr-iov)';
    const before = `${readFileSync(file, 'utf8')}\n`;
    writeFileSync(file, `${before}${links}\n`);
    const run = runKb(['check', '--content', dir]);
    expect(run.status).toBe(1);
    // At the line that holds the link, where an editor's `file:line` jump lands.
    const line = before.split('\n').length;
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(
      ['/projects/no-such-project', '/subjects/nope', '/people/nobody-here'].map((link) => `${file}:${line}: error: broken internal link "${link}"`),
    );
  });

  it('check --json gives every problem with its file and line in one document, for scripts', () => {
    const dir = tempDir('kb-check-');
    cpSync(SAMPLE, dir, { recursive: true });
    const file = path.join(dir, '2014-01-2014-03', 'pci-sr-iov-infrastructure.md');
    const before = `${readFileSync(file, 'utf8')}\n`;
    writeFileSync(file, `${before}[p](/projects/no-such-project)\n`);
    const run = runKb(['check', '--json', '--content', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ dir, problems: [{ file, line: before.split('\n').length, message: 'broken internal link "/projects/no-such-project"' }] });
  });

  it('names a ledger that is not JSON, without a stack trace, and goes on checking the rest', () => {
    const dir = tempDir('kb-check-');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'project-slugs.json'), '{ "cut": ');
    // And a slip in an entry, which a check stopping at the ledger would hide.
    const entryFile = path.join(dir, '2025-04-2025-06', readdirSync(path.join(dir, '2025-04-2025-06')).find((f) => f !== '_report.md')!);
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
    const run = runKb(['check', '--content', dir]);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines).toContain(`${path.join(dir, 'project-slugs.json')}: error: not valid JSON (Unexpected end of JSON input)`);
    expect(lines.some((l) => l.startsWith(`${entryFile}:`) && l.includes('front matter is not valid YAML'))).toBe(true);
    expect(run.stderr).not.toContain('kb check: ');
  });

  it('gives the line of a ledger that is not JSON where the parser says where, and answers --json', () => {
    const dir = tempDir('kb-check-');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'subject-slugs.json'), '{\n "a": ["x"],\n "b": ["y"]\n "c": []\n}\n');
    const run = runKb(['check', '--json', '--content', dir]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { problems: { file: string; line?: number; message: string }[] };
    expect(report.problems[0]).toMatchObject({ file: path.join(dir, 'subject-slugs.json'), line: 4 });
    expect(report.problems[0]?.message).toMatch(/^not valid JSON/);
    // What could not be checked is said apart, not counted as a problem.
    expect(report.problems).toHaveLength(1);
    expect((report as { notes?: string[] }).notes).toEqual(['links to projects, subjects and people are not checked until the malformed ledgers are mended']);
  });

  it.each([
    ['entries-withdrawn.json', '{ "2014-01-2014-03/x": 5 }'],
    ['entry-aliases.json', '[1]'],
  ])('names a malformed %s and exits 1', (file, text) => {
    const dir = tempDir('kb-check-');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, file), text);
    const run = runKb(['check', '--content', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${path.join(dir, file).replace(/[.]/g, '\\.')}: error: not a map of entry ids to`));
  });
});

describe('kb on a folder an editor changed', () => {
  const dir = tempDir('kb-edited-');
  cpSync(SAMPLE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'projects.yml'), 'pin:\n  2014-01-2014-03/bhyve: [oops\n');
  writeFileSync(path.join(dir, 'entry-ids.json'), JSON.stringify({ '2014-01-2014-03/sr-iov-old-title': '2014-01-2014-03/pci-sr-iov-infrastructure' }));

  it('projects --json says on stderr why a projects.yml line shows no effect, and prints its JSON all the same', () => {
    const run = runKb(['projects', '--json', '--content', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/projects\.yml:\d+: warning: not valid YAML/);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it('show follows an entry id an upstream title edit gave up, as the site does', () => {
    const run = runKb(['show', '2014-01-2014-03/sr-iov-old-title', '--json', '--content', dir]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe('2014-01-2014-03/pci-sr-iov-infrastructure');
    expect(run.stderr).toContain('kb show: entry "2014-01-2014-03/sr-iov-old-title" is now "2014-01-2014-03/pci-sr-iov-infrastructure"');
  });
});
