import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EntryFrontMatterSchema, ReportFrontMatterSchema, type Category, type ContentProblem, type Entry, type Report } from '../model';
import { checkpoint } from './checkpoint';
import { FolderSwapError } from './folder-lock';
import { entryMarks } from './entry-marks';
import {
  ENTRY_ALIAS_FILE,
  ENTRY_LEDGER_FILE,
  WITHDRAWN_ENTRIES_FILE,
  extendAliasLedger,
  extendEntryLedger,
  extendWithdrawnEntries,
  fileNameIds,
  readEntryLedger,
  readWithdrawnEntries,
  writeEntryLedger,
  writeWithdrawnEntries,
} from './entry-ledger';
import { entryTextHash, hasPinLine, readEntryHashesLeniently, reportHashKey, writeEntryHashes, type EntryHashes } from './entry-hashes';
import { REPORT_FILE } from './paths';
import { parseEntryFile, parseReportFile, serializeEntry, serializeReport, type Parsed } from './serialize';

/** One report as an import read it, to be written as a report folder. */
export interface ReportFolder {
  report: Report;
  entries: readonly Entry[];
  /** The read had errors: entry files of the folder it replaces that it did not produce are kept. */
  partial: boolean;
}

/** What a new content folder took over from the one it replaces. */
export interface CarriedOver {
  /** Entry files kept for reports read only in part, by report id. */
  keptEntries: Map<string, string[]>;
  /** Entries the read produced under another slug than before (an edited title): old id → id now. */
  renamedEntries: Map<string, string>;
  /** Entries a report read whole no longer has, under any slug (upstream removed them): id → last title. */
  withdrawnEntries: Map<string, string>;
  /** Everything else taken over whole, by name: report folders not read, editors' files. */
  otherItems: string[];
  /**
   * Entry files of a report read whole that neither parse nor are produced again: what they were
   * cannot be told (renamed, removed), so they are not carried over, and each problem says why.
   */
  unreadableEntries: ContentProblem[];
  /** Entry files an editor wrote (`source.format: markdown`) that the read wrote upstream's entry of the same name over. */
  overwrittenOwnEntries: string[];
  /** Entry files the last import wrote that an editor changed since, and the read wrote upstream's entry over (`HandEdit`). */
  handEditedEntries: HandEdit[];
  /** Report files (`_report.md`) the last import wrote that an editor changed since, and the read wrote upstream's over (no `now`). */
  handEditedReports: HandEdit[];
  /**
   * Why `entry-hashes.json` of the folder replaced could not be read (not JSON, not a map, no
   * permission), if it could not: this import could not tell hand edits, and wrote a new one.
   */
  unreadEntryHashes?: ContentProblem;
  /**
   * Reports read without errors that would withdraw most of their published entries (`DOUBTED_READ_SHARE`):
   * taken as read in part, their entry files kept; by report id, how many of how many.
   */
  doubtedReads: Map<string, { withdrawn: number; published: number }>;
}

/**
 * An entry file (or a report's `_report.md`) of the folder replaced that an editor changed since
 * the import wrote it: an entry's `project:` pin is carried into the new file, anything else is
 * upstream's again.
 */
export interface HandEdit {
  /** The edited file, in the folder being replaced. */
  file: string;
  /** The new entry's file name, where it is another (upstream edited the title). */
  now?: string;
  /** How the edited file differs from the one written now (`body` or `intro`, front matter fields), or undefined where it no longer parses. */
  differs?: string[];
  /** Upstream changed the entry (or report) too since the last import, so that some of `differs` is upstream's. */
  upstreamChanged: boolean;
}

/**
 * Writes one report folder: `_report.md` and one file per entry; returns each file's
 * `entryTextHash`, by entry id (`_report.md`'s by `reportHashKey`).
 */
export function writeReportFolder(outDir: string, report: Report, entries: readonly Entry[]): Map<string, string> {
  const dir = path.join(outDir, report.id);
  mkdirSync(dir, { recursive: true });
  const reportText = serializeReport(report);
  writeFileSync(path.join(dir, REPORT_FILE), reportText);
  const hashes = new Map<string, string>([[reportHashKey(report.id), entryTextHash(reportText)]]);
  for (const entry of entries) {
    const text = serializeEntry(entry);
    writeFileSync(path.join(dir, `${entry.slug}.md`), text);
    hashes.set(entry.id, entryTextHash(text));
  }
  return hashes;
}

