import { findBySlug, slugify, SlugAllocator, type Entry, type ContentProblem, type Ledger, type ProjectIndex, type Subject, type SubjectIndex } from '../model';
import { extendLedger, type AddressLedger } from '../content/ledger';
import type { LocateInYaml } from '../content/yaml-file';
import { holderOf } from './addresses';
import { Standings } from './aboutness';
import type { LoadedSubjectCorrections, SubjectCorrection } from './corrections';
import { CorpusWords } from './corpus-words';
import { byTime, detectNameGroups, entriesOfNames, spellingOf, spellingsOf } from './detect';
import { primaryKey, UnionFind, type NameGroup } from './name-groups';
import { namesAnotherThing } from './case-senses';
import { nameKey } from './words';

/** Related subjects shown per subject. */
const MAX_RELATED = 8;
/** Projects that must name a subject: fewer, and it is one effort's word for its own work. */
const MIN_PROJECTS_NAMING = 3;
/** Titles that must write a subject's name with or without a hyphen ("Hyper-V" of HyperV) for that to be shown: one is a slip. */
const MIN_TITLES_OF_SPELLING = 2;
const unhyphenated = (name: string): string => name.replace(/-/g, '').toLowerCase();

export interface SubjectOptions {
  /** `subjects.yml`, applied on top of what is found. */
  corrections?: LoadedSubjectCorrections;
  /** Slugs published before (`subject-slugs.json`): each keeps working. */
  ledger?: Ledger;
  /** Other addresses published before (`subject-addresses.json`, addresses.ts), each with the slug it led to: each keeps leading there. */
  addresses?: AddressLedger;
}

/** A subject being made: its names, the entries naming them, and what the editors said of it. */
interface Draft {
  group: NameGroup;
  /** Set by the editors; else the subject is slugged and named by how entries write its name. */
  slug?: string;
  /** Set by the editors: the name shown, never the slug. */
  title?: string;
  standing: Standings;
  correction?: SubjectCorrection;
  /** Added by `subjects.yml`: kept whatever its size. */
  byEditors: boolean;
  /** The aliases the editors gave, as they wrote them ("vmm(4)", "Hyper-V"), by key. */
  written?: Map<string, string>;
  /** Main names of subjects found on their own and merged into this one (mergeSameSubjects). */
  formerNames?: string[];
}

/** Fewest characters of an alias's words: "C++" is matched as `c`, every "C" of every entry. */
const MIN_ALIAS_KEY = 2;

/**
 * The subjects of a knowledge base: found automatically (detect.ts), corrected by `subjects.yml`,
 * slugged, and indexed; with the slug ledger extended by today's slugs. Deterministic.
 */
export function buildSubjects(
  entries: readonly Entry[],
  projects: Pick<ProjectIndex, 'byEntryId' | 'bySlug' | 'redirects'>,
  options: SubjectOptions = {},
): SubjectIndex & { ledger: Ledger } {
  const corpus = new CorpusWords(entries, (e) => projects.byEntryId.get(e.id)?.slug ?? e.id);
  const problems: ContentProblem[] = [...(options.corrections?.problems ?? [])];
  const published = new Set(Object.keys(options.ledger ?? {}));
  const drafts = mergeSameSubjects(detectNameGroups(corpus, entries).map((group) => draftOf(group, corpus)), corpus, entries);
  drafts.push(...publishedNamesLost(drafts, published, corpus));
  keepPublishedNames(drafts, published, corpus);
  const renamed = new Map<string, string>();
  if (options.corrections) applyCorrections(drafts, options.corrections, corpus, entries, projects, problems, renamed);

  // A slug of the subject ledger is a subject's own: its address entry, if any, is of older times.
  const addresses = Object.fromEntries(Object.entries(options.addresses ?? {}).filter(([slug]) => !published.has(slug)));
  const { subjects, formerSlugs } = finish(drafts, corpus, entries, options.ledger ?? {}, addresses);
  const bySlug = new Map(subjects.map((s) => [s.slug, s]));
  const redirects = new Map<string, string>();
  for (const [from, to] of renamed) if (!bySlug.has(from) && bySlug.has(to)) redirects.set(from, to);
  const candidates = subjects.map((subject) => ({ subject, name: subject.slug, entryIds: new Set(subject.entries.map((e) => e.id)) }));
  for (const [slug, ids] of Object.entries(options.ledger ?? {})) {
    if (bySlug.has(slug) || redirects.has(slug)) continue;
    const holder = holderOf(ids, candidates);
    if (holder) redirects.set(slug, holder.subject.slug);
  }
  const c = options.corrections;
  for (const [from, to] of Object.entries(c?.corrections.redirects ?? {})) {
    const line = c?.locate(['redirects', from]);
    if (bySlug.has(from)) problems.push({ file: c!.file, line, message: `"${from}" is a subject; it cannot redirect` });
    else if (!bySlug.has(to)) problems.push({ file: c!.file, line, message: `redirect target "${to}" is no subject` });
    else redirects.set(from, to);
  }
  // A published address leads where the subject it led to is now (the editors' redirects of its
  // slug counted), before any name found today claims it: what the wiki linked keeps leading where it led.
  for (const [slug, to] of Object.entries(addresses)) {
    const now = bySlug.has(to) ? to : redirects.get(to);
    if (!bySlug.has(slug) && !redirects.has(slug) && now !== undefined) redirects.set(slug, now);
  }
  for (const [from, to] of [...nameSlugs(subjects), ...formerSlugs]) if (!bySlug.has(from) && !redirects.has(from)) redirects.set(from, to);
  const ledger = extendLedger(options.ledger ?? {}, subjects.map((s) => ({ slug: s.slug, entryIds: s.entries.map((e) => e.id) })));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...indexSubjects(subjects, redirects, problems, renamed), ledger };
}

