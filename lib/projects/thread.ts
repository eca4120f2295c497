import { compareReportIds, type Entry, type ContentProblem, type Ledger, type Project, type ProjectIndex } from '../model';
import { extendLedger } from '../content/ledger';
import { maxEditsFor, osaDistance } from '../words/edit-distance';
import { clusterEntries, continuationScorer, scorePairs, type Link } from './cluster';
import type { Corrections, LoadedCorrections } from './corrections';
import { ledgerHolders } from './ledger-holders';
import { bestTitle, nameGroups, nameOfTitle, readableSlug } from './naming';
import { identifyPeople } from './people';
import { entrySignals } from './signals';
import { measureRarity } from './similarity';

/** Related projects shown per project, strongest first. */
const MAX_RELATED = 6;

export interface ThreadOptions {
  /** `projects.yml`, applied on top of the automatic grouping. */
  corrections?: LoadedCorrections;
  /** Slugs published before (ledger.ts), kept for the same work. */
  ledger?: Ledger;
  /** Where each entry's front-matter pin (`project:`) is written, by entry id; else `<report>/<slug>.md`, no line. */
  pinPlaces?: Readonly<Record<string, PinPlace>>;
}

/** The file and line of a front-matter pin: what its problems name, as an editor opens it. */
export interface PinPlace {
  file: string;
  line?: number;
}

/** Where a pin puts its entry (`to`), or why it is left out (`refused`). */
type Pin = { to: string } | { refused: string };
type PinTarget = (slug: string, entryIndex: number) => Pin;

/**
 * What a pin may name: a project, a slug that leads to one (a published slug since renamed or
 * merged: the pin follows it), or a project this `projects.yml` makes with `split:` or `rename:`.
 * A pin of `projects.yml` never makes a project: a typo would otherwise become one, and be
 * published for good (front matter's may: see pinFrontMatter).
 */
function pinTargets(state: Grouping, c: Corrections, ledger: Ledger): PinTarget {
  const splits = new Set((c.split ?? []).map((split) => split.slug));
  const renamedFrom = new Map((c.rename ?? []).flatMap((rename) => (rename.slug ? [[rename.slug, rename.from] as const] : [])));
  const hint = '(a new project is made with split:)';
  return (slug, i) => {
    if (state.groups.has(slug) || splits.has(slug)) return { to: slug };
    const from = renamedFrom.get(slug);
    const to = state.resolve(from ?? slug);
    if (to === undefined) return { refused: `pin to "${slug}", which is no project; the entry stays where the threading put it ${hint}` };
    // A slug published for this entry alone that leads back to its own project: one a pin made
    // before pins stopped making projects (or a typo it published). Followed, it would do nothing.
    const heldOnly = ledger[slug]?.length === 1 && ledger[slug]?.[0] === state.entries[i]?.id;
    if (from === undefined && heldOnly && to === state.slugOf(i)) return { refused: `pin to "${slug}", a slug published for this entry alone (by an earlier pin) that now leads to its own project "${to}": a pin makes no project ${hint}` };
    return { to };
  };
}

/** Front-matter pins that put their entry with another entry of its report: pinned entry → the others. */
type PinnedTogether = Map<number, number[]>;

/**
 * Front matter pins (`project:`): DESIGN.md's "pins the entry to a project slug", a slug that
 * need not name a project yet: content written by hand groups its entries so, and keeps them so
 * whatever slugs were published before. A typo makes a project as well, so a new slug a few
 * letters from a project's (a misspelling, as the search's speller measures one) is reported,
 * as is an entry pinned beside another of its report: the threading never puts two together.
 */