/**
 * Writes a new content folder `into` from the reports an import read, and carries over from
 * `current` (the folder it will replace) everything the import does not produce: report folders
 * it did not read or could not read at all, files an editor or another step put there
 * (`projects.yml`, the ledgers, anything else), and for a report read only in part, every entry
 * file the read did not produce. Only a report read without errors mirrors its source: an entry
 * file its source no longer yields is not carried over.
 */
export interface WriteOptions {
  /** Take every read without errors as whole, however many published entries it withdraws (`DOUBTED_READ_SHARE`): upstream did remove them. */
  acceptWithdrawals?: boolean;
}

export function writeContentFolder(into: string, current: string | undefined, reports: readonly ReportFolder[], options: WriteOptions = {}): CarriedOver {
  const carried: CarriedOver = {
    keptEntries: new Map(),
    renamedEntries: new Map(),
    withdrawnEntries: new Map(),
    otherItems: [],
    unreadableEntries: [],
    overwrittenOwnEntries: [],
    handEditedEntries: [],
    handEditedReports: [],
    doubtedReads: new Map(),
  };
  // Edit detection only: a ledger that cannot be read costs this import's word on edits, not the import.
  const ledger = current ? readEntryHashesLeniently(current) : { hashes: {} };
  if (ledger.problem) carried.unreadEntryHashes = ledger.problem;
  const recorded = ledger.hashes;
  const written = new Map<string, string>();
  const olds = new Map<string, OldReport>();
  for (const folder of reports) {
    const from = current && path.join(current, folder.report.id);
    const old = from && existsSync(from) && statSync(from).isDirectory() ? readOldReport(from, folder) : undefined;
    if (old) olds.set(folder.report.id, old);
    // The editors' pins go into the entries before they are written: each file is written once.
    const entries = old ? withPins(folder.entries, old) : folder.entries;
    for (const [id, hash] of writeReportFolder(into, folder.report, entries)) written.set(id, hash);
    checkpoint(`write:${folder.report.id}`);
  }
  if (current) carryOver(into, current, reports, carried, options, { recorded, written }, olds);
  writeEntryHashes(into, entryHashesNow(into, { recorded, written }));
  const inUse = new Set(reports.flatMap((r) => r.entries.map((e) => e.id)));
  const inUseNow = (id: string): boolean => inUse.has(id);
  // Rewritten on every import that has it, so that an id in use again leaves it at once.
  const has = (file: string): boolean => existsSync(path.join(into, file));
  if (carried.renamedEntries.size > 0 || has(ENTRY_LEDGER_FILE)) {
    writeEntryLedger(into, extendEntryLedger(readEntryLedger(into), carried.renamedEntries, inUseNow));
  }
  if (carried.withdrawnEntries.size > 0 || has(WITHDRAWN_ENTRIES_FILE)) {
    writeWithdrawnEntries(into, extendWithdrawnEntries(readWithdrawnEntries(into), carried.withdrawnEntries, inUseNow));
  }
  // The names of the files replaced too: a folder written before this ledger existed, or a
  // report read only in part, still had them published.
  const named = new Map([...(current ? replacedFileNameIds(current, reports) : []), ...fileNameIds(reports.flatMap((r) => r.entries))]);
  const aliases = extendAliasLedger(readEntryLedger(into, ENTRY_ALIAS_FILE), named, carried.renamedEntries, inUseNow);
  if (Object.keys(aliases).length > 0 || has(ENTRY_ALIAS_FILE)) writeEntryLedger(into, aliases, ENTRY_ALIAS_FILE);
  return carried;
}

/** The file-name ids (`fileNameIds`) of the entries the folder replaced held in the AsciiDoc reports read again. */
function replacedFileNameIds(current: string, reports: readonly ReportFolder[]): Map<string, string> {
  const old: Entry[] = [];
  for (const { report, entries, partial } of reports) {
    const dir = path.join(current, report.id);
    if (!(partial || entries.some((e) => e.source.format === 'adoc')) || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const entry = name.endsWith('.md') && name !== REPORT_FILE ? readEntry(path.join(dir, name)) : undefined;
      if (entry) old.push(entry);
    }
  }
  return fileNameIds(old);
}

