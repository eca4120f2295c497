import { describe, expect, it } from 'vitest';
import { parseEntryFile, parseReportFile, serializeEntry, serializeReport } from '../../lib/content';
import type { Entry, Report } from '../../lib/model';

const report: Report = {
  id: '2019-04-2019-06',
  title: 'FreeBSD Status Report, 2019 Q2 (April–June)',
  period: { start: '2019-04', end: '2019-06' },
  categories: [{ key: 'kernel', title: 'Kernel', description: 'Changes to the kernel.', order: 0 }],
  intro: 'A quarter of steady work.',
};

const entry: Entry = {
  id: '2019-04-2019-06/example-driver',
  slug: 'example-driver',
  title: 'Example: a driver, with "quotes" and a #hash',
  report: '2019-04-2019-06',
  category: 'kernel',
  contacts: [{ name: 'Ada Example', email: 'ada@example.org' }, { name: 'No Address' }],
  links: [{ url: 'https://example.org/driver', text: '' }],
  sponsors: ['Example Corp.'],
  tasks: ['Test on `arm64`'],
  order: 3,
  source: { format: 'xml', file: 'xml/report-2019-04-2019-06.xml', line: 120 },
  body: '- one\n- two\n\n```\nmake\n```',
};

describe('entry files', () => {
  it('round-trip every field', () => {
    const text = serializeEntry(entry);
    const parsed = parseEntryFile(text, 'x.md', 'example-driver');
    expect(parsed).toEqual({ ok: true, value: entry, problems: [] });
  });

  it('are byte-identical when written twice', () => {
    expect(serializeEntry(structuredClone(entry))).toBe(serializeEntry(entry));
  });

  it('read no title of blanks alone, and say where YAML breaks once, without its own line count', () => {
    const blank = parseEntryFile(serializeEntry(entry).replace(/^title: .*$/m, "title: '   '"), 'x.md', 'example-driver');
    expect(blank).toEqual({ ok: false, problems: [{ file: 'x.md', line: 2, message: 'front matter field "title": must not be empty; required, so none of the file is read' }] });
    const broken = parseEntryFile(serializeEntry(entry).replace(/^category: .*$/m, 'category: kernel\n bad: 1'), 'x.md', 'example-driver');
    expect(broken.problems.map((p) => p.message)).toEqual(['front matter is not valid YAML: bad indentation of a mapping entry']);
  });

  it('report each schema problem with the file and field', () => {
    const text = serializeEntry(entry).replace('category: kernel', 'category: Not A Slug');
    const parsed = parseEntryFile(text, 'content/2019-04-2019-06/example-driver.md', 'example-driver');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems[0]?.file).toBe('content/2019-04-2019-06/example-driver.md');
      expect(parsed.problems[0]?.message).toContain('category');
      // The line the field is written on, counting the opening `---`.
      const line = text.split('\n').findIndex((l) => l.startsWith('category:')) + 1;
      expect(parsed.problems[0]?.line).toBe(line);
    }
  });

  it('report a file without front matter', () => {
    const parsed = parseEntryFile('just text\n', 'a.md', 'a');
    expect(parsed.ok).toBe(false);
  });

  it('never run front matter written in JavaScript (gray-matter would eval it)', () => {
    const marker = '__kbFrontMatterRan';
    const parsed = parseEntryFile(`---js\n{ title: (globalThis.${marker} = 'ran') }\n---\nbody\n`, 'a.md', 'a');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toContain('front matter in JavaScript is not read');
  });

  it('report front matter that is never closed at its first line, not its text as an unknown key', () => {
    const text = serializeEntry(entry).replace(/\n---\n/, '\n');
    const parsed = parseEntryFile(text, 'a.md', 'a');
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ file: 'a.md', line: 1, message: 'front matter is never closed: no line "---" after it' }]);
  });

  it('report broken YAML with its line', () => {
    const parsed = parseEntryFile('---\ntitle: [unclosed\n---\nbody\n', 'a.md', 'a');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/YAML/);
  });
});

describe('report files', () => {
  it('round-trip', () => {
    expect(parseReportFile(serializeReport(report), 'r.md')).toEqual({ ok: true, value: report, problems: [] });
  });

  it('reject a period that ends before it starts', () => {
    const text = serializeReport({ ...report, period: { start: '2019-06', end: '2019-04' } });
    expect(parseReportFile(text, 'r.md').ok).toBe(false);
  });
});
