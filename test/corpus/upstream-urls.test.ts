import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Extensions, load, type Registry, type Section } from '@asciidoctor/core';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { importedContent } from '../../bench/relevance-lib';
import { loadKnowledgeBase, type KnowledgeBase } from '../../lib/content';
import { slugify } from '../../lib/model';
import { decodeUpstreamBytes } from '../../lib/import/decode';
import { SHARED_URL_ATTRIBUTES } from '../../lib/import/adoc/asciidoctor';
import { manPageLink, packageLink } from '../../lib/import/adoc/macros';
import { splitPage } from '../../lib/import/html/page-structure';
import { groupEntriesByCategory } from '../../lib/site/report-view';
import { anchorKey, categoryElementId, legacyAnchorTable, resolveLegacyAnchor, type LegacyAnchorTable } from '../../lib/site/upstream-anchors';
import { upstreamCatalog, upstreamEntryPath, upstreamRedirectTarget, upstreamReportPaths, type UpstreamCatalog } from '../../lib/site/upstream-urls';
import { findCorpus } from './corpus-dir';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();

/** Files of an AsciiDoc quarter that are no entry. */
const NOT_ENTRIES = new Set(['_index.adoc', 'intro.adoc']);

function redirect(urlPath: string, catalog: UpstreamCatalog): string | null {
  return upstreamRedirectTarget(urlPath.split('/'), catalog);
}

/** Every report upstream published, by id, from the corpus's three folders. */
function upstreamReportIds(dir: string): string[] {
  const ids = new Set<string>();
  for (const name of readdirSync(path.join(dir, 'html'))) ids.add(name.replace(/^report-|\.html$/g, ''));
  for (const name of readdirSync(path.join(dir, 'xml'))) {
    if (/^report-\d.*\.xml$/.test(name)) ids.add(name.replace(/^report-|\.xml$/g, ''));
  }
  for (const name of readdirSync(path.join(dir, 'adoc'))) if (/^report-\d/.test(name) && !name.endsWith('.adoc')) ids.add(name.slice('report-'.length));
  return [...ids].sort();
}

/** The report page's anchor table and its resolver, as the page builds them. */
function pageAnchors(kb: KnowledgeBase, reportId: string): { table: LegacyAnchorTable; resolve: (anchor: string) => string | undefined } {
  const report = kb.getReport(reportId);
  if (!report) throw new Error(`no report ${reportId}`);
  const ordered = groupEntriesByCategory(report, kb.entriesOfReport(reportId)).flatMap((g) => g.entries);
  const table = legacyAnchorTable(report.categories, ordered);
  const slugs = new Set(ordered.map((e) => e.slug));
  return { table, resolve: (anchor) => resolveLegacyAnchor(anchor, table, (id) => slugs.has(id)) };
}

interface AnchorTally {
  total: number;
  resolved: number;
  exceptions: string[];
}

/**
 * Upstream's `man:` and `package:` macros (freebsd-doc), which upstream's ids were made with:
 * `man:ktrace[1]` in a title is the text `ktrace(1)` of a link there.
 */
function upstreamMacros(): Registry {
  const registry = Extensions.create();
  registry.inlineMacro('man', function () {
    this.process(function (parent, target, attributes) {
      const section = attributes['1'];
      const text = manPageLink(target, typeof section === 'string' ? section : undefined).text;
      return this.createAnchor(parent, text, { type: 'link', target: '#' });
    });
  });
  registry.inlineMacro('package', function () {
    this.process(function (parent, target, attributes) {
      const label = attributes['1'];
      const text = packageLink(target, typeof label === 'string' ? label : undefined).text;
      return this.createAnchor(parent, text, { type: 'link', target: '#' });
    });
  });
  return registry;
}

/** The element id of the report's category with this title, as the page shows it. */
function categoryIdNamed(kb: KnowledgeBase, reportId: string, title: string): string | undefined {
  const key = anchorKey(title.replace(/<[^>]*>/g, ''));
  const category = kb.getReport(reportId)?.categories.find((c) => anchorKey(c.title) === key);
  return category && categoryElementId(category.key);
}