/** What the last import wrote (`entry-hashes.json` of the folder replaced) and what this one wrote, each entry file's hash by entry id (and `_report.md`'s by `reportHashKey`). */
interface WrittenHashes {
  recorded: EntryHashes;
  /** Updated where a file is written again (`keepCategoriesOf`): what the ledger records is the file as it stays. */
  written: Map<string, string>;
}

/**
 * `entry-hashes.json` of the new folder: the hashes of the entry and report files written now, and the
 * recorded ones of the entry files carried over as they were (reports not read, entries kept).
 */
function entryHashesNow(into: string, { recorded, written }: WrittenHashes): Map<string, string> {
  const now = new Map(written);
  for (const [id, hash] of Object.entries(recorded)) if (!now.has(id) && existsSync(path.join(into, `${id}.md`))) now.set(id, hash);
  return now;
}

/** What `writeContentFolder` takes over from the folder it replaces, into `carried`; `olds` are its report folders read again, by id. */
function carryOver(
  into: string,
  current: string,
  reports: readonly ReportFolder[],
  carried: CarriedOver,
  options: WriteOptions,
  hashes: WrittenHashes,
  olds: ReadonlyMap<string, OldReport>,
): void {
  const written = new Map(reports.map((r) => [r.report.id, r]));
  for (const name of readdirSync(current).sort()) {
    const from = path.join(current, name);
    const folder = written.get(name);
    const old = olds.get(name);
    if (folder && old) {
      const kept = carryIntoReport(from, path.join(into, name), folder, old, carried, options, hashes);
      if (kept.length > 0) carried.keptEntries.set(name, kept);
    } else if (!existsSync(path.join(into, name))) {
      copyOver(from, path.join(into, name));
      carried.otherItems.push(name);
    }
  }
}

/**
 * Copies what the new folder carries over. A file that cannot be copied (a pipe, no permission)
 * fails the import with its name; the folder being replaced is left as it was.
 */
function copyOver(from: string, to: string): void {
  try {
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FolderSwapError(`cannot carry ${from} over into the new content folder (${code}); nothing was changed: move it out of the folder, or make it readable`);
  }
}

/** The entry file's entry, or undefined when it does not parse. */
function readEntry(file: string): Entry | undefined {
  const parsed = parseEntryAt(file);
  return parsed.ok ? parsed.value : undefined;
}

/** The entry file's entry, or why it does not parse. */
const parseEntryAt = (file: string): Parsed<Entry> => parseEntryFile(readFileSync(file, 'utf8'), file, path.basename(file, '.md'));

/** The entry the new read produced under another slug that an old entry was: one of its marks unchanged (an edited title). */
function producedUnderAnotherName(old: Entry, producedBy: ReadonlyMap<string, Entry>): Entry | undefined {
  // Its text and links first: a title is shared by every same-titled entry of the report, a text is its own.
  const marks = entryMarks(old);
  for (const mark of [...marks.filter((m) => !m.startsWith('title:')), ...marks.filter((m) => m.startsWith('title:'))]) {
    const entry = producedBy.get(mark);
    if (entry) return entry;
  }
  return undefined;
}

