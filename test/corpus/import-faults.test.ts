import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkKnowledgeBase, loadKnowledgeBase } from '../../lib/content';
import { readHtmlReport } from '../../lib/import/html/read-html-report';
import type { ReaderResult } from '../../lib/import/types';
import { createEntityTable } from '../../lib/import/xml/entities';
import { readXmlReport } from '../../lib/import/xml/read-xml-report';
import { hashTree, runImport, stateOf } from '../cli/kill-import';
import { PROJECT_LEDGER_FILE } from '../../lib/content/ledger';
import { findCorpus } from './corpus-dir';
import { FAULTS, openTagInThirdEntry, openTagInThirdProject, stageFaultyCorpus } from './faulty-corpus';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();

/** Entries of `faulty` that read exactly as in `clean`, and those of `clean` it lacks. */
function compare(clean: ReaderResult, faulty: ReaderResult): { same: number; missing: string[] } {
  const byId = new Map(faulty.entries.map((e) => [e.id, JSON.stringify(e)]));
  return {
    same: clean.entries.filter((e) => byId.get(e.id) === JSON.stringify(e)).length,
    missing: clean.entries.filter((e) => !byId.has(e.id)).map((e) => e.id),
  };
}

const entryFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && path.basename(f) !== '_report.md');

describe.skipIf(!corpus)('an unclosed tag in a real report costs only its own entry', () => {
  it('XML: the third <project> of report-2016-01-2016-03 is lost, the other 33 read as in the clean report', () => {
    const dir = path.join(corpus ?? '', 'xml');
    const entities = createEntityTable(readFileSync(path.join(dir, 'share/freebsd.ent'), 'utf8'), readFileSync(path.join(dir, 'share/authors.ent'), 'utf8'));
    const bytes = readFileSync(path.join(dir, 'report-2016-01-2016-03.xml'));
    const read = (b: Uint8Array) => readXmlReport({ path: 'xml/report-2016-01-2016-03.xml', bytes: b, reportId: '2016-01-2016-03', entities });
    const clean = read(bytes);
    const faulty = read(Buffer.from(openTagInThirdProject(bytes.toString('latin1')), 'latin1'));
    expect(clean.entries).toHaveLength(34);
    // The third <project> in the file: the entries come in the order of upstream's page.
    const third = [...clean.entries].sort((a, b) => (a.source.line ?? 0) - (b.source.line ?? 0))[2]?.id;
    expect(compare(clean, faulty)).toEqual({ same: 33, missing: [third] });
    expect(faulty.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line])).toEqual([['xml/report-2016-01-2016-03.xml', 229]]);
  });

  it('HTML: every entry of report-2016-01-2016-03.html is read, the 33 around the slip as in the clean page', () => {
    const bytes = readFileSync(path.join(corpus ?? '', 'html', 'report-2016-01-2016-03.html'));
    const read = (b: Uint8Array) => readHtmlReport({ path: 'html/report-2016-01-2016-03.html', bytes: b, reportId: '2016-01-2016-03' });
    const clean = read(bytes);
    const faulty = read(Buffer.from(openTagInThirdEntry(bytes.toString('latin1')), 'latin1'));
    expect(clean.entries).toHaveLength(34);
    expect(compare(clean, faulty)).toEqual({ same: 33, missing: [] });
    expect(faulty.problems.map((p) => [p.severity, p.file, p.line])).toEqual([['error', 'html/report-2016-01-2016-03.html', 360]]);
  });
});

describe.skipIf(!corpus)('re-importing a faulty copy of the corpus over its knowledge base', () => {
  const work = tempDir('kb-faults-');
  const faultySource = path.join(work, 'faulty-corpus');
  const cleanKb = path.join(work, 'clean-kb');
  const dir = path.join(work, 'kb');
  let stderr = '';
  let status: number | null;
  let old: Map<string, string>;
  let next: Map<string, string>;

  beforeAll(async () => {
    stageFaultyCorpus(corpus ?? '', faultySource);
    expect((await runImport([corpus ?? '', '--out', cleanKb])).status).toBe(0);
    cpSync(cleanKb, dir, { recursive: true });
    old = hashTree(dir);
    const run = await runImport([faultySource, '--out', dir], { capture: true });
    status = run.status;
    stderr = run.stderr ?? '';
    next = hashTree(dir);
  }, 600_000);

  it('exits with status 1, naming the file and line of each fault', () => {
    expect(status).toBe(1);
    const errors = stderr.split('\n').filter((l) => / error: /.test(l));
    expect(errors.map((l) => l.replace(/ error: .*/, ''))).toEqual([
      'xml/report-2016-01-2016-03.xml:229:',
      'xml/report-2019-10-2019-12.xml:870:',
      'html/report-2020-10-2020-12.html:589:',
    ]);
    expect(FAULTS).toHaveLength(errors.length);
  });

  it('loses no entry file: every one the clean import wrote is still there', () => {
    const before = entryFiles(cleanKb);
    const after = new Set(entryFiles(dir));
    expect(before.length).toBe(3126);
    expect(before.filter((f) => !after.has(f))).toEqual([]);
    expect(after.size).toBe(3126);
    expect(stderr).toMatch(/xml\/report-2019-10-2019-12\.xml: warning: read with errors, so the 19 entry files of 2019-10-2019-12\/ it did not produce are kept/);
  });

  it('keeps every slug of the published ledger', () => {
    const slugs = (kb: string) => Object.keys(JSON.parse(readFileSync(path.join(kb, PROJECT_LEDGER_FILE), 'utf8')) as Record<string, string[]>);
    const after = new Set(slugs(dir));
    expect(slugs(cleanKb).filter((s) => !after.has(s))).toEqual([]);
  });

  it('leaves a folder that loads and checks without a problem', () => {
    const kb = loadKnowledgeBase(dir);
    expect(kb.problems).toEqual([]);
    expect(checkKnowledgeBase(kb)).toEqual([]);
  });

  it.each([
    ['write:2016-01-2016-03', 'old'],
    ['swap:old-aside', 'new'],
  ])('killed at step %s, leaves the %s knowledge base exactly', async (step, expected) => {
    expect(stateOf(old, old, next)).toBe('old');
    expect(stateOf(next, old, next)).toBe('new');
    const killed = path.join(work, `killed-${expected}`);
    cpSync(cleanKb, killed, { recursive: true });
    const run = await runImport([faultySource, '--out', killed], { atStep: step });
    expect(run.signal).toBe('SIGKILL');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    loadKnowledgeBase(killed);
    warn.mockRestore();
    expect(stateOf(hashTree(killed), old, next)).toBe(expected);
  }, 600_000);
});