function pinFrontMatter(state: Grouping, c: Corrections, where: (e: Entry) => PinPlace): { problems: ContentProblem[]; together: PinnedTogether } {
  const problems: ContentProblem[] = [];
  const projects = [...state.groups.keys()];
  // A slug this projects.yml makes (split:, rename:) is no typo, though it is no project yet.
  const made = new Set([...(c.split ?? []).map((split) => split.slug), ...(c.rename ?? []).flatMap((rename) => (rename.slug ? [rename.slug] : []))]);
  const pins = state.entries.flatMap((e, i) => (e.project ? [{ e, i, slug: e.project }] : []));
  // Whether each slug was a project before any pin made it one.
  const known = new Map(pins.map(({ slug }) => [slug, made.has(slug) || state.resolve(slug) !== undefined]));
  for (const { e, i, slug } of pins) {
    if (!known.get(slug)) {
      const near = nearSlugs(slug, projects);
      if (near.length > 0) problems.push({ ...where(e), message: `pin to "${slug}", which is no project: it makes one (did you mean ${near.map((s) => `"${s}"`).join(' or ')}?)` });
      // An editor's own entries make their project so (DESIGN.md); an imported entry so pinned leaves its thread for a slug nobody made.
      else if (e.source.format !== 'markdown') problems.push({ ...where(e), message: pinToNewSlug(slug) });
    }
    state.move(i, slug);
  }
  const together: PinnedTogether = new Map();
  for (const { e, i } of pins) {
    const others = state.groups.get(state.slugOf(i))!.members.filter((j) => j !== i && state.entries[j]!.report === e.report);
    if (others.length > 0) together.set(i, others);
  }
  return { problems, together };
}

function pinToNewSlug(slug: string): string {
  return (
    `pin to "${slug}", which no project has: it makes /projects/${slug} a project of the entries pinned to it, out of the projects the threading gives them, ` +
    'and kb import publishes the slug for good; pin a project that exists, or make this one with split: in projects.yml'
  );
}

/** Most projects a "did you mean" names. */
const MAX_NEAR_SLUGS = 3;

/** Projects whose slugs are a misspelling away from a slug: the nearest first. */
function nearSlugs(slug: string, projects: readonly string[]): string[] {
  const max = maxEditsFor(slug.length);
  if (max === 0) return [];
  return projects
    .map((p) => ({ p, d: osaDistance(slug, p, max) }))
    .filter(({ d }) => d <= max)
    .sort((a, b) => a.d - b.d || (a.p < b.p ? -1 : 1))
    .slice(0, MAX_NEAR_SLUGS)
    .map(({ p }) => p);
}

/**
 * Pinned entries still with another entry of their report once projects.yml is applied, where no
 * line of projects.yml placed either (that file may put two together; a pin is not told apart
 * from a slip).
 */
function pinnedTogetherProblems(state: Grouping, together: PinnedTogether, placed: ReadonlySet<number>, where: (e: Entry) => PinPlace): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [i, others] of together) {
    if (placed.has(i)) continue;
    const still = others.filter((j) => !placed.has(j) && state.slugOf(j) === state.slugOf(i));
    if (still.length === 0) continue;
    const e = state.entries[i]!;
    const ids = still.map((j) => `"${state.entries[j]!.id}"`).join(' and ');
    problems.push({
      ...where(e),
      message: `pin to "${e.project}" puts this entry in project "${state.slugOf(i)}" with ${ids} of the same report: a project follows one effort from report to report (pin one of them elsewhere, or place them with projects.yml)`,
    });
  }
  return problems;
}

/**
 * Groups entries into projects: the automatic threading (cluster.ts), slugs kept from the
 * ledger, then pins from entries' front matter and the editors' corrections. Deterministic: the
 * same entries and files give the same projects.
 */