/** Share of the smaller main timeline the other must hold for two subjects, a name of one ending with the other's, to be one. */
const SAME_TIMELINE = 0.6;
/** Words of the shorter name: one word ("I/O", "system") ends too many names to say they are one thing. */
const MIN_NESTED_WORDS = 2;
/**
 * Share of the entries on either of two main timelines that must be on both for two subjects of
 * unrelated names to be one: "HDA" and "snd_hda", "IOMMU" and "DMAR", "libarchive" and "bsdtar"
 * are named by the same reports, and a reader following either wants them all.
 */
const SAME_ENTRIES = 0.8;

/**
 * Subjects that are one under two names, each found on its own: a name of one ends with a name of
 * the other ("Google Summer of Code", a name of GSoC, with "Summer of Code") and their main
 * timelines are mostly the same entries, or their timelines are nearly the same whatever their
 * names, unless the titles list them as two things (`namedAsTwo`). One subject, under the name
 * most titles use.
 */
function mergeSameSubjects(drafts: readonly Draft[], corpus: CorpusWords, entries: readonly Entry[]): Draft[] {
  const core = drafts.map((d) => new Set([...d.standing].filter(([, s]) => s === 'core').map(([i]) => i)));
  const byKey = new Map<string, number>();
  drafts.forEach((d, n) => d.group.keys.forEach((k) => byKey.set(k, n)));
  // Each draft by its primary key, which no other draft holds.
  const sets = new UnionFind();
  const root = (n: number): string => sets.find(drafts[n]!.group.primary);
  drafts.forEach((d, a) => {
    for (const key of d.group.keys) {
      // A phrase at the end of a longer name is what that name is one of ("Google Summer of Code"
      // is a Summer of Code); at its start it is what the name is about ("File System in Userspace").
      const words = key.split(' ');
      for (let at = 1; at + MIN_NESTED_WORDS <= words.length; at++) {
        const b = byKey.get(words.slice(at).join(' '));
        if (b === undefined || root(a) === root(b)) continue;
        const [small, large] = core[a]!.size <= core[b]!.size ? [core[a]!, core[b]!] : [core[b]!, core[a]!];
        const shared = [...small].filter((i) => large.has(i)).length;
        if (small.size >= 2 && shared >= SAME_TIMELINE * small.size) sets.union(root(a), root(b));
      }
    }
  });
  // Only subjects each a reader could follow on its own: a name that is no subject by itself
  // ("PCI" of "PCI SR-IOV" in a small corpus) would otherwise take over the one it qualifies.
  const own = drafts.map((d, n) => followable([...core[n]!], [...d.standing].filter(([, s]) => s === 'mention').map(([i]) => i), corpus, entries));
  const draftsOfEntry = new Map<number, number[]>();
  core.forEach((ids, n) => {
    if (own[n]) ids.forEach((i) => draftsOfEntry.set(i, [...(draftsOfEntry.get(i) ?? []), n]));
  });
  // Entries whose own text is about the subject: an effort reporting on two subjects (a driver
  // and the layer it is ported on) puts all its entries on both timelines, which makes them one
  // effort's two subjects, not one subject's two names. Two names are one where the timelines
  // are the same both with and without what efforts carry onto them.
  const byText = drafts.map((d, n) => new Set([...core[n]!].filter((i) => !d.standing.byEffort.has(i))));
  core.forEach((ids, a) => {
    if (!own[a]) return;
    const shared = new Map<number, number>();
    for (const i of ids) for (const b of draftsOfEntry.get(i)!) if (b > a) shared.set(b, (shared.get(b) ?? 0) + 1);
    for (const [b, both] of shared) {
      if (both >= SAME_ENTRIES * (ids.size + core[b]!.size - both) && nearlySame(byText[a]!, byText[b]!) && !namedAsTwo(drafts[a]!.group, drafts[b]!.group, corpus)) sets.union(root(a), root(b));
    }
  });
  const merged = new Map<string, Draft[]>();
  drafts.forEach((d, n) => merged.set(root(n), [...(merged.get(root(n)) ?? []), d]));
  return [...merged.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const primaries = new Set(group.map((d) => d.group.primary));
    const primary = primaryKey(primaries, primaries, new Set(), corpus);
    const keys = new Set(group.flatMap((d) => [...d.group.keys]));
    const partial = new Set(group.flatMap((d) => [...(d.group.partial ?? [])]));
    return { ...draftOf({ primary, keys, partial }, corpus), formerNames: [...primaries].filter((p) => p !== primary).sort() };
  });
}

