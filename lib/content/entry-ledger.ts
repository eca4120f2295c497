import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './json-file';
import type { KnowledgeBase } from './load';
import type { Entry } from '../model';
import { adocFileName } from '../model/source';
import { isEntryId } from '../routes';

/**
 * `entry-ids.json`: the entry ids a re-import gave up, each with the id the same entry has now.
 * An XML or HTML entry's slug is made of its title (DESIGN.md), so an upstream edit of the title
 * gives it another; its old address, published and linked, answers with a redirect.
 */
export const ENTRY_LEDGER_FILE = 'entry-ids.json';

const EntryLedgerSchema = z.record(z.string(), z.string());
export type EntryLedger = z.infer<typeof EntryLedgerSchema>;

/** `entry-ids.json`, or another ledger of ids to ids (`entry-aliases.json`). */
export function readEntryLedger(contentDir: string, file = ENTRY_LEDGER_FILE): EntryLedger {
  // The content folder is chosen at run time (paths.ts): not for Turbopack to trace.
  return readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, file), EntryLedgerSchema, {}, 'a map of entry ids to entry ids');
}

/** Pairs in key order, as the ledgers are written: a re-import that changes nothing rewrites them byte for byte. */
function sortedByKey<T>(pairs: readonly (readonly [string, T])[]): [string, T][] {
  return [...pairs].map(([k, v]): [string, T] => [k, v]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The ledger with today's renamings added. What pointed at an id given up now points at its
 * successor, and an id in use again (a title edited back) is no longer redirected.
 */
export function extendEntryLedger(ledger: EntryLedger, renamed: ReadonlyMap<string, string>, inUse: (id: string) => boolean): EntryLedger {
  const next: EntryLedger = {};
  for (const [from, to] of [...Object.entries(ledger), ...renamed]) next[from] = renamed.get(to) ?? to;
  return Object.fromEntries(sortedByKey(Object.entries(next).filter(([from, to]) => from !== to && !inUse(from))));
}

export function writeEntryLedger(contentDir: string, ledger: EntryLedger, file = ENTRY_LEDGER_FILE): void {
  writeFileSync(path.join(/*turbopackIgnore: true*/ contentDir, file), `${JSON.stringify(ledger, null, 1)}\n`);
}

/**
 * `entry-aliases.json`: every id an AsciiDoc entry's file name has given it (`fileNameIds`),
 * each with the entry's id then. Upstream may later rename `kernel_rust.adoc` to the slug's
 * form; the name's id was published and linked, and keeps leading to the entry. Apart from
 * `entry-ids.json`: an alias was never the entry's own id, so its feed id does not become it.
 */
export const ENTRY_ALIAS_FILE = 'entry-aliases.json';

/**
 * The alias ledger with the file-name ids of the folder replaced and of today's read added, each
 * leading to its entry's id now (`renamed`): an alias follows its entry, never the id it had, so
 * a later entry given that id does not take the alias. One that is an entry's own id again is
 * dropped; one whose entry upstream withdrew stays, and shows that it was.
 */
export function extendAliasLedger(ledger: EntryLedger, aliases: ReadonlyMap<string, string>, renamed: ReadonlyMap<string, string>, inUse: (id: string) => boolean): EntryLedger {
  const next = [...Object.entries(ledger), ...aliases].map(([from, to]): [string, string] => [from, renamed.get(to) ?? to]);
  return Object.fromEntries(sortedByKey(next.filter(([from]) => !inUse(from))));
}

/** Where each id of a ledger leads in a knowledge base: only to an entry it holds, never from one it holds. */
function leadingToEntries(ledger: EntryLedger, kb: Pick<KnowledgeBase, 'getEntry'>): Map<string, string> {
  return new Map(Object.entries(ledger).filter(([from, to]) => isEntryId(from) && kb.getEntry(to) !== undefined && kb.getEntry(from) === undefined));
}

/** Where each entry id given up leads in a knowledge base (`entry-ids.json`). */
export function entryRedirects(kb: Pick<KnowledgeBase, 'dir' | 'getEntry'>): Map<string, string> {
  return leadingToEntries(readEntryLedger(kb.dir), kb);
}

/**
 * An AsciiDoc entry's id as its file names it, where the import made its slug of the name
 * (`2026-01-2026-03/acpi_system76` → `…/acpi-system76`): DESIGN.md gives the file name as the
 * slug, and a reader or a tool may build the id from it. Case alone is left to the addresses'
 * lowercasing.
 */
export function fileNameIds(entries: readonly Pick<Entry, 'id' | 'report' | 'source'>[]): Map<string, string> {
  const ids = new Map<string, string | null>();
  const taken = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    const name = adocFileName(entry);
    if (name === undefined) continue;
    const named = `${entry.report}/${name.toLowerCase()}`;
    // Two names that differ only in case ("Foo_Bar", "foo_bar") name neither.
    if (named !== entry.id && !taken.has(named)) ids.set(named, ids.has(named) && ids.get(named) !== entry.id ? null : entry.id);
  }
  return new Map([...ids].filter((pair): pair is [string, string] => pair[1] !== null));
}

/**
 * `entries-withdrawn.json`: the entries a re-import found gone from a report it read whole, with
 * no successor (upstream removed them), each id with its last title. Their addresses were
 * published and linked: they answer with a page that says so and leads to the report, not 404.
 */
export const WITHDRAWN_ENTRIES_FILE = 'entries-withdrawn.json';

const WithdrawnSchema = z.record(z.string(), z.object({ title: z.string() }));
export type WithdrawnEntries = z.infer<typeof WithdrawnSchema>;

export function readWithdrawnEntries(contentDir: string): WithdrawnEntries {
  return readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, WITHDRAWN_ENTRIES_FILE), WithdrawnSchema, {}, 'a map of entry ids to their last titles');
}