export function threadProjects(entries: readonly Entry[], options: ThreadOptions = {}): ProjectIndex {
  const reportOrder = [...new Set(entries.map((e) => e.report))].sort(compareReportIds);
  const reportIndex = new Map(reportOrder.map((id, i) => [id, i]));
  const named = identifyPeople(entries);
  const signals = entries.map((e, i) => entrySignals(e, reportIndex.get(e.report)!, named[i]!));
  const rarity = measureRarity(signals);
  const links = scorePairs(signals, rarity);
  const groupOf = clusterEntries(signals, links, continuationScorer(signals, rarity));

  // Time order, then id: nothing depends on the order the entries came in.
  const order = (i: number, j: number): number =>
    reportIndex.get(entries[i]!.report)! - reportIndex.get(entries[j]!.report)! || (entries[i]!.id < entries[j]!.id ? -1 : entries[i]!.id > entries[j]!.id ? 1 : 0);
  const state = new Grouping(entries, order);
  const ledger = nameAutomaticGroups(state, groupOf, options.ledger ?? {});
  const pinTo = pinTargets(state, options.corrections?.corrections ?? {}, options.ledger ?? {});
  const where = (e: Entry): PinPlace => options.pinPlaces?.[e.id] ?? { file: `${e.report}/${e.slug}.md` };
  const pinned = pinFrontMatter(state, options.corrections?.corrections ?? {}, where);
  const corrected = options.corrections ? applyCorrections(state, options.corrections, pinTo) : { problems: [], placed: new Set<number>() };
  // The editors' file first, then the entries' pins by file, each in the order an editor reads it.
  const pinProblems = [...pinned.problems, ...pinnedTogetherProblems(state, pinned.together, corrected.placed, where)].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)),
  );
  const problems = [...corrected.problems, ...pinProblems];

  const projects = [...state.groups].map(([slug, group]) => toProject(slug, group.title, group.members.map((i) => entries[i]!)));
  const bySlug = new Map(projects.map((p) => [p.slug, p]));
  addRelated(links, (i) => bySlug.get(state.slugOf(i))!);
  // A slug the corrections made (a pin to a new project, a split, a rename) is published too: the
  // day its line goes, the slug leads to where its entries are, like any other.
  const made = projects.filter((p) => !Object.hasOwn(ledger, p.slug)).map((p) => ({ slug: p.slug, entryIds: p.entries.map((e) => e.id) }));
  return { ...indexProjects(projects, state.finalRedirects(), problems), ledger: extendLedger(ledger, made) };
}

/** The projects being made: slug → members, each entry in exactly one, and the redirects so far. */
class Grouping {
  readonly groups = new Map<string, { members: number[]; title?: string }>();
  private readonly slugOfEntry: string[] = [];
  readonly redirects = new Map<string, string>();
  readonly entryIndex: Map<string, number>;

  constructor(
    readonly entries: readonly Entry[],
    readonly order: (i: number, j: number) => number,
  ) {
    this.entryIndex = new Map(entries.map((e, i) => [e.id, i]));
  }

  slugOf(i: number): string {
    return this.slugOfEntry[i]!;
  }

  add(slug: string, members: number[]): void {
    this.groups.set(slug, { members: [...members].sort(this.order) });
    for (const i of members) this.slugOfEntry[i] = slug;
  }

  /** Moves an entry to a project, made if new; a project left empty redirects to where it went. */
  move(i: number, slug: string): void {
    const from = this.slugOfEntry[i];
    if (from === slug) return;
    if (from !== undefined) {
      const old = this.groups.get(from)!;
      old.members = old.members.filter((m) => m !== i);
      if (old.members.length === 0) {
        this.groups.delete(from);
        this.redirects.set(from, slug);
      }
    }
    const target = this.groups.get(slug);
    if (target) target.members = [...target.members, i].sort(this.order);
    else this.groups.set(slug, { members: [i] });
    this.slugOfEntry[i] = slug;
  }

  /** The current slug of a project reference: an entry id, a slug, or a slug that redirects. */
  resolve(ref: string): string | undefined {
    if (ref.includes('/')) {
      const i = this.entryIndex.get(ref);
      return i === undefined ? undefined : this.slugOf(i);
    }
    const seen = new Set<string>();
    let slug = ref;
    while (!this.groups.has(slug)) {
      const next = this.redirects.get(slug);
      if (next === undefined || seen.has(slug)) return undefined;
      seen.add(slug);
      slug = next;
    }
    return slug;
  }