/**
 * Share of the titles naming either of two names that must list both, "X and Y", for the two to
 * be two things: "X and Y" lists two things, where "X/Y", "X, Y" or "X (Y)" may give one thing's
 * two names ("libarchive/bsdtar", "HDA sound driver (snd_hda)"). More than half: one effort's
 * "X and Y" among efforts titling either alone (a chip and its driver module) does not part them.
 */
const LISTED_APART_SHARE = 0.5;

/**
 * Whether the titles naming two names mostly list them as two, "X and Y": an effort on two
 * things (a hypervisor and the cloud built on it) names both in every title, which makes their
 * timelines the same without their being one thing.
 */
function namedAsTwo(a: Pick<NameGroup, 'keys'>, b: Pick<NameGroup, 'keys'>, corpus: CorpusWords): boolean {
  const names = (group: Pick<NameGroup, 'keys'>, title: string): string[] => [...group.keys].filter((k) => title.includes(` ${k} `));
  const titles = [...new Set([...a.keys, ...b.keys].flatMap((k) => corpus.titled(k)))].map((i) => corpus.docs[i]!.words.title);
  const listed = titles.filter((title) => names(a, title).some((x) => names(b, title).some((y) => title.includes(` ${x} and ${y} `) || title.includes(` ${y} and ${x} `))));
  return listed.length > LISTED_APART_SHARE * titles.length;
}

/** Two sets of entries nearly the same: those in both make SAME_ENTRIES of those in either. */
function nearlySame(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const both = [...a].filter((i) => b.has(i)).length;
  return both > 0 && both >= SAME_ENTRIES * (a.size + b.size - both);
}

/**
 * Published subjects whose names today's detection no longer finds, drafted again from their slugs.
 * Detection weighs shares of the corpus ("Intel" named by just over 6% of entries once a quarter
 * is added, "laptop" in just under a fifth of the titles naming it), so a subject can fall out as
 * the corpus grows while nothing about it changed; its page, linked from the wiki, must still show
 * it. A name some subject holds is that subject's, and its slug redirects there.
 */
function publishedNamesLost(drafts: readonly Draft[], published: ReadonlySet<string>, corpus: CorpusWords): Draft[] {
  const held = new Set(drafts.flatMap((d) => [...d.group.keys, ...(d.group.partial ?? [])]));
  const lost: Draft[] = [];
  for (const slug of published) {
    const keys = keysOfSlug(slug);
    if (keys.some((k) => held.has(k))) continue;
    const key = keys.find((k) => corpus.naming(k).length > 0);
    if (key === undefined) continue;
    // Its plural with it, as grouping names gives it ("Intel's" is `intels`).
    const names = [key, `${key}s`].filter((k) => !held.has(k) && corpus.naming(k).length > 0);
    for (const k of names) held.add(k);
    lost.push(draftOf({ primary: key, keys: new Set(names) }, corpus));
  }
  return lost;
}