/** The record with today's withdrawn entries added; an id in use again is no longer withdrawn. */
export function extendWithdrawnEntries(record: WithdrawnEntries, withdrawn: ReadonlyMap<string, string>, inUse: (id: string) => boolean): WithdrawnEntries {
  const next: WithdrawnEntries = { ...record };
  for (const [id, title] of withdrawn) next[id] = { title };
  return Object.fromEntries(sortedByKey(Object.entries(next).filter(([id]) => !inUse(id))));
}

export function writeWithdrawnEntries(contentDir: string, record: WithdrawnEntries): void {
  writeFileSync(path.join(/*turbopackIgnore: true*/ contentDir, WITHDRAWN_ENTRIES_FILE), `${JSON.stringify(record, null, 1)}\n`);
}

/**
 * The withdrawn entries of a knowledge base, each id with its last title: the record's, and the
 * other ids they answered to (a title's before an edit, a file's name), where no entry or other
 * id of it answers now.
 */
export function withdrawnEntries(kb: Pick<KnowledgeBase, 'dir' | 'getEntry' | 'entries'>, aliases: ReadonlyMap<string, string> = entryAliases(kb)): Map<string, string> {
  const record = readWithdrawnEntries(kb.dir);
  const formerIds = [...Object.entries(readEntryLedger(kb.dir)), ...Object.entries(readEntryLedger(kb.dir, ENTRY_ALIAS_FILE))];
  const titled: [string, string][] = [
    ...Object.entries(record).map(([id, { title }]): [string, string] => [id, title]),
    ...formerIds.flatMap(([from, to]): [string, string][] => (Object.hasOwn(record, to) ? [[from, record[to]!.title]] : [])),
  ];
  return new Map(titled.filter(([id]) => isEntryId(id) && kb.getEntry(id) === undefined && !aliases.has(id)));
}

/** What the API and the CLI say of a withdrawn entry. */
export function withdrawnMessage(id: string, title: string): string {
  return `entry "${id}" ("${title}") was withdrawn from report ${id.split('/')[0] ?? id} upstream: it is no longer in the report under this title, nor rewritten under another in a way the import recognised`;
}

/** Every other id an entry of a knowledge base answers to: its file's name, now or as published (`entry-aliases.json`), and the ids re-imports gave up. */
export function entryAliases(kb: Pick<KnowledgeBase, 'dir' | 'getEntry' | 'entries'>): Map<string, string> {
  return new Map([...leadingToEntries(readEntryLedger(kb.dir, ENTRY_ALIAS_FILE), kb), ...fileNameIds(kb.entries), ...entryRedirects(kb)]);
}
