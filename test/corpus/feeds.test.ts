import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { importedContent } from '../../bench/relevance-lib';
import { loadKnowledgeBase, type KnowledgeBase } from '../../lib/content';
import { entryAtomId, FEED_CONTENT_BUDGET, latestFeed, LATEST_FEED_SIZE, projectFeed, reportFeed } from '../../lib/feeds';
import type { Entry, ProjectIndex } from '../../lib/model';
import { projectsOf } from '../../lib/projects';
import { entryPath } from '../../lib/routes';
import { findCorpus } from './corpus-dir';
import { tempDir } from '../temp-dir';

const corpus = findCorpus();
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ORIGIN = 'https://kb.example.org';

type ParsedFeed = ReturnType<typeof parseFeed>;

/** One report of each upstream format: legacy XML, rendered HTML, AsciiDoc. */
const REPORTS = ['2001-06', '2020-10-2020-12', '2026-01-2026-03'];
/** Projects named by one of their entries, since their slugs are the threading's to choose. */
const PROJECT_ENTRIES = ['2014-01-2014-03/bhyve', '2014-01-2014-03/pci-sr-iov-infrastructure', '2021-01-2021-03/portmgr'];

/** `kb import` as a user runs it, into a folder of its own. */
function freshImport(out: string): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib', 'cli', 'main.ts'), 'import', corpus ?? '', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // Exit status 1 means some upstream files had errors; every good entry is still written.
  if (result.status !== 0 && result.status !== 1) throw new Error(`kb import failed with ${result.status ?? result.signal}:\n${(result.stderr ?? '').slice(-4000)}`);
  return out;
}

interface BuiltFeeds {
  kb: KnowledgeBase;
  index: ProjectIndex;
  /** Feed name → its XML. */
  xml: Map<string, string>;
}

function buildFeeds(dir: string): BuiltFeeds {
  const kb = loadKnowledgeBase(dir);
  const index = projectsOf(kb);
  const xml = new Map<string, string>([['latest', latestFeed(kb, ORIGIN)]]);
  for (const id of REPORTS) {
    const report = kb.getReport(id);
    if (report) xml.set(`report ${id}`, reportFeed(report, kb, ORIGIN));
  }
  for (const entryId of PROJECT_ENTRIES) {
    const project = index.byEntryId.get(entryId);
    if (project) xml.set(`project of ${entryId}`, projectFeed(project, kb, ORIGIN));
  }
  return { kb, index, xml };
}

function expectItemsFor(feed: ParsedFeed, entries: readonly Entry[]): void {
  expect(feed.items.map((i) => i.id)).toEqual(entries.map((e) => entryAtomId(e.id)));
  expect(feed.items.map((i) => i.url)).toEqual(entries.map((e) => `${ORIGIN}${entryPath(e)}`));
  // Past the feed's content budget, older items carry their summary alone; never a gap in the full ones.
  const full = feed.items.filter((i) => (i.content?.length ?? 0) > 0).length;
  expect(feed.items.slice(0, full).every((i) => (i.content?.length ?? 0) > 0)).toBe(true);
  expect(full).toBeGreaterThan(0);
  for (const item of feed.items) {
    expect(item.title?.trim(), item.id ?? '').toBeTruthy();
    expect((item.content ?? item.description)?.length, item.id ?? '').toBeGreaterThan(0);
    expect(item.updated?.getTime(), item.id ?? '').toBeLessThanOrEqual(feed.updated?.getTime() ?? 0);
  }
}

describe.skipIf(!corpus)('feeds over the imported corpus', () => {
  const temp = tempDir('kb-feeds-corpus-');
  let first: BuiltFeeds;
  let second: BuiltFeeds;

  beforeAll(() => {
    first = buildFeeds(importedContent(corpus ?? '', path.join(temp, 'first')));
    second = buildFeeds(freshImport(path.join(temp, 'second')));
  });

  it('builds the latest feed, three report feeds and three project feeds that a feed parser reads', () => {
    expect([...first.xml.keys()]).toEqual(['latest', ...REPORTS.map((id) => `report ${id}`), ...PROJECT_ENTRIES.map((id) => `project of ${id}`)]);
    for (const [name, xml] of first.xml) {
      const feed = parseFeed(xml);
      expect(feed.meta.type, name).toBe('atom');
      expect(feed.items.length, name).toBeGreaterThan(0);
      console.log(`${name}: ${feed.items.length} items, ${(Buffer.byteLength(xml) / 1024).toFixed(0)} KiB`);
      // The ports collection's 83 entries ran to 314 KiB in full: a reader polls the whole document.
      // Entry text in full stays within the budget, the newest entry whole however long it is.
      const contentBytes = feed.items.map((item) => Buffer.byteLength(item.content ?? ''));
      expect(contentBytes.reduce((sum, n) => sum + n, 0), name).toBeLessThanOrEqual(Math.max(FEED_CONTENT_BUDGET, contentBytes[0] ?? 0));
    }
  });

  it('puts the newest entries in the latest feed, the latest report first, dated by its period end', () => {
    const { kb } = first;
    const feed = parseFeed(first.xml.get('latest') ?? '');
    const newest = [...kb.reports].reverse().flatMap((r) => kb.entriesOfReport(r.id)).slice(0, LATEST_FEED_SIZE);
    expectItemsFor(feed, newest);
    expect(feed.items[0]?.id).toContain(':2026-01-2026-03/');
    expect(feed.updated?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('gives each report feed the entries of its report', () => {
    for (const id of REPORTS) {
      expectItemsFor(parseFeed(first.xml.get(`report ${id}`) ?? ''), first.kb.entriesOfReport(id));
    }
  });

  it('gives each project feed every entry of its project, newest first', () => {
    for (const entryId of PROJECT_ENTRIES) {
      const project = first.index.byEntryId.get(entryId);
      expect(project?.entries.length, entryId).toBeGreaterThan(1);
      expectItemsFor(parseFeed(first.xml.get(`project of ${entryId}`) ?? ''), [...(project?.entries ?? [])].reverse());
    }
  });

  it('names authors without any address', () => {
    for (const [name, xml] of first.xml) {
      const authors = xml.match(/<author>[\s\S]*?<\/author>/g) ?? [];
      expect(authors.length, name).toBeGreaterThan(0);
      expect(authors.filter((a) => a.includes('@') || a.includes('<email>')), name).toEqual([]);
    }
  });

  it('keeps every item id and title after a second, fresh import of the corpus', () => {
    expect([...second.xml.keys()]).toEqual([...first.xml.keys()]);
    for (const [name, xml] of first.xml) {
      const before = parseFeed(xml).items.map((i) => [i.id, i.title, i.url]);
      const after = parseFeed(second.xml.get(name) ?? '').items.map((i) => [i.id, i.title, i.url]);
      expect(after, name).toEqual(before);
    }
  });
});