/** The names a slug may be of: its hyphens stand for spaces ("pc-bsd") or for nothing ("risc-v" of `riscv`). */
function keysOfSlug(slug: string): string[] {
  return [...new Set([slug.split('-').join(' '), nameKey(slug)])];
}

/**
 * Drafts that would take a new slug while one of their names was published go on under that name.
 * What is found weighs the threading and the corpus: a correction to `projects.yml`, or a new
 * quarter, can make "Continuous Integration" the main name of what was published as `ci`.
 */
function keepPublishedNames(drafts: readonly Draft[], published: ReadonlySet<string>, corpus: CorpusWords): void {
  if (published.size === 0) return;
  const slugOfKey = new Map<string, string>();
  for (const slug of published) for (const key of keysOfSlug(slug)) slugOfKey.set(key, slug);
  const primaries = new Set(drafts.map((d) => d.group.primary));
  for (const draft of drafts) {
    if (draft.slug !== undefined || published.has(wantedSlug(draft, corpus))) continue;
    const names = [...draft.group.keys].filter((k) => !draft.group.partial?.has(k) && slugOfKey.has(k) && !primaries.has(k)).sort();
    const key = names.find((k) => published.has(wantedSlug({ ...draft, group: { ...draft.group, primary: k } }, corpus)));
    if (key === undefined) continue;
    primaries.add(key);
    draft.group = { ...draft.group, primary: key };
  }
}

function draftOf(group: NameGroup, corpus: CorpusWords): Draft {
  return { group, standing: entriesOfNames(corpus, [...group.keys], group.partial), byEditors: false };
}

/** How entries write a subject's main name, most often first: in titles, else in text. */
function spellingsOfPrimary(group: NameGroup, corpus: CorpusWords): { spellings: ReturnType<typeof spellingsOf>; inTitles: boolean } {
  const titled = corpus.titled(group.primary);
  return { spellings: spellingsOf(group.primary, (titled.length ? titled : corpus.naming(group.primary)).map((i) => corpus.docs[i]!)), inTitles: titled.length > 0 };
}

/**
 * Slugs of every other name of a subject, each to the subject: the ways entries spell its name
 * (`hyper-v` for HyperV, `riscv` for RISC-V) and its aliases (`aarch64`, `openzfs`), so that what
 * a reader or the wiki types finds it, as `/wiki/<name>` does. The larger subject keeps a name two
 * share; a subject's own slug is never another's address.
 */
function nameSlugs(subjects: readonly Subject[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of [...subjects].sort((a, b) => b.entries.length - a.entries.length || (a.slug < b.slug ? -1 : 1))) {
    // Typed without its hyphens ("riscv", "sriov"), a name is still the subject's.
    for (const alias of [...s.aliases, s.title.replace(/-/g, '')]) {
      const slug = slugify(alias);
      if (slug && slug !== s.slug && !out.has(slug)) out.set(slug, s.slug);
    }
  }
  return out;
}