  /** Redirects resolved to slugs that exist; none from a slug that is itself a project. */
  finalRedirects(): Map<string, string> {
    const out = new Map<string, string>();
    for (const from of this.redirects.keys()) {
      if (this.groups.has(from)) continue;
      const to = this.resolve(from);
      if (to !== undefined) out.set(from, to);
    }
    return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/**
 * Slugs for the automatic groups, readable names of what each thread is (naming.ts); every slug
 * published before and not given out again redirects to the group holding most of its entries.
 * Returns the ledger extended with today's slugs. It records the automatic groups, not the
 * corrected ones, so that the slugs `projects.yml` names keep naming the same groups.
 */
function nameAutomaticGroups(state: Grouping, groupOf: readonly number[], ledger: Ledger): Ledger {
  const members = new Map<number, number[]>();
  groupOf.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
  const groupOfEntry = new Map(state.entries.map((e, i) => [e.id, groupOf[i]!]));
  const holders = ledgerHolders(ledger, groupOfEntry, (id) => {
    const i = state.entryIndex.get(id);
    return i === undefined ? undefined : readableSlug(nameOfTitle(state.entries[i]!.title));
  });
  const groups = [...members.entries()].map(([g, list]) => ({ g, list: list.sort(state.order) }));
  const slugOfGroup = nameGroups(
    groups.map(({ g, list }) => ({ key: g, entries: list.map((i) => state.entries[i]!) })),
    ledger,
    (slug) => holders.get(slug),
  );
  for (const { g, list } of groups) state.add(slugOfGroup.get(g)!, list);
  const given = new Set(slugOfGroup.values());
  for (const [slug, group] of holders) {
    const target = group === undefined ? undefined : members.get(group)?.[0];
    if (!given.has(slug) && target !== undefined) state.redirects.set(slug, state.slugOf(target));
  }
  return extendLedger(
    ledger,
    groups.map(({ list }) => ({ slug: state.slugOf(list[0]!), entryIds: list.map((i) => state.entries[i]!.id) })),
  );
}

/** Applies projects.yml: its problems, and the entries its lines placed (pin:, split:). */
function applyCorrections(state: Grouping, loaded: LoadedCorrections, pinTo: PinTarget): { problems: ContentProblem[]; placed: ReadonlySet<number> } {
  const { corrections: c, locate } = loaded;
  const problems: ContentProblem[] = [...loaded.problems];
  const file = loaded.file;
  const problem = (keyPath: (string | number)[], message: string): void => {
    problems.push({ file, line: locate(keyPath), message });
  };
  const entryAt = (keyPath: (string | number)[], id: string): number | undefined => {
    const i = state.entryIndex.get(id);
    if (i === undefined) problem(keyPath, `no entry "${id}"`);
    return i;
  };

  // An entry goes where its first line puts it; another line placing it again contradicts that one.
  const placedAt = new Map<number, number | undefined>();
  const place = (keyPath: (string | number)[], id: string, slug: string | undefined): void => {
    const i = entryAt(keyPath, id);
    if (i === undefined || slug === undefined) return;
    if (placedAt.has(i)) {
      const line = placedAt.get(i);
      return problem(keyPath, `entry "${id}" is already placed${line ? ` by line ${line}` : ''}: only the first line applies`);
    }
    placedAt.set(i, locate(keyPath));
    state.move(i, slug);
  };
  for (const [id, slug] of Object.entries(c.pin ?? {})) {
    const i = state.entryIndex.get(id);
    const pin = i === undefined ? undefined : pinTo(slug, i);
    if (pin && 'refused' in pin) problem(['pin', id], pin.refused);
    place(['pin', id], id, pin && 'to' in pin ? pin.to : undefined);
  }
  (c.merge ?? []).forEach((refs, k) => {
    const slugs = refs.map((ref, r) => {
      const slug = state.resolve(ref);
      if (slug === undefined) problem(['merge', k, r], `no project or entry "${ref}" to merge`);
      return slug;
    });
    const [keep, ...rest] = slugs;
    if (keep === undefined) return;
    rest.forEach((slug, r) => {
      if (slug === keep) problem(['merge', k, r + 1], `"${refs[r + 1]}" is "${keep}", the project it would merge into`);
    });
    for (const slug of rest) {
      if (slug === undefined || slug === keep) continue;
      for (const i of [...state.groups.get(slug)!.members]) state.move(i, keep);
    }
  });
  (c.split ?? []).forEach((split, k) => {
    split.entries.forEach((id, e) => place(['split', k, 'entries', e], id, split.slug));
    const group = state.groups.get(split.slug);
    if (group && split.title) group.title = split.title;
  });
  const renamedAt = new Map<string, number | undefined>();
  (c.rename ?? []).forEach((rename, k) => {
    const from = state.resolve(rename.from);
    if (from === undefined) return problem(['rename', k, 'from'], `no project or entry "${rename.from}" to rename`);
    if (renamedAt.has(rename.from)) {
      const line = renamedAt.get(rename.from);
      return problem(['rename', k, 'from'], `"${rename.from}" is already renamed${line ? ` by line ${line}` : ''}: only the first rename applies`);
    }
    renamedAt.set(rename.from, locate(['rename', k, 'from']));
    const group = state.groups.get(from)!;
    if (rename.title) group.title = rename.title;
    if (!rename.slug || rename.slug === from) return;
    if (state.groups.has(rename.slug)) return problem(['rename', k, 'slug'], `project "${rename.slug}" already exists (merge them instead)`);
    for (const i of [...group.members]) state.move(i, rename.slug);
    state.groups.get(rename.slug)!.title = group.title;
  });
  for (const [from, to] of Object.entries(c.redirects ?? {})) {
    if (state.groups.has(from)) problem(['redirects', from], `"${from}" is a project; it cannot redirect`);
    else if (state.resolve(to) === undefined) problem(['redirects', from], `redirect target "${to}" is no project`);
    else state.redirects.set(from, to);
  }
  // In the file's order, whatever order the corrections are applied in.
  return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), placed: new Set(placedAt.keys()) };
}

