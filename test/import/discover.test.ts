import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverSources } from '../../lib/import/discover';
import { tempDir } from '../temp-dir';

function touch(root: string, file: string, text = 'x'): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('discoverSources', () => {
  it("finds the reports of today's freebsd-doc checkout and skips translations", () => {
    const root = tempDir('kb-doc-');
    touch(root, 'website/static/status/report-2014-01-2014-03.html');
    touch(root, 'website/static/status/report-2020-10-2020-12.html');
    touch(root, 'website/content/en/status/categories-desc.adoc');
    touch(root, 'website/content/en/status/_index.adoc');
    touch(root, 'website/content/en/status/report-sample.adoc');
    touch(root, 'website/content/en/status/report-2024-04-2024-06/_index.adoc');
    touch(root, 'website/content/en/status/report-2024-04-2024-06/bhyve.adoc');
    touch(root, 'website/content/ja/status/report-2024-04-2024-06/_index.adoc');
    touch(root, 'website/content/zh-tw/status/report-2024-04-2024-06/_index.adoc');
    const found = discoverSources([root]);
    expect([...found.html.keys()]).toEqual(['2014-01-2014-03', '2020-10-2020-12']);
    expect([...found.adoc.keys()]).toEqual(['2024-04-2024-06']);
    expect(found.adoc.get('2024-04-2024-06')?.displayPath).toBe('website/content/en/status/report-2024-04-2024-06');
    expect(found.categoryDescriptions).toBe(path.join(root, 'website/content/en/status/categories-desc.adoc'));
    expect(found.problems).toEqual([]);
  });

  it('finds the XML and its entity files in a legacy tree, and leaves out templates and translations', () => {
    const root = tempDir('kb-legacy-');
    touch(root, 'en_US.ISO8859-1/htdocs/news/status/report-2001-06.xml');
    touch(root, 'en_US.ISO8859-1/htdocs/news/status/report-2013-05-devsummit.xml');
    touch(root, 'en_US.ISO8859-1/htdocs/news/status/report-sample.xml');
    touch(root, 'en_US.ISO8859-1/htdocs/news/status/report-template.xml');
    touch(root, 'ja_JP.eucJP/htdocs/news/status/report-2001-06.xml');
    touch(root, 'share/xml/authors.ent');
    touch(root, 'share/xml/freebsd.ent');
    const found = discoverSources([root]);
    expect([...found.xml.keys()]).toEqual(['2001-06', '2013-05-devsummit']);
    expect(found.xml.get('2001-06')?.displayPath).toBe('en_US.ISO8859-1/htdocs/news/status/report-2001-06.xml');
    expect(found.entityFiles.map((f) => path.relative(root, f))).toEqual(['share/xml/authors.ent', 'share/xml/freebsd.ent']);
  });

  it("finds a single XML report file's entity files where its tree keeps them", () => {
    const corpus = tempDir('kb-one-');
    touch(corpus, 'xml/report-2014-01-2014-03.xml');
    touch(corpus, 'xml/share/authors.ent');
    touch(corpus, 'xml/share/freebsd.ent');
    const fromCorpus = discoverSources([path.join(corpus, 'xml/report-2014-01-2014-03.xml')]);
    expect(fromCorpus.entityFiles.map((f) => path.relative(corpus, f))).toEqual(['xml/share/authors.ent', 'xml/share/freebsd.ent']);

    const legacy = tempDir('kb-one-legacy-');
    touch(legacy, 'en_US.ISO8859-1/htdocs/news/status/report-2001-06.xml');
    touch(legacy, 'share/xml/authors.ent');
    const fromLegacy = discoverSources([path.join(legacy, 'en_US.ISO8859-1/htdocs/news/status/report-2001-06.xml')]);
    expect(fromLegacy.entityFiles.map((f) => path.relative(legacy, f))).toEqual(['share/xml/authors.ent']);
    // Given with its folder as well, each file is read once.
    expect(discoverSources([corpus, path.join(corpus, 'xml/report-2014-01-2014-03.xml')]).entityFiles).toHaveLength(2);
  });

  it('takes several sources and single files, and warns about a report found twice', () => {
    const a = tempDir('kb-a-');
    const b = tempDir('kb-b-');
    touch(a, 'report-2015-01-2015-03.xml');
    touch(b, 'copy/report-2015-01-2015-03.xml');
    touch(b, 'report-2016-01-2016-03.html');
    const found = discoverSources([a, b, path.join(b, 'report-2016-01-2016-03.html')]);
    expect([...found.xml.keys()]).toEqual(['2015-01-2015-03']);
    expect(found.xml.get('2015-01-2015-03')?.path).toBe(path.join(a, 'report-2015-01-2015-03.xml'));
    expect(found.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(found.problems[0]?.message).toContain('already found');
  });

  it("takes one AsciiDoc report's folder given on its own, with the categories' descriptions beside it", () => {
    const root = tempDir('kb-one-');
    touch(root, 'status/categories-desc.adoc');
    touch(root, 'status/report-2024-04-2024-06/_index.adoc');
    touch(root, 'status/report-2024-04-2024-06/bhyve.adoc');
    const found = discoverSources([path.join(root, 'status/report-2024-04-2024-06')]);
    expect([...found.adoc.keys()]).toEqual(['2024-04-2024-06']);
    expect(found.adoc.get('2024-04-2024-06')?.displayPath).toBe('report-2024-04-2024-06');
    expect(found.categoryDescriptions).toBe(path.join(root, 'status/categories-desc.adoc'));
    expect(found.problems).toEqual([]);
  });

  it('names a report file or folder whose name gives no report id, rather than lose its quarter unseen', () => {
    const root = tempDir('kb-misnamed-');
    touch(root, 'adoc/report-2024-01-2024-3/_index.adoc');
    touch(root, 'adoc/report-2024-01-2024-3/lamps.adoc');
    touch(root, 'adoc/report-2024Q2/lamps.adoc');
    touch(root, 'adoc/report-2024-07-2024-09/lamps.adoc');
    touch(root, 'adoc/report-sample.adoc');
    touch(root, 'xml/report-2019-Q4.xml');
    touch(root, 'xml/report-template.xml');
    touch(root, 'html/report-2020-10-2020-12.htm');
    touch(root, 'html/report-2020-07-2020-09.html');
    touch(root, 'html/report-notes/readme.txt');
    touch(root, 'xml/report-2019-07-2019-09.xml~');
    touch(root, 'xml/report-2019-07-2019-09.xml.orig');
    touch(root, 'xml/report-notes.txt');
    const found = discoverSources([root]);
    expect([...found.adoc.keys(), ...found.html.keys()]).toEqual(['2024-07-2024-09', '2020-07-2020-09']);
    expect(found.problems.map((p) => `${p.severity} ${p.file}: ${p.message.split(':')[0]}`)).toEqual([
      "error adoc/report-2024-01-2024-3: folder name is not a report's, so its AsciiDoc files are not imported",
      "error adoc/report-2024Q2: folder name is not a report's, so its AsciiDoc files are not imported",
      "error html/report-2020-10-2020-12.htm: file name is not a report's, so it is not imported",
      "error xml/report-2019-Q4.xml: file name is not a report's, so it is not imported",
    ]);
    expect(found.problems[0]?.message).toContain('e.g. report-2024-01-2024-03');
  });

  it('says which source holds no reports, and which does not exist', () => {
    const empty = tempDir('kb-none-');
    const found = discoverSources([empty, '/no/such/folder']);
    expect(found.problems).toEqual([
      { severity: 'error', file: empty, message: expect.stringContaining('holds no status reports') },
      { severity: 'error', file: '/no/such/folder', message: 'no such file or folder' },
    ]);
  });
});
