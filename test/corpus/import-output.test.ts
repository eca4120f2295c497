import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKnowledgeBase, loadKnowledgeBase, markdownLinkTargets, type KnowledgeBase } from '../../lib/content';
import { formatProblem, importReports, type ImportSummary } from '../../lib/import';
import { findCorpus } from './corpus-dir';
import { markupLeftovers } from './markup-leftovers';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();

/** Every file of a content folder and a hash of its bytes, to compare two imports. */
function hashFolder(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  // Report folders and the ledgers beside them (entry-aliases.json) alike.
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (statSync(full).isFile()) hashes.set(file, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return hashes;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

describe.skipIf(!corpus)('importing the whole real corpus', () => {
  let out: string;
  let summary: ImportSummary;
  let kb: KnowledgeBase;

  beforeAll(async () => {
    out = tempDir('kb-corpus-');
    summary = await importReports([corpus as string], { outDir: out, threads: 2 });
    kb = loadKnowledgeBase(out);
  });

  it('has no errors', () => {
    expect(summary.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  // The corpus README counts 2,438 <project> elements in xml/, but one of them is the
  // authoring example in report-sample.xml, which is a template and not a report: the 80
  // reports hold 2,437 (test/corpus/xml-reader.test.ts counts them report by report), so the
  // whole corpus is 2,437 + 42 + 647 = 3,126 entries.
  it('imports 102 reports and 3,126 entries: 2,437 from XML, 42 from HTML, 647 from AsciiDoc', () => {
    expect(summary.reports).toHaveLength(102);
    expect(summary.entries).toBe(3126);
    expect(summary.entriesByFormat).toEqual({ xml: 2437, html: 42, adoc: 647, markdown: 0 });
    expect(kb.reports).toHaveLength(102);
    expect(kb.entries).toHaveLength(3126);
  });

  it('writes a content folder that loads and checks without a problem', () => {
    expect(kb.problems).toEqual([]);
    expect(checkKnowledgeBase(kb)).toEqual([]);
  });

  it('gives every entry a title, a category of its report and a report', () => {
    for (const entry of kb.entries) {
      expect(entry.title.trim(), entry.id).not.toBe('');
      expect(kb.getReport(entry.report)?.categories.map((c) => c.key), entry.id).toContain(entry.category);
    }
  });

  it('leaves no upstream markup in any title, body, task, intro or description', () => {
    const problems: string[] = [];
    for (const entry of kb.entries) {
      for (const text of [entry.title, entry.body, ...entry.tasks, ...entry.sponsors, ...entry.contacts.map((c) => c.name)]) {
        problems.push(...markupLeftovers(text, { asciidoc: entry.source.format === 'adoc' }).map((p) => `${entry.id}: ${p}`));
      }
    }
    for (const report of kb.reports) {
      for (const text of [report.intro, ...report.categories.map((c) => c.description ?? '')]) {
        problems.push(...markupLeftovers(text, { asciidoc: report.source?.format === 'adoc' }).map((p) => `${report.id} (report): ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('makes every link an absolute URL or an internal path', () => {
    const bad: string[] = [];
    for (const entry of kb.entries) {
      for (const url of [...entry.links.map((l) => l.url), ...markdownLinkTargets(entry.body), ...entry.tasks.flatMap(markdownLinkTargets)]) {
        if (!ABSOLUTE.test(url) && !url.startsWith('/')) bad.push(`${entry.id}: ${url}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('is deterministic: a second import, on one thread instead of two, writes byte-identical files', async () => {
    const again = tempDir('kb-corpus-again-');
    await importReports([corpus as string], { outDir: again, threads: 1 });
    const first = hashFolder(out);
    const second = hashFolder(again);
    expect(second.size).toBe(first.size);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