function toProject(slug: string, title: string | undefined, entries: Entry[]): Project {
  return {
    slug,
    title: title ?? bestTitle(entries),
    titles: [...new Set(entries.map((e) => e.title))],
    entries,
    related: [],
  };
}

/** Projects joined by links too weak to merge them, or kept apart only because they share a report. */
function addRelated(links: readonly Link[], projectOf: (entryIndex: number) => Project): void {
  const best = new Map<Project, Map<Project, number>>();
  for (const { a, b, score } of links) {
    const pa = projectOf(a);
    const pb = projectOf(b);
    if (pa === pb) continue;
    for (const [from, to] of [
      [pa, pb],
      [pb, pa],
    ] as const) {
      const scores = best.get(from) ?? new Map<Project, number>();
      best.set(from, scores);
      scores.set(to, Math.max(scores.get(to) ?? 0, score));
    }
  }
  for (const [project, scores] of best) {
    project.related = [...scores]
      .sort((x, y) => y[1] - x[1] || (x[0].slug < y[0].slug ? -1 : 1))
      .slice(0, MAX_RELATED)
      .map(([p]) => p.slug);
  }
}

export function indexProjects(projects: Project[], redirects: ReadonlyMap<string, string>, problems: ContentProblem[] = []): ProjectIndex {
  const sorted = [...projects].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const bySlug = new Map(sorted.map((p) => [p.slug, p]));
  const byEntryId = new Map(sorted.flatMap((p) => p.entries.map((e) => [e.id, p] as const)));
  return { projects: sorted, bySlug, byEntryId, redirects, problems };
}
