import { Feed, type Author, type Item } from 'feed';
import { entryAliases, entryRedirects, fileNameIds } from '../content/entry-ledger';
import { upstreamCatalog, upstreamLinkTarget } from '../site/upstream-urls';
import type { KnowledgeBase } from '../content';
import { type Entry, type PeopleIndex, type Person, shortReportLabel } from '../model';
import { SITE_NAME, entryPath, homePath, personPath } from '../routes';
import { reportDate } from './dates';
import { entryAtomId } from './ids';
import { entryFeedText, type EntryFeedText } from './entry-html';
import { absoluteUrl } from './origin';
import { isBareAddress, isPlaceholderName } from '../people';
import { attributeValue, htmlForCdata, textAsHtml } from './xml-text';

/**
 * What a feed needs of the knowledge base; with its folder, the ids its entries had before
 * (`entry-ids.json`); with its people, authors as the site names them, linked to their pages.
 */
export type FeedKnowledgeBase = Pick<KnowledgeBase, 'reports' | 'getReport' | 'entriesOfReport'> &
  Partial<Pick<KnowledgeBase, 'dir' | 'getEntry' | 'entries'>> & { people?: Pick<PeopleIndex, 'byEntryId'> };

const firstIdsCache = new WeakMap<FeedKnowledgeBase, Map<string, string>>();

/**
 * Each entry an upstream title edit gave a new id, to the first id it had: its Atom id stays
 * what feed readers first saw, or they would show the entry again as new. Of several ids given
 * up, the first in order stands for the entry (the ledger keeps no dates).
 */
function firstIds(kb: FeedKnowledgeBase): Map<string, string> {
  let ids = firstIdsCache.get(kb);
  if (!ids) {
    ids = new Map<string, string>();
    const { dir, getEntry } = kb;
    if (dir !== undefined && getEntry !== undefined) {
      for (const [from, to] of [...entryRedirects({ dir, getEntry })].sort(([a], [b]) => (a < b ? -1 : 1))) if (!ids.has(to)) ids.set(to, from);
    }
    firstIdsCache.set(kb, ids);
  }
  return ids;
}

/** One feed before it is written: where it lives, what it is, and its entries in feed order. */
export interface FeedSpec {
  /** Its Atom id (ids.ts). */
  id: string;
  title: string;
  subtitle: string;
  /** Site paths (routes.ts, paths.ts) of the page it follows and of the feed itself. */
  pagePath: string;
  feedPath: string;
  entries: readonly Entry[];
  /** Item titles say which report they come from: for feeds that span reports. */
  labelReports: boolean;
  /** The feed's date when it has no entries (it otherwise takes its newest entry's). */
  emptyDate: Date;
}

const ATOM_ROOT = /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/;

/** A name that is an address, as its local part; any other name as it is. */
const withoutAddress = (name: string): string => (isBareAddress(name) ? name.trim().slice(0, name.trim().lastIndexOf('@')) : name);

/**
 * Authors carry names and never addresses: feeds are fetched and re-published by aggregators
 * and harvested by scrapers far more than pages, and a name is what says who wrote an entry
 * (the entry page, one link away, lists the addresses the report published). Upstream, a few
 * contacts are only an address (mostly mailing lists); they are named by the address's local part.
 */
export function feedAuthors(entry: Pick<Entry, 'id' | 'contacts'>, people?: Pick<PeopleIndex, 'byEntryId'>, origin?: string): Author[] {
  const known = people?.byEntryId.get(entry.id);
  if (known && known.length > 0) return knownAuthors(known, origin);
  const names: string[] = [];
  for (const contact of entry.contacts) {
    const raw = contact.name.trim();
    const name = withoutAddress(raw);
    // "Several", "John Doe": no one's name, and no author.
    if (name !== '' && !isPlaceholderName(name) && !names.includes(name)) names.push(name);
  }
  return names.map((name) => ({ name }));
}

/**
 * The entry's people as the site names them ("obiwac" is Aymeric Wibo, "Michael Gmelin (Potman)"
 * Michael Gmelin), each linked to their page. A mailing list or channel is where to write, not who
 * wrote: it is an author only when the entry names no one else.
 */
function knownAuthors(people: readonly Pick<Person, 'slug' | 'name' | 'kind'>[], origin: string | undefined): Author[] {
  const writers = people.some((p) => p.kind !== 'list') ? people.filter((p) => p.kind !== 'list') : people;
  return writers.map((p) => {
    // The site names a few lists and people by an address alone ("kempe@lysator.liu.se").
    const name = withoutAddress(p.name);
    return origin === undefined ? { name } : { name, link: absoluteUrl(origin, personPath(p.slug)) };
  });
}

/**
 * Where a link to upstream's report pages leads on this site (upstreamLinkTarget), as on the entry
 * page: a reader of the feed who follows an entry to its neighbour stays here. Without the whole
 * knowledge base at hand, links stay as written.
 */