function applyCorrections(
  drafts: Draft[],
  loaded: LoadedSubjectCorrections,
  corpus: CorpusWords,
  entries: readonly Entry[],
  projects: Pick<ProjectIndex, 'bySlug' | 'redirects'>,
  problems: ContentProblem[],
  renamed: Map<string, string>,
): void {
  const { corrections: c, file, locate } = loaded;
  const problem = (keyPath: (string | number)[], message: string): void => {
    problems.push({ file, line: locate(keyPath), message });
  };
  const entryIndex = new Map(entries.map((e, i) => [e.id, i]));
  // The subjects each correction applied to, by the slug it is written under: a subject the file
  // also drops takes them with it, and an editor must hear that those lines did nothing.
  const correctedAs = new Map<Draft, string[]>();
  for (const [ref, correction] of Object.entries(c.subjects ?? {})) {
    // An alias is matched by its words; one whose words are a letter would match what it does not name.
    const aliasesIn = (correction.aliases?.in ?? []).filter((alias, k) => {
      const key = nameKey(alias);
      if (key.replace(/ /g, '').length >= MIN_ALIAS_KEY) return true;
      problem(['subjects', ref, 'aliases', 'in', k], `"${alias}" is matched by its words ("${key}"), too short to name one subject: not added`);
      return false;
    });
    // A subject is named by its slug, which is its name's words joined by hyphens.
    let draft = drafts.find((d) => d.group.keys.has(nameKey(ref)));
    if (!draft) {
      if (!aliasesIn.length && !correction.entries?.in?.length) {
        problem(['subjects', ref], `no subject "${ref}": to add one, give it aliases or entries`);
        continue;
      }
      const keys = new Set([nameKey(ref), ...aliasesIn.map(nameKey)].filter(Boolean));
      draft = { group: { primary: nameKey(ref), keys }, slug: ref, title: correction.title, standing: new Standings(), byEditors: true };
      drafts.push(draft);
    }
    draft.correction = correction;
    correctedAs.set(draft, [...(correctedAs.get(draft) ?? []), ref]);
    const keys = new Set(draft.group.keys);
    draft.written = new Map(aliasesIn.map((alias) => [nameKey(alias), alias]));
    for (const key of draft.written.keys()) keys.add(key);
    (correction.aliases?.out ?? []).forEach((alias, k) => {
      if (!keys.delete(nameKey(alias))) problem(['subjects', ref, 'aliases', 'out', k], `"${alias}" is not a name of subject "${ref}"`);
    });
    if (keys.size === 0) {
      problem(['subjects', ref, 'aliases'], `subject "${ref}" is left with no name`);
      continue;
    }
    // A name the editors give is a whole name of it, whatever it is a word of.
    const added = new Set(draft.written.keys());
    const partial = new Set([...(draft.group.partial ?? [])].filter((k) => keys.has(k) && !added.has(k)));
    draft.group = { primary: keys.has(draft.group.primary) ? draft.group.primary : [...keys].sort()[0]!, keys, partial };
    // A subject the editors add is named as they wrote it ("SR-IOV" of `sr-iov`), else as entries
    // write it; its slug, lower case and hyphened, is no name to show.
    if (draft.byEditors && draft.title === undefined) {
      draft.title = draft.written.get(draft.group.primary) ?? spellingsOfPrimary(draft.group, corpus).spellings[0]?.spelling ?? ref;
    }
    draft.standing = entriesOfNames(corpus, [...keys], partial);
    const entriesIn = contradicted(correction.entries, ['subjects', ref, 'entries'], locate, (id, first, left, firstLine) =>
      problem(left, `entry "${id}" is already put ${first === 'in' ? 'on' : 'off'} the main timeline${firstLine ? ` by line ${firstLine}` : ''}: only the first line applies`),
    );
    (correction.entries?.in ?? []).forEach((id, k) => {
      if (entriesIn.skipped.in.has(k)) return;
      const i = entryIndex.get(id);
      if (i === undefined) problem(['subjects', ref, 'entries', 'in', k], `no entry "${id}"`);
      else draft.standing.set(i, 'core');
    });
    // A subject of the editors' that no entry names would be a page of nothing.
    if (draft.byEditors && draft.standing.size === 0) {
      problem(['subjects', ref], `no entry names subject "${ref}" or its aliases: give it entries`);
      drafts.splice(drafts.indexOf(draft), 1);
      continue;
    }
    (correction.entries?.out ?? []).forEach((id, k) => {
      if (entriesIn.skipped.out.has(k)) return;
      const i = entryIndex.get(id);
      const at: (string | number)[] = ['subjects', ref, 'entries', 'out', k];
      if (i === undefined) problem(at, `no entry "${id}"`);
      else if (draft.standing.get(i) === 'core') draft.standing.set(i, 'mention');
      else if (draft.standing.get(i) === 'mention') problem(at, `entry "${id}" only mentions subject "${ref}": it is not on its main timeline, so this line does nothing`);
      else problem(at, `entry "${id}" does not name subject "${ref}" or its aliases: it is neither on its main timeline nor among its mentions, so this line does nothing`);
    });
    const projectsIn = contradicted(correction.projects, ['subjects', ref, 'projects'], locate, (slug, first, left, firstLine) =>
      problem(left, `project "${slug}" is already put ${first === 'in' ? 'on' : 'off'} the main timeline${firstLine ? ` by line ${firstLine}` : ''}: only the first line applies`),
    );
    for (const [way, list] of [['in', correction.projects?.in ?? []], ['out', correction.projects?.out ?? []]] as const) {
      list.forEach((ref2, k) => {
        if (projectsIn.skipped[way].has(k)) return;
        const at: (string | number)[] = ['subjects', ref, 'projects', way, k];
        const project = findBySlug(projects, ref2)?.item;
        if (!project) return problem(at, `no project "${ref2}"`);
        const own = project.entries.map((e) => entryIndex.get(e.id)!);
        const naming = own.filter((i) => draft.standing.has(i));
        // `in` takes up the entries that name the subject and no other: with none, it does nothing.
        // One whose entries are all on the timeline already still says they belong there.
        if (naming.length === 0) return problem(at, `project "${ref2}" has no entry naming subject "${ref}" or its aliases, so this line does nothing${way === 'in' ? ' (an entry that does not name it is put on with entries: in)' : ''}`);
        if (way === 'out' && !naming.some((i) => draft.standing.get(i) === 'core')) {
          return problem(at, `project "${ref2}" has no entry on subject "${ref}"'s main timeline (${naming.length === 1 ? 'its one entry naming it only mentions it' : `its ${naming.length} entries naming it only mention it`}), so this line does nothing`);
        }
        for (const i of naming) draft.standing.set(i, way === 'in' ? 'core' : 'mention');
      });
    }
    if (correction.title) draft.title = correction.title;
    if (correction.slug && correction.slug !== ref) {
      const to = correction.slug;
      const other = drafts.find((d) => d !== draft && (d.slug === to || (!d.slug && d.group.keys.has(nameKey(to)))));
      if (other) {
        problem(['subjects', ref, 'slug'], `subject "${to}" already exists: give "${ref}"'s names to it as aliases instead`);
      } else {
        renamed.set(ref, to);
        draft.slug = to;
      }
    }
  }
  (c.drop ?? []).forEach((slug, k) => {
    const at = drafts.findIndex((d) => d.slug === slug || (!d.slug && d.group.keys.has(nameKey(slug))));
    if (at < 0) return problem(['drop', k], `no subject "${slug}" to drop`);
    const [dropped] = drafts.splice(at, 1);
    const line = locate(['drop', k]);
    for (const ref of correctedAs.get(dropped!) ?? []) {
      problem(['subjects', ref], `subject "${ref}" is dropped${line ? ` by line ${line}` : ''}: its corrections here (${Object.keys(c.subjects?.[ref] ?? {}).join(', ') || 'none'}) do nothing`);
    }
  });
}