/** Share of the word triples of two texts that both hold (Jaccard): 1 for the same words in the same order, whatever the punctuation. */
function sharedWordTriples(a: string, b: string): number {
  const triples = (text: string): Set<string> => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 3) return new Set(words.length ? [words.join(' ')] : []);
    return new Set(words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`));
  };
  const [x, y] = [triples(a), triples(b)];
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return both / (x.size + y.size - both);
}

/**
 * Share of word triples an old entry's text and a new one's must share for the new one, under a
 * slug the folder did not have, to be the old one edited: upstream retitled an entry and touched
 * a few words of its text in one commit (a comma added), so no mark of it is unchanged, while an
 * entry removed and another added share next to nothing.
 */
const EDITED_TEXT_SHARE = 0.6;

/** The new entry (of those `fresh`, not `taken`) whose text is most the old one's, if it shares enough (EDITED_TEXT_SHARE). */
function editedUnderAnotherName(old: Entry, fresh: readonly Entry[], taken: ReadonlySet<Entry>): Entry | undefined {
  let best: Entry | undefined;
  let bestShare = EDITED_TEXT_SHARE;
  for (const entry of fresh) {
    if (taken.has(entry)) continue;
    const share = sharedWordTriples(old.body, entry.body);
    if (share >= bestShare && (best === undefined || share > bestShare)) [best, bestShare] = [entry, share];
  }
  return best;
}

/**
 * Whether an entry file's text is an editor's own entry (`source.format: markdown`), read from
 * the text, so that one whose front matter does not load is still told apart from an imported one.
 */
function writtenByEditor(text: string): boolean {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return /^source:[ \t]*\r?\n(?:[ \t]+.*\r?\n)*?[ \t]+format:[ \t]*['"]?markdown['"]?[ \t]*$/m.test(frontMatter);
}

/** An entry file read once: its text, its entry or why it does not parse, and whether an editor wrote it. */
function readOldEntry(file: string): { text: string; parsed: Parsed<Entry>; handWritten: boolean } {
  const text = readFileSync(file, 'utf8');
  const parsed = parseEntryFile(text, file, path.basename(file, '.md'));
  return { text, parsed, handWritten: parsed.ok ? parsed.value.source.format === 'markdown' : writtenByEditor(text) };
}

/** The text of the file at `file`; undefined for a folder named like an entry, or one gone. */
function textOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The fields an import writes, body included; `project` is the editor's (the import never sets it). */
const IMPORTED_FIELDS = [...Object.keys(EntryFrontMatterSchema.shape).filter((key) => key !== 'project'), 'body'] as const;

/** The imported fields (`IMPORTED_FIELDS`) in which two entries differ, in the order of a file. */
function differingFields(old: Entry, now: Entry): string[] {
  const field = (entry: Entry, key: string): string | undefined => JSON.stringify((entry as unknown as Record<string, unknown>)[key]);
  return IMPORTED_FIELDS.filter((key) => field(old, key) !== field(now, key));
}

/** An old entry file the read writes again, under its name or another (`entry`): where its editor's part is looked for. */
interface RewrittenFile {
  file: string;
  text: string;
  id: string;
  entry: Entry;
  /** Parsed once, and only where it tells something (a pin line, an edit): a few files of thousands. */
  parsed?: Parsed<Entry>;
}

const parsedOf = (old: RewrittenFile): Parsed<Entry> => (old.parsed ??= parseEntryFile(old.text, old.file, path.basename(old.file, '.md')));

/** The `project:` pin an editor put in an old entry file, which the import never writes. */
function pinOf(old: RewrittenFile): string | undefined {
  if (!hasPinLine(old.text)) return undefined;
  const parsed = parsedOf(old);
  return parsed.ok ? parsed.value.project : undefined;
}

/**
 * The entries of a report read again with the pins of the old files they are written over. Two
 * old files the read took for one entry (one renamed onto another's name): the first pin holds.
 */
function withPins(entries: readonly Entry[], old: OldReport): readonly Entry[] {
  const pins = new Map<string, string>();
  for (const rewritten of old.rewritten) {
    const pin = pinOf(rewritten);
    if (pin !== undefined && rewritten.entry.project === undefined && !pins.has(rewritten.entry.slug)) pins.set(rewritten.entry.slug, pin);
  }
  if (pins.size === 0) return entries;
  return entries.map((entry) => {
    const pin = pins.get(entry.slug);
    return pin === undefined ? entry : { ...entry, project: pin };
  });
}

/**
 * Records in `carried` a change an editor made to an old entry file since the last import wrote
 * it (its hash in `entry-hashes.json` no longer matches), other than a pin: the entry written
 * over it now is upstream's text again, so the edit is said.
 */
function noteHandEdit(old: RewrittenFile, carried: Pick<CarriedOver, 'handEditedEntries'>, { recorded, written }: WrittenHashes): void {
  const was = Object.hasOwn(recorded, old.id) ? recorded[old.id] : undefined;
  if (was === undefined || entryTextHash(old.text) === was) return;
  const parsed = parsedOf(old);
  const differs = parsed.ok ? differingFields(parsed.value, old.entry) : undefined;
  // Quoting, spacing, or the very change upstream made since: nothing of the editor's is lost.
  if (differs?.length === 0) return;
  const name = `${old.entry.slug}.md`;
  carried.handEditedEntries.push({
    file: old.file,
    ...(name === path.basename(old.file) ? {} : { now: name }),
    ...(differs ? { differs } : {}),
    upstreamChanged: written.get(old.entry.id) !== was,
  });
}

/** An old entry file the read did not produce under its name: what it was, and what the read made of it (`now`). */
interface GoneFile {
  name: string;
  parsed?: Parsed<Entry>;
  old?: Entry;
  now?: Entry;
  handWritten: boolean;
}

/**
 * A report folder of the folder replaced, read once before the report is written again: the old
 * entry files the read writes again (`rewritten`, in the order their editor's part is taken: same
 * name first, then renamed), editors' entries it writes over, and the files it does not produce.
 */
interface OldReport {
  names: string[];
  rewritten: RewrittenFile[];
  overwrittenOwn: string[];
  gone: GoneFile[];
}

function readOldReport(from: string, folder: ReportFolder): OldReport {
  const produced = new Set([REPORT_FILE, ...folder.entries.map((e) => `${e.slug}.md`)]);
  const producedBy = new Map<string, Entry>();
  for (const entry of folder.entries) for (const mark of entryMarks(entry)) if (!producedBy.has(mark)) producedBy.set(mark, entry);
  const names = readdirSync(from).sort();
  const had = new Set(names);
  // Entries under a slug the folder did not have: what an old entry edited in title and text became, if anything.
  const fresh = folder.entries.filter((e) => !had.has(`${e.slug}.md`));
  const taken = new Set<Entry>();
  const bySlug = new Map(folder.entries.map((e) => [`${e.slug}.md`, e]));
  const idOf = (name: string): string => `${folder.report.id}/${name.slice(0, -'.md'.length)}`;
  const rewritten: RewrittenFile[] = [];
  const overwrittenOwn: string[] = [];
  for (const name of names) {
    const entry = bySlug.get(name);
    const file = path.join(from, name);
    const text = entry && textOf(file);
    if (!entry || text === undefined) continue;
    // An editor's entry over which the read writes upstream's of that name: said, its text being only in the replaced folder now.
    if (writtenByEditor(text)) overwrittenOwn.push(file);
    else rewritten.push({ file, text, id: idOf(name), entry });
  }
  const gone = names
    .filter((name) => !produced.has(name))
    .map((name): GoneFile => {
      const file = path.join(from, name);
      const read = name.endsWith('.md') ? readOldEntry(file) : undefined;
      const parsed = read?.parsed;
      const old = parsed?.ok ? parsed.value : undefined;
      // An editor's entry is no upstream entry renamed, whatever it shares with one.
      const handWritten = read?.handWritten ?? false;
      const now = handWritten ? undefined : old && (producedUnderAnotherName(old, producedBy) ?? editedUnderAnotherName(old, fresh, taken));
      if (now) taken.add(now);
      if (now && read) rewritten.push({ file, text: read.text, id: idOf(name), entry: now, parsed: read.parsed });
      return { name, parsed, old, now, handWritten };
    });
  return { names, rewritten, overwrittenOwn, gone };
}

/**
 * Carries one report folder's files over; returns the upstream entry files kept. An old entry file the
 * read produced under another slug (a mark of it unchanged, or its text edited a little) is not
 * kept beside it (a partial read would list it twice): its id is recorded as renamed instead, so
 * that its address keeps working. One a whole read has under no slug is recorded as withdrawn,
 * unless the read would withdraw most of the report: then it is doubted, and read as partial.
 * An entry an editor wrote (`source.format: markdown`) is kept, whatever the read.
 */
function carryIntoReport(
  from: string,
  to: string,
  folder: ReportFolder,
  { names, rewritten, overwrittenOwn, gone }: OldReport,
  carried: Pick<CarriedOver, 'renamedEntries' | 'withdrawnEntries' | 'unreadableEntries' | 'doubtedReads' | 'overwrittenOwnEntries' | 'handEditedEntries' | 'handEditedReports'>,
  options: WriteOptions,
  hashes: WrittenHashes,
): string[] {
  carried.overwrittenOwnEntries.push(...overwrittenOwn);
  for (const old of rewritten) noteHandEdit(old, carried, hashes);
  const idOf = (name: string): string => `${folder.report.id}/${name.slice(0, -'.md'.length)}`;
  const published = names.filter((name) => name.endsWith('.md') && name !== REPORT_FILE).length;
  const withdrawn = gone.filter((g) => g.old && !g.now && !g.handWritten).length;
  const doubted = !folder.partial && !options.acceptWithdrawals && withdrawn >= DOUBTED_READ_MIN && withdrawn > DOUBTED_READ_SHARE * published;
  if (doubted) carried.doubtedReads.set(folder.report.id, { withdrawn, published });
  const partial = folder.partial || doubted;
  const kept: string[] = [];
  // Kept whatever the read, and so not among the files a doubtful read kept.
  const own: string[] = [];
  for (const { name, parsed, old, now, handWritten } of gone) {
    const isEntry = parsed !== undefined;
    // An editor's own entry (written in Markdown, no upstream source) is no upstream's to withdraw, even one that does not load.
    if (parsed && !parsed.ok && !partial && !handWritten) carried.unreadableEntries.push(...parsed.problems);
    const oldId = idOf(name);
    if (now) carried.renamedEntries.set(oldId, now.id);
    else if (old && !partial && !handWritten) carried.withdrawnEntries.set(oldId, old.title);
    if (isEntry && !handWritten && (now || !partial)) continue;
    copyOver(path.join(from, name), path.join(to, name));
    if (handWritten) own.push(name);
    else if (isEntry) kept.push(name);
  }
  const key = reportHashKey(folder.report.id);
  const rewrote = kept.length + own.length > 0 ? keepCategoriesOf([...kept, ...own], from, to, folder.report) : undefined;
  if (rewrote !== undefined) hashes.written.set(key, entryTextHash(rewrote));
  noteReportHandEdit(path.join(from, REPORT_FILE), path.join(to, REPORT_FILE), key, carried, hashes);
  return kept;
}

/** The fields of a report file, its introduction included, as `differingFields` names them. */
const REPORT_FIELDS = [...Object.keys(ReportFrontMatterSchema.shape), 'intro'] as const;

/**
 * Records in `carried` a change an editor made to a report's `_report.md` since the last import
 * wrote it: the import writes upstream's report over it (nothing of it is carried), so it is said.
 */
function noteReportHandEdit(oldFile: string, newFile: string, key: string, carried: Pick<CarriedOver, 'handEditedReports'>, { recorded, written }: WrittenHashes): void {
  const was = Object.hasOwn(recorded, key) ? recorded[key] : undefined;
  const text = was === undefined ? undefined : textOf(oldFile);
  if (text === undefined || entryTextHash(text) === was) return;
  const old = parseReportFile(text, oldFile);
  const now = parseReportFile(readFileSync(newFile, 'utf8'), newFile);
  const field = (report: Report, name: string): string => JSON.stringify((report as unknown as Record<string, unknown>)[name]);
  const differs = old.ok && now.ok ? REPORT_FIELDS.filter((name) => field(old.value, name) !== field(now.value, name)) : undefined;
  if (differs?.length === 0) return;
  carried.handEditedReports.push({ file: oldFile, ...(differs ? { differs } : {}), upstreamChanged: written.get(key) !== was });
}

/**
 * A read without errors that would withdraw more than this share of a report's published entries
 * is doubted and taken as partial: upstream removes an entry now and then, never most of a
 * report, while a page that lost its anchors or a file cut short reads "whole" with them gone.
 */
const DOUBTED_READ_SHARE = 0.5;
/** ...and at least this many: one entry of two removed upstream is an edit, not a doubtful read. */
const DOUBTED_READ_MIN = 2;

/**
 * Kept entries stay loadable: categories they are filed under that the partial read did not
 * find (a broken `<category>`) are taken from the report file they were imported with. Returns
 * the report file's text where it was written again.
 */
function keepCategoriesOf(kept: readonly string[], from: string, to: string, report: Report): string | undefined {
  const known = new Set(report.categories.map((c) => c.key));
  const wanted = new Set<string>();
  for (const name of kept) {
    const file = path.join(from, name);
    const parsed = parseEntryFile(readFileSync(file, 'utf8'), file, name.slice(0, -'.md'.length));
    if (parsed.ok && !known.has(parsed.value.category)) wanted.add(parsed.value.category);
  }
  const oldFile = path.join(from, REPORT_FILE);
  if (wanted.size === 0 || !existsSync(oldFile)) return undefined;
  const old = parseReportFile(readFileSync(oldFile, 'utf8'), oldFile);
  if (!old.ok) return undefined;
  const added: Category[] = old.value.categories
    .filter((c) => wanted.has(c.key))
    .map((c, i) => ({ ...c, order: report.categories.length + i }));
  const text = serializeReport({ ...report, categories: [...report.categories, ...added] });
  writeFileSync(path.join(to, REPORT_FILE), text);
  return text;
}