function localHrefOf(kb: FeedKnowledgeBase): ((href: string) => string | null) | undefined {
  if (!localHrefs.has(kb)) {
    const { dir, getEntry, entries } = kb;
    if (entries === undefined) localHrefs.set(kb, undefined);
    else {
      const formerIds = dir !== undefined && getEntry !== undefined ? entryAliases({ dir, getEntry, entries }) : fileNameIds(entries);
      const catalog = upstreamCatalog({ reports: kb.reports, entries }, formerIds);
      localHrefs.set(kb, (href) => upstreamLinkTarget(href, catalog));
    }
  }
  return localHrefs.get(kb);
}

const localHrefs = new WeakMap<FeedKnowledgeBase, ((href: string) => string | null) | undefined>();

// Rendering an entry is the costly part of a feed, and one entry appears in up to three feeds
// (its report's, its project's, the latest); entries are immutable once loaded.
const textCache = new WeakMap<Entry, { url: string; text: EntryFeedText }>();

function cachedFeedText(entry: Entry, url: string, kb: FeedKnowledgeBase): EntryFeedText {
  const hit = textCache.get(entry);
  if (hit?.url === url) return hit.text;
  const text = entryFeedText(entry, url, localHrefOf(kb));
  textCache.set(entry, { url, text });
  return text;
}

function feedItem(entry: Entry, kb: FeedKnowledgeBase, origin: string, labelReport: boolean): Item {
  const url = absoluteUrl(origin, entryPath(entry));
  const text = cachedFeedText(entry, url, kb);
  const date = reportDate(entry.report, kb.getReport);
  const category = kb.getReport(entry.report)?.categories.find((c) => c.key === entry.category);
  const title = labelReport ? `${entry.title} (${shortReportLabel(entry.report)})` : entry.title;
  return {
    title: textAsHtml(title),
    id: entryAtomId(firstIds(kb).get(entry.id) ?? entry.id),
    link: url,
    date,
    published: date,
    description: textAsHtml(text.summary),
    content: htmlForCdata(text.html),
    author: feedAuthors(entry, kb.people, origin),
    category: [{ term: entry.category, name: attributeValue(category?.title ?? entry.category) }],
  };
}

/**
 * How many bytes of entry HTML one feed carries in full. Every reader fetches the whole document
 * on each poll, and some refuse or cut long ones (FeedBurner stopped at 512 KB): a project's
 * history in full ran to 605 KB on the corpus (the Foundation's 69 entries). Report feeds and
 * /feed.xml stay whole, with room to grow (the longest carries 141 KB of entry HTML); only the
 * longest histories are cut (3 feeds of 1,864 on the corpus).
 */
export const FEED_CONTENT_BUDGET = 200_000;

/**
 * Items in feed order (newest first), each with its content while the content so far fits
 * `budget`, and the newest always: past it, the older items keep their title, summary and link,
 * so the feed still lists every entry and a reader follows the link to read one.
 */
export function withinContentBudget(items: readonly Item[], budget: number): Item[] {
  let used = 0;
  return items.map((item, i) => {
    if (item.content === undefined) return item;
    used += Buffer.byteLength(item.content);
    return i === 0 || used <= budget ? item : { ...item, content: undefined };
  });
}

/**
 * An Atom 1.0 document. Nothing in it depends on the time or place of the build: dates come from
 * report periods (the feed's own is its newest entry's), ids from entry ids, so unchanged content
 * gives a byte-identical feed.
 */
export function writeAtomFeed(spec: FeedSpec, kb: FeedKnowledgeBase, origin: string): string {
  const items = spec.entries.map((entry) => feedItem(entry, kb, origin, spec.labelReports));
  const newest = items.reduce<Date | undefined>((max, item) => (max && max >= item.date ? max : item.date), undefined);
  const feed = new Feed({
    id: spec.id,
    title: spec.title,
    description: spec.subtitle,
    link: absoluteUrl(origin, spec.pagePath),
    feed: absoluteUrl(origin, spec.feedPath),
    updated: newest ?? spec.emptyDate,
    // Atom wants an author for every entry; entries without contacts fall back to the feed's.
    author: { name: SITE_NAME, link: absoluteUrl(origin, homePath) },
  });
  // Newest first by the dates readers see: a summit report dated before the quarter it falls in
  // comes after that quarter's entries (a stable sort keeps each report's own order).
  for (const item of withinContentBudget([...items].sort((a, b) => b.date.getTime() - a.date.getTime()), FEED_CONTENT_BUDGET)) feed.addItem(item);
  // Every entry is in English; readers and planets use the language to filter, hyphenate and speak.
  return feed.atom1().replace(ATOM_ROOT, '$& xml:lang="en"');
}