/**
 * The items of an `in`/`out` pair written in both lists: of the two lines, the first in the file
 * applies and the other is reported and left out, as projects.yml does with two lines placing one
 * entry. Two on one line (`{ in: [x], out: [x] }`) are taken in that order, `in` first.
 */
function contradicted(
  pair: { in?: readonly string[]; out?: readonly string[] } | undefined,
  keyPath: readonly (string | number)[],
  locate: LocateInYaml,
  report: (item: string, first: 'in' | 'out', left: (string | number)[], firstLine: number | undefined) => void,
): { skipped: Record<'in' | 'out', Set<number>> } {
  const skipped = { in: new Set<number>(), out: new Set<number>() };
  const outAt = new Map<string, number>();
  (pair?.out ?? []).forEach((item, k) => {
    if (!outAt.has(item)) outAt.set(item, k);
  });
  (pair?.in ?? []).forEach((item, kIn) => {
    const kOut = outAt.get(item);
    if (kOut === undefined) return;
    outAt.delete(item);
    const inLine = locate([...keyPath, 'in', kIn]);
    const outLine = locate([...keyPath, 'out', kOut]);
    const first = (outLine ?? 0) < (inLine ?? 0) ? 'out' : 'in';
    const [way, k] = first === 'in' ? (['out', kOut] as const) : (['in', kIn] as const);
    skipped[way].add(k);
    report(item, first, [...keyPath, way, k], first === 'in' ? inLine : outLine);
  });
  return { skipped };
}

