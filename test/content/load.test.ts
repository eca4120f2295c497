import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase, loadKnowledgeBase, serializeEntry, serializeReport } from '../../lib/content';
import { SITE_SECTIONS } from '../../lib/content/check';
import type { Entry, Report } from '../../lib/model';
import { tempDir } from '../temp-dir';

function report(id: string, start: string, end: string): Report {
  return { id, title: `Report ${id}`, period: { start, end }, categories: [{ key: 'kernel', title: 'Kernel', order: 0 }], intro: '' };
}

function entry(reportId: string, slug: string, order: number, body = 'Text.'): Entry {
  return {
    id: `${reportId}/${slug}`, slug, title: slug, report: reportId, category: 'kernel', contacts: [], links: [],
    sponsors: [], tasks: [], order, source: { format: 'markdown', file: `${reportId}/${slug}.md` }, body,
  };
}

function folder(): string {
  const dir = tempDir('kb-load-');
  for (const r of [report('2014-01-2014-03', '2014-01', '2014-03'), report('2001-06', '2001-06', '2001-06')]) {
    mkdirSync(path.join(dir, r.id));
    writeFileSync(path.join(dir, r.id, '_report.md'), serializeReport(r));
  }
  writeFileSync(path.join(dir, '2014-01-2014-03', 'second.md'), serializeEntry(entry('2014-01-2014-03', 'second', 1, 'See [first](/reports/2014-01-2014-03/first).')));
  writeFileSync(path.join(dir, '2014-01-2014-03', 'first.md'), serializeEntry(entry('2014-01-2014-03', 'first', 0)));
  writeFileSync(path.join(dir, '2001-06', 'old.md'), serializeEntry(entry('2001-06', 'old', 0)));
  return dir;
}