function share(tally: AnchorTally): string {
  return `${tally.resolved}/${tally.total} (${((100 * tally.resolved) / Math.max(tally.total, 1)).toFixed(2)}%)`;
}

describe.skipIf(!corpus)('upstream URLs and anchors over the imported corpus', () => {
  const dir = corpus ?? '';
  const temp = tempDir('kb-upstream-urls-');
  let kb: KnowledgeBase;
  let catalog: UpstreamCatalog;

  beforeAll(() => {
    kb = loadKnowledgeBase(importedContent(dir, path.join(temp, 'content')));
    catalog = upstreamCatalog(kb);
  });

  it('redirects every upstream URL form of all 102 reports to the report page', () => {
    const ids = upstreamReportIds(dir);
    expect(ids).toHaveLength(102);
    const wrong: string[] = [];
    let forms = 0;
    for (const id of ids) {
      expect(kb.getReport(id), id).toBeDefined();
      for (const form of upstreamReportPaths(id)) {
        forms++;
        const target = redirect(form, catalog);
        if (target !== `/reports/${id}`) wrong.push(`${form} → ${target}`);
      }
    }
    console.info(`upstream report URL forms redirected: ${forms - wrong.length}/${forms} (${ids.length} reports × ${upstreamReportPaths('x').length} forms)`);
    expect(wrong).toEqual([]);
  });

  it('redirects every upstream AsciiDoc entry page to an existing entry page', () => {
    const wrong: string[] = [];
    let pages = 0;
    const adocDir = path.join(dir, 'adoc');
    for (const folder of readdirSync(adocDir).filter((n) => /^report-\d/.test(n) && !n.endsWith('.adoc'))) {
      const reportId = folder.slice('report-'.length);
      for (const file of readdirSync(path.join(adocDir, folder))) {
        if (!file.endsWith('.adoc') || NOT_ENTRIES.has(file)) continue;
        pages++;
        const upstream = upstreamEntryPath(reportId, file.slice(0, -'.adoc'.length));
        const target = redirect(upstream, catalog);
        const entryId = target?.replace(/^\/reports\//, '');
        if (!entryId || !kb.getEntry(entryId) || !entryId.startsWith(`${reportId}/`)) wrong.push(`${upstream} → ${target}`);
      }
    }
    console.info(`upstream AsciiDoc entry pages redirected to an entry: ${pages - wrong.length}/${pages}`);
    expect(pages).toBeGreaterThanOrEqual(640);
    expect(wrong).toEqual([]);
  });

  it('resolves the anchors of every rendered HTML page to the entry or category they named', () => {
    const tally: AnchorTally = { total: 0, resolved: 0, exceptions: [] };
    let entryAnchors = 0;
    const htmlDir = path.join(dir, 'html');
    const pages = readdirSync(htmlDir).filter((n) => n.endsWith('.html'));
    for (const file of pages) {
      const reportId = file.replace(/^report-|\.html$/g, '');
      const tree = unified().use(rehypeParse).parse(decodeUpstreamBytes(readFileSync(path.join(htmlDir, file))).text) as Root;
      const { resolve } = pageAnchors(kb, reportId);
      const entries = kb.entriesOfReport(reportId);
      // What each entry anchor named: the title the heading was made from.
      const titleOfAnchor = new Map(splitPage(tree).entries.map((e) => [e.anchor, e.title]));
      const area = select('#contentwrap', tree);
      if (!area) throw new Error(`${file}: no #contentwrap`);
      const categoryOfAnchor = new Map(
        selectAll('h1 a[name]', area).map((a) => [String(a.properties.name), categoryIdNamed(kb, reportId, toText(a))]),
      );
      const anchors = new Set<string>();
      for (const a of selectAll('a[name]', area)) anchors.add(String(a.properties.name));
      for (const el of selectAll('[id]', area)) if (el !== area) anchors.add(String(el.properties.id));
      for (const anchor of anchors) {
        tally.total++;
        const target = resolve(anchor);
        const title = titleOfAnchor.get(anchor);
        const entry = entries.find((e) => e.slug === target);
        const ok =
          title !== undefined
            ? // A heading edited after rendering gives the entry its title; the anchor, its slug.
              entry !== undefined && (anchorKey(entry.title) === anchorKey(title) || entry.slug === slugify(title))
            : target !== undefined && target === categoryOfAnchor.get(anchor);
        if (title !== undefined) entryAnchors++;
        if (ok) tally.resolved++;
        else tally.exceptions.push(`${reportId}#${anchor} → ${target ?? 'nothing'}`);
      }
    }
    console.info(`HTML anchors resolved: ${share(tally)} over ${pages.length} pages (${entryAnchors} of entries, the rest of categories)`);
    if (tally.exceptions.length > 0) console.info(`unresolved:\n${tally.exceptions.join('\n')}`);
    expect(pages).toHaveLength(81);
    expect(tally.total).toBeGreaterThan(2900);
    expect(tally.exceptions).toEqual([]);
  });

  it('resolves the ids Asciidoctor gave every AsciiDoc entry and category heading on upstream’s report pages', async () => {
    // Upstream's index pages include `content/en/status/…`: lay the corpus out that way.
    const base = path.join(temp, 'site');
    mkdirSync(path.join(base, 'content', 'en'), { recursive: true });
    symlinkSync(path.join(dir, 'adoc'), path.join(base, 'content', 'en', 'status'));
    // Some quarters include the site's shared URL attributes too.
    mkdirSync(path.join(base, 'shared', 'en'), { recursive: true });
    const urls = Object.entries(SHARED_URL_ATTRIBUTES).map(([name, value]) => `:${name}: ${value}`);
    writeFileSync(path.join(base, 'shared', 'en', 'urls.adoc'), `${urls.join('\n')}\n`);
    const registry = upstreamMacros();
    const tally: AnchorTally = { total: 0, resolved: 0, exceptions: [] };
    let entryIds = 0;
    let entryFiles = 0;
    const folders = readdirSync(path.join(dir, 'adoc')).filter((n) => /^report-\d/.test(n) && !n.endsWith('.adoc'));
    for (const folder of folders) {
      const reportId = folder.slice('report-'.length);
      const source = readFileSync(path.join(dir, 'adoc', folder, '_index.adoc'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const doc = await load(source, {
        safe: 'unsafe',
        base_dir: base,
        sourcemap: true,
        extension_registry: registry,
        attributes: { 'reports-path': `content/en/status/${folder}` } });
      const { resolve } = pageAnchors(kb, reportId);
      const entries = kb.entriesOfReport(reportId);
      entryFiles += readdirSync(path.join(dir, 'adoc', folder)).filter((n) => n.endsWith('.adoc') && !NOT_ENTRIES.has(n)).length;
      // An entry's heading is the first section of its file, whatever its level (one is `====`).
      const headed = new Set<string>();
      for (const section of doc.findBy({ context: 'section' }) as Section[]) {
        const file = path.basename(section.getSourceLocation()?.getFile() ?? '');
        const id = section.getId();
        const isCategory = section.getLevel() === 1 && file === '';
        const isEntry = file.endsWith('.adoc') && !NOT_ENTRIES.has(file) && !headed.has(file);
        if (!id || (!isCategory && !isEntry)) continue;
        if (isEntry) headed.add(file);
        tally.total++;
        const target = resolve(id);
        const ok = isCategory
          ? target !== undefined && target === categoryIdNamed(kb, reportId, section.getTitle() ?? '')
          : entries.some((e) => e.slug === target && path.basename(e.source.file) === file);
        if (ok) tally.resolved++;
        else tally.exceptions.push(`${reportId}#${id} (${file}) → ${target ?? 'nothing'}`);
      }
      entryIds += headed.size;
    }
    console.info(`AsciiDoc heading ids resolved: ${share(tally)} over ${folders.length} reports (${entryIds} of entries, the rest of categories)`);
    if (tally.exceptions.length > 0) console.info(`unresolved:\n${tally.exceptions.join('\n')}`);
    expect(folders).toHaveLength(21);
    expect(entryIds).toBe(entryFiles);
    expect(tally.exceptions).toEqual([]);
  });
});