/** Entries in two reports on its timeline, and named by three efforts: more than one project's own name. */
function followable(core: readonly number[], mentions: readonly number[], corpus: CorpusWords, entries: readonly Entry[]): boolean {
  if (core.length < 2 || new Set(core.map((i) => entries[i]!.report)).size < 2) return false;
  return new Set([...core, ...mentions].map((i) => corpus.docs[i]!.project)).size >= MIN_PROJECTS_NAMING;
}

/** The slug a draft asks for: the editors', else that of how entries write its name. */
function wantedSlug(draft: Draft, corpus: CorpusWords): string {
  return draft.slug ?? slugify(spellingsOfPrimary(draft.group, corpus).spellings[0]?.spelling ?? draft.group.primary);
}

/**
 * Subjects from drafts: those with entries on their timeline in two reports, those added by
 * editors, and those published before that still have an entry; slugs unique, related found. A
 * published address (`addresses`) is no slug for a subject found today unless it is the subject
 * the address led to: `expansion`, a name of RAIDZ, stays RAIDZ's when "Expansion" becomes a
 * subject of its own, which goes on as `expansion-2`. The editors' `slug:` is theirs to give.
 */
function finish(
  drafts: readonly Draft[],
  corpus: CorpusWords,
  entries: readonly Entry[],
  ledger: Ledger,
  addresses: AddressLedger,
): { subjects: Subject[]; formerSlugs: Map<string, string> } {
  const published = new Set(Object.keys(ledger));
  const order = byTime(entries);
  const kept = drafts
    .map((draft) => {
      let spelling: string | undefined;
      const spelt = (): string => (spelling ??= spellingsOfPrimary(draft.group, corpus).spellings[0]?.spelling ?? draft.group.primary);
      const named = (i: number): boolean => !namedInAnotherSense(draft.group, spelt, i, corpus);
      const core = [...draft.standing].filter(([i, s]) => s === 'core' && named(i)).map(([i]) => i).sort(order);
      const mentions = [...draft.standing].filter(([i, s]) => s === 'mention' && named(i)).map(([i]) => i).sort(order);
      return { draft, core, mentions };
    })
    .filter(({ draft, core, mentions }) => draft.byEditors || followable(core, mentions, corpus, entries) || (core.length > 0 && published.has(wantedSlug(draft, corpus))));
  // Of two subjects wanting one slug, the one with more entries keeps it.
  kept.sort((a, b) => b.core.length - a.core.length || (a.draft.group.primary < b.draft.group.primary ? -1 : 1));
  const slugs = new SlugAllocator();
  const candidates = kept.map(({ draft, core }) => ({ draft, name: draft.group.primary, entryIds: new Set(core.map((i) => entries[i]!.id)) }));
  // The draft an address led to: the first (the largest) wanting its subject's slug, else the one
  // holding most of that subject's entries.
  const draftOf = (slug: string): Draft | undefined =>
    kept.find(({ draft }) => wantedSlug(draft, corpus) === slug)?.draft ?? (Object.hasOwn(ledger, slug) ? holderOf(ledger[slug]!, candidates)?.draft : undefined);
  const heldByOther = (slug: string, draft: Draft): boolean => Object.hasOwn(addresses, slug) && (draftOf(addresses[slug]!) ?? draft) !== draft;
  const slugOf = (draft: Draft, wanted: string): string => {
    if (draft.slug !== undefined) return slugs.allocate(wanted);
    let slug = wanted;
    for (let n = 2; slugs.has(slug) || heldByOther(slug, draft); n++) slug = `${wanted}-${n}`;
    return slugs.allocate(slug);
  };
  const formerSlugs = new Map<string, string>();
  const subjects = kept.map(({ draft, core, mentions }): Subject => {
    const coreEntries = core.map((i) => entries[i]!);
    const { spellings, inTitles } = spellingsOfPrimary(draft.group, corpus);
    const named = spellings[0]?.spelling ?? draft.group.primary;
    const title = draft.title ?? named;
    // A word of a longer name ("Google" of Google Summer of Code) is no other name of it to show.
    const aliases = [...draft.group.keys]
      .filter((k) => k !== draft.group.primary && !draft.group.partial?.has(k))
      .sort()
      .map((k) => draft.written?.get(k) ?? spellingOf(k, corpus.naming(k).map((i) => corpus.docs[i]!)));
    const otherSpellings = (inTitles ? spellings : [])
      .filter((s) => s.count >= MIN_TITLES_OF_SPELLING && s.spelling.toLowerCase() !== title.toLowerCase() && unhyphenated(s.spelling) === unhyphenated(title))
      .map((s) => s.spelling);
    const slug = slugOf(draft, draft.slug ?? slugify(named));
    // A subject merged into this one had its own address, as each of its names is written.
    for (const key of draft.formerNames ?? []) for (const { spelling } of spellingsOf(key, corpus.naming(key).map((i) => corpus.docs[i]!))) formerSlugs.set(slugify(spelling), slug);
    return {
      // An editor's title is what readers see; the address changes only with an editor's `slug:`.
      slug,
      title,
      aliases: [
        ...otherSpellings,
        ...[...new Set(aliases)].filter((a) => nameKey(a) !== nameKey(title) && nameKey(a) !== `${nameKey(title)}s`),
      ],
      entries: coreEntries,
      mentions: mentions.map((i) => entries[i]!),
      projects: [...new Set(core.map((i) => corpus.docs[i]!.project))],
      related: [],
    };
  });
  return { subjects: addRelated(subjects), formerSlugs };
}