describe('loadKnowledgeBase', () => {
  it('orders reports by period and entries by upstream order', () => {
    const kb = loadKnowledgeBase(folder());
    expect(kb.problems).toEqual([]);
    expect(kb.reports.map((r) => r.id)).toEqual(['2001-06', '2014-01-2014-03']);
    expect(kb.entries.map((e) => e.id)).toEqual(['2001-06/old', '2014-01-2014-03/first', '2014-01-2014-03/second']);
    expect(kb.getEntry('2014-01-2014-03/first')?.body).toBe('Text.');
    expect(checkKnowledgeBase(kb)).toEqual([]);
  });

  it("keeps a report's entries when other folders' _report.md take its id, and names each folder not loaded", () => {
    const dir = folder();
    // A report copied to other folders, its id left as it was: sorted before and after the original.
    for (const copied of ['2000-01-2000-03', '2099-01-2099-03']) {
      mkdirSync(path.join(dir, copied));
      writeFileSync(path.join(dir, copied, '_report.md'), serializeReport(report('2014-01-2014-03', '2014-01', '2014-03')));
    }
    writeFileSync(path.join(dir, '2000-01-2000-03', 'stray.md'), serializeEntry(entry('2014-01-2014-03', 'stray', 0)));
    const kb = loadKnowledgeBase(dir);
    expect(kb.reports.map((r) => r.id)).toEqual(['2001-06', '2014-01-2014-03']);
    expect(kb.entriesOfReport('2014-01-2014-03').map((e) => e.slug)).toEqual(['first', 'second']);
    const named = kb.problems.filter((p) => p.message.includes('is also the id of folder'));
    expect(named.map((p) => [path.basename(path.dirname(p.file)), p.message])).toEqual([
      ['2000-01-2000-03', 'report id "2014-01-2014-03" is also the id of folder "2014-01-2014-03": 1 entry of folder "2000-01-2000-03" not loaded'],
      ['2099-01-2099-03', 'report id "2014-01-2014-03" is also the id of folder "2014-01-2014-03": 0 entries of folder "2099-01-2099-03" not loaded'],
    ]);
  });

  it('keeps loading the good files when one is bad, naming the bad one', () => {
    const dir = folder();
    writeFileSync(path.join(dir, '2014-01-2014-03', 'broken.md'), '---\ntitle: Broken\n---\nno report field\n');
    writeFileSync(path.join(dir, '2014-01-2014-03', 'Bad Name.md'), serializeEntry(entry('2014-01-2014-03', 'x', 5)));
    writeFileSync(path.join(dir, '2014-01-2014-03', 'wrongcat.md'), serializeEntry({ ...entry('2014-01-2014-03', 'wrongcat', 6), category: 'ports' }));
    const kb = loadKnowledgeBase(dir);
    expect(kb.entries).toHaveLength(4);
    const files = kb.problems.map((p) => path.basename(p.file));
    expect(files).toContain('broken.md');
    expect(files).toContain('Bad Name.md');
    expect(kb.problems.find((p) => p.file.endsWith('wrongcat.md'))?.message).toContain('category "ports"');
  });

  it('names a file it cannot read (a link to nothing, a folder named like an entry) and loads the rest, never throwing', () => {
    const dir = folder();
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, '2014-01-2014-03', 'dangling.md'));
    mkdirSync(path.join(dir, '2014-01-2014-03', 'a-folder.md'));
    symlinkSync(path.join(dir, 'no-report'), path.join(dir, '2099-01-2099-03'));
    const kb = loadKnowledgeBase(dir);
    expect(kb.entries.map((e) => e.id)).toEqual(['2001-06/old', '2014-01-2014-03/first', '2014-01-2014-03/second']);
    expect(kb.problems.map((p) => [path.basename(p.file), p.message])).toEqual([
      ['a-folder.md', 'cannot be read: a folder, not a file (EISDIR)'],
      ['dangling.md', 'cannot be read: a link to nothing, or gone (ENOENT)'],
      ['2099-01-2099-03', 'cannot be read: a link to nothing, or gone (ENOENT)'],
    ]);
  });

  it('loads a file that is not UTF-8, naming it and the line of its first bad byte', () => {
    const dir = folder();
    const text = serializeEntry(entry('2014-01-2014-03', 'latin', 2, 'Line one.\n\nCaf\u00e9 au lait.'));
    writeFileSync(path.join(dir, '2014-01-2014-03', 'latin.md'), Buffer.from(text, 'latin1'));
    const kb = loadKnowledgeBase(dir);
    expect(kb.getEntry('2014-01-2014-03/latin')?.body).toBe('Line one.\n\nCaf\uFFFD au lait.');
    const line = text.split('\n').findIndex((l) => l.includes('Caf')) + 1;
    expect(kb.problems).toEqual([{ file: path.join(dir, '2014-01-2014-03', 'latin.md'), line, message: 'is not valid UTF-8: the bytes that are not were read as U+FFFD (save the file as UTF-8)' }]);
  });

  it('keeps a report\'s entries when its _report.md is bad or missing, under a report made of the folder name', () => {
    const dir = folder();
    writeFileSync(path.join(dir, '2014-01-2014-03', '_report.md'), serializeReport(report('2014-01-2014-03', '2014-03', '2014-01')));
    rmSync(path.join(dir, '2001-06', '_report.md'));
    const kb = loadKnowledgeBase(dir);
    expect(kb.entries.map((e) => e.id)).toEqual(['2001-06/old', '2014-01-2014-03/first', '2014-01-2014-03/second']);
    expect(kb.getReport('2014-01-2014-03')).toMatchObject({ title: 'FreeBSD Status Report, 2014 Q1 (January–March)', period: { start: '2014-01', end: '2014-03' } });
    expect(kb.getReport('2001-06')?.categories.map((c) => c.key)).toEqual(['kernel']);
    // Both slips are still problems, named by file.
    expect(kb.problems.map((p) => path.relative(dir, p.file))).toEqual([path.join('2001-06', '_report.md'), path.join('2014-01-2014-03', '_report.md')]);
  });

  it('leaves out a front matter field it cannot read, at its line, and loads the rest of the entry', () => {
    const dir = folder();
    const file = path.join(dir, '2001-06', 'slips.md');
    const text = [
      '---',
      'title: Kettle descaling',
      'report: 2001-06',
      'category: kernel',
      'author: Odo Pallister',
      'contacts:',
      '  - name: Odo Pallister',
      '    email: odo@example.org',
      'links: []',
      'sponsors: The Kettle Fund',
      'tasks:',
      'order: "3"',
      'source:',
      '  format: markdown',
      '  file: 2001-06/slips.md',
      '---',
      'The kettle is descaled.',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const kb = loadKnowledgeBase(dir);
    expect(kb.getEntry('2001-06/slips')).toMatchObject({ title: 'Kettle descaling', contacts: [{ name: 'Odo Pallister' }], sponsors: [], tasks: [], body: 'The kettle is descaled.' });
    expect(kb.getEntry('2001-06/slips')?.order).toBeUndefined();
    const lineOf = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    const problems = kb.problems.filter((p) => p.file === file);
    expect(problems.map((p) => [p.line, p.message.replace(/: .*/, '')])).toEqual([
      [lineOf('author:'), 'front matter field "author"'],
      [lineOf('sponsors:'), 'front matter field "sponsors"'],
      [lineOf('tasks:'), 'front matter field "tasks"'],
      [lineOf('order:'), 'front matter field "order"'],
    ]);
    expect(problems.every((p) => p.message.endsWith('; left out'))).toBe(true);
  });

  it('reads no entry without a field it needs, and says so at the field', () => {
    const dir = folder();
    const file = path.join(dir, '2001-06', 'untitled.md');
    writeFileSync(file, ['---', 'tittle: Kettle descaling', 'report: 2001-06', 'category: kernel', 'source:', '  format: markdown', '  file: 2001-06/untitled.md', '---', 'Text.', ''].join('\n'));
    const kb = loadKnowledgeBase(dir);
    expect(kb.getEntry('2001-06/untitled')).toBeUndefined();
    expect(kb.problems.filter((p) => p.file === file).map((p) => [p.line, p.message])).toEqual([
      [2, 'front matter field "title" is missing; required, so none of the file is read'],
      [2, 'front matter field "tittle": Unrecognized key: "tittle"; left out'],
    ]);
  });

  it("names an editors' file or an entry file under a name that is not read", () => {
    const dir = folder();
    for (const name of ['subjects.yaml', 'Subjects.yml', 'project.yml', 'notes.txt', 'projects.yml', 'objects.yml', 'projects2.yml']) writeFileSync(path.join(dir, name), '{}\n');
    for (const name of ['kettle.markdown', 'toaster.MD']) writeFileSync(path.join(dir, '2001-06', name), serializeEntry(entry('2001-06', 'kettle', 1)));
    const kb = loadKnowledgeBase(dir);
    expect(kb.problems.map((p) => [path.relative(dir, p.file), p.message])).toEqual([
      [path.join('2001-06', 'kettle.markdown'), 'is not read: the name of an entry file ends in ".md"'],
      [path.join('2001-06', 'toaster.MD'), 'is not read: the name of an entry file ends in ".md"'],
      ['Subjects.yml', 'is not read: the editors\' file is named "subjects.yml"'],
      ['project.yml', 'is not read: the editors\' file is named "projects.yml"'],
      ['subjects.yaml', 'is not read: the editors\' file is named "subjects.yml"'],
    ]);
  });

  it("knows every first segment of the site's addresses, as app/ routes them", () => {
    const app = path.join(import.meta.dirname, '..', '..', 'app');
    // Files Next routes by a name of their own; the rest of app/ that is no route: layout, styles, components.
    const routed: Record<string, string> = { 'robots.ts': 'robots.txt', 'sitemap.ts': 'sitemap.xml', 'opengraph-image.tsx': 'opengraph-image', 'icon.svg': 'icon.svg', 'favicon.ico': 'favicon.ico', 'apple-icon.png': 'apple-icon.png' };
    const sections = readdirSync(app, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? (d.name === 'components' ? [] : [d.name]) : routed[d.name] ? [routed[d.name]!] : []));
    expect([...SITE_SECTIONS].sort()).toEqual(sections.sort());
  });

  it("checks the links of a report's introduction, and an internal link's first segment", () => {
    const dir = folder();
    const intro = 'The quarter in brief.\n\nSee [gone](/reports/2001-06/nothing-here), [typo](/repotrs/2001-06), [tasks](/tasks), [feed](/reports/2001-06/feed.xml) and [logo](/icon.svg).';
    writeFileSync(path.join(dir, '2001-06', '_report.md'), serializeReport({ ...report('2001-06', '2001-06', '2001-06'), intro }));
    const file = path.join(dir, '2001-06', '_report.md');
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('See [gone]')) + 1;
    expect(checkKnowledgeBase(loadKnowledgeBase(dir))).toEqual([
      { file, line, message: 'broken internal link "/reports/2001-06/nothing-here"' },
      { file, line, message: 'broken internal link "/repotrs/2001-06"' },
    ]);
  });

  it("names raw HTML in a report's introduction too", () => {
    const dir = folder();
    const file = path.join(dir, '2001-06', '_report.md');
    writeFileSync(file, serializeReport({ ...report('2001-06', '2001-06', '2001-06'), intro: 'The quarter in brief.\n\n<img src="/icon.svg">' }));
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('<img')) + 1;
    expect(checkKnowledgeBase(loadKnowledgeBase(dir)).filter((p) => p.file === file).map((p) => [p.line, p.message.split(' is ')[0]])).toEqual([[line, 'raw HTML "<img src="/icon.svg">"']]);
  });

  it('finds broken internal links and relative links', () => {
    const dir = folder();
    writeFileSync(
      path.join(dir, '2001-06', 'links.md'),
      serializeEntry(entry('2001-06', 'links', 1, 'See [gone](/reports/2001-06/nothing-here) and [rel](../foo.html).')),
    );
    const problems = checkKnowledgeBase(loadKnowledgeBase(dir));
    const lines = readFileSync(path.join(dir, '2001-06', 'links.md'), 'utf8').split('\n');
    const bodyLine = lines.findIndex((l) => l.startsWith('See [gone]')) + 1;
    expect(problems).toContainEqual(expect.objectContaining({ line: bodyLine, message: 'broken internal link "/reports/2001-06/nothing-here"' }));
    expect(problems).toContainEqual(expect.objectContaining({ line: bodyLine, message: 'link "../foo.html" is neither an absolute URL nor an internal path' }));
  });

  it('names raw HTML the site drops, at its line, and not a comment, a tag in code, an address in brackets, or what is dropped on purpose', () => {
    const dir = folder();
    const file = path.join(dir, '2001-06', 'markup.md');
    const body = [
      'The kettle board boots.',
      '',
      '<img src="https://example.org/kettle.png" alt="board">',
      '',
      'Read <a href="https://example.org/notes">the notes</a> first.',
      '',
      '<!-- an editor\'s note -->',
      '',
      'Set `<pid>` in <https://example.org/x> or mail <ann@example.org>:',
      '',
      '    <b>in a code block</b>',
      '',
      'Hostile: <script>alert(1)</script> <img src="kettle.png" onload="boil()"> <a href="javascript:boil()">boil</a>',
    ].join('\n');
    writeFileSync(file, serializeEntry(entry('2001-06', 'markup', 1, body)));
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (start: string): number => lines.findIndex((l) => l.startsWith(start)) + 1;
    const found = checkKnowledgeBase(loadKnowledgeBase(dir)).filter((p) => p.file === file);
    const advice = 'is not shown on the site: write Markdown instead ([text](url) for a link, ![text](url) for an image)';
    expect(found).toEqual([
      { file, line: lineOf('<img'), message: `raw HTML "<img src="https://example.org/kettle.png" alt="board">" ${advice}` },
      { file, line: lineOf('Read <a'), message: `raw HTML "<a href="https://example.org/notes">" ${advice}` },
    ]);
  });

  it('names the line each bad link is on, not the first line that holds its text', () => {
    const dir = folder();
    const file = path.join(dir, '2001-06', 'places.md');
    const body = 'First paragraph.\n\nWrite to [Ann](ann@example.org).\n\nSee [places](places) and [gone](/reports/2001-06/gone).\n\nAgain [gone](/reports/2001-06/gone), and [by reference][old].\n\n[old]: /reports/2001-06/old-one';
    const written = { ...entry('2001-06', 'places', 1, body), contacts: [{ name: 'Ann', email: 'ann@example.org' }], links: [{ url: 'relative/page', text: 'A page' }] };
    writeFileSync(file, serializeEntry(written));
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (start: string): number => lines.findIndex((l) => l.includes(start)) + 1;
    const found = checkKnowledgeBase(loadKnowledgeBase(dir))
      .filter((p) => p.file === file)
      .map((p) => [p.line, p.message.replace(/ is neither an absolute URL nor an internal path$/, '').replace(/^broken internal link .*/, 'broken internal link')]);
    expect(found).toEqual([
      [lineOf('url: relative/page'), 'link "relative/page"'],
      [lineOf('Write to'), 'link "ann@example.org"'],
      [lineOf('See [places]'), 'link "places"'],
      [lineOf('See [places]'), 'broken internal link'],
      [lineOf('Again'), 'broken internal link'],
      [lineOf('[old]:'), 'broken internal link'],
    ]);
  });

  it('names the line of a category the report does not list', () => {
    const dir = folder();
    const file = path.join(dir, '2001-06', 'stray.md');
    writeFileSync(file, serializeEntry({ ...entry('2001-06', 'stray', 1, 'Text.'), category: 'no-such-category' }));
    const problem = loadKnowledgeBase(dir).problems.find((p) => p.file === file);
    expect(problem?.message).toMatch(/^category "no-such-category" is not one of the report's categories/);
    expect(problem?.line).toBe(readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('category:')) + 1);
  });

  it('reports a missing folder instead of throwing', () => {
    const kb = loadKnowledgeBase('/nonexistent/kb');
    expect(kb.reports).toEqual([]);
    expect(kb.problems[0]?.message).toContain('does not exist');
  });
});