/**
 * Whether an entry names a subject only by its one-word primary name written in a case that tells
 * another thing apart (case-senses.ts): none of its other names is in the entry.
 */
function namedInAnotherSense(group: NameGroup, spelling: () => string, i: number, corpus: CorpusWords): boolean {
  return namesAnotherThing(corpus.docs[i]!.entry, group.primary, spelling) && ![...group.keys].some((k) => k !== group.primary && corpus.naming(k).includes(i));
}

/** Subjects sharing main-timeline entries, by the share of the smaller one's entries they share. */
function addRelated(subjects: Subject[]): Subject[] {
  const ofEntry = new Map<string, Subject[]>();
  for (const s of subjects) for (const e of s.entries) ofEntry.set(e.id, [...(ofEntry.get(e.id) ?? []), s]);
  for (const s of subjects) {
    const shared = new Map<Subject, number>();
    for (const e of s.entries) for (const other of ofEntry.get(e.id) ?? []) if (other !== s) shared.set(other, (shared.get(other) ?? 0) + 1);
    s.related = [...shared]
      .map(([other, n]) => ({ other, score: n / Math.min(s.entries.length, other.entries.length) }))
      .sort((a, b) => b.score - a.score || (a.other.slug < b.other.slug ? -1 : 1))
      .slice(0, MAX_RELATED)
      .map(({ other }) => other.slug);
  }
  return subjects;
}

/** `renamed`: the slugs the editors gave up, each to the new one: names of their subject still. */
function indexSubjects(subjects: readonly Subject[], redirects: ReadonlyMap<string, string>, problems: ContentProblem[], renamed: ReadonlyMap<string, string>): SubjectIndex {
  const sorted = [...subjects].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const byEntryId = new Map<string, Subject[]>();
  const byName = new Map<string, Subject>();
  for (const s of sorted) {
    for (const e of s.entries) byEntryId.set(e.id, [...(byEntryId.get(e.id) ?? []), s]);
  }
  // A name two subjects share belongs to the larger; a plural ("Jails" of Jail) to the subject
  // whose name it is, unless another subject goes by it.
  const bySize = [...sorted].sort((a, b) => b.entries.length - a.entries.length);
  for (const s of bySize) {
    for (const name of [s.slug, s.title, ...s.aliases]) if (!byName.has(nameKey(name))) byName.set(nameKey(name), s);
  }
  for (const s of bySize) {
    for (const name of [s.title, ...s.aliases]) if (!/s$/i.test(name) && !byName.has(nameKey(`${name}s`))) byName.set(nameKey(`${name}s`), s);
  }
  // A slug the editors renamed still names its subject: /wiki/bhyve finds bhyve renamed
  // `bhyve-hypervisor`. Not a slug redirected to where its entries went: that is another subject.
  const bySlug = new Map(sorted.map((s) => [s.slug, s]));
  for (const [from, to] of renamed) {
    const s = bySlug.get(to);
    if (s && !byName.has(nameKey(from))) byName.set(nameKey(from), s);
  }
  return { subjects: sorted, bySlug, byEntryId, byName, redirects: new Map([...redirects].sort()), problems };
}
