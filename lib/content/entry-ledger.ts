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

export function readEntryLedger(contentDir: string): EntryLedger {
  // The content folder is chosen at run time (paths.ts): not for Turbopack to trace.
  return readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, ENTRY_LEDGER_FILE), EntryLedgerSchema, {}, 'a map of entry ids to entry ids');
}

/**
 * The ledger with today's renamings added. What pointed at an id given up now points at its
 * successor, and an id in use again (a title edited back) is no longer redirected.
 */
export function extendEntryLedger(ledger: EntryLedger, renamed: ReadonlyMap<string, string>, inUse: (id: string) => boolean): EntryLedger {
  const next: EntryLedger = {};
  for (const [from, to] of [...Object.entries(ledger), ...renamed]) next[from] = renamed.get(to) ?? to;
  return Object.fromEntries(
    Object.entries(next)
      .filter(([from, to]) => from !== to && !inUse(from))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
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

export function readEntryAliasLedger(contentDir: string): EntryLedger {
  return readJsonFile(path.join(/*turbopackIgnore: true*/ contentDir, ENTRY_ALIAS_FILE), EntryLedgerSchema, {}, 'a map of entry ids to entry ids');
}

/** The alias ledger with today's file-name ids added; an id in use again (a file named so now) is dropped. */
export function extendAliasLedger(ledger: EntryLedger, aliases: ReadonlyMap<string, string>, inUse: (id: string) => boolean): EntryLedger {
  return Object.fromEntries(
    [...Object.entries(ledger), ...aliases].filter(([from]) => !inUse(from)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** Where each entry id given up leads in a knowledge base: only to an entry it holds, never from one it holds. */
export function entryRedirects(kb: Pick<KnowledgeBase, 'dir' | 'getEntry'>): Map<string, string> {
  return new Map(
    Object.entries(readEntryLedger(kb.dir)).filter(([from, to]) => isEntryId(from) && kb.getEntry(to) !== undefined && kb.getEntry(from) === undefined),
  );
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

/** The record with today's withdrawn entries added; an id in use again, or renamed, is no longer withdrawn. */
export function extendWithdrawnEntries(record: WithdrawnEntries, withdrawn: ReadonlyMap<string, string>, answered: (id: string) => boolean): WithdrawnEntries {
  const next: WithdrawnEntries = { ...record };
  for (const [id, title] of withdrawn) next[id] = { title };
  return Object.fromEntries(Object.entries(next).filter(([id]) => !answered(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function writeWithdrawnEntries(contentDir: string, record: WithdrawnEntries): void {
  writeFileSync(path.join(/*turbopackIgnore: true*/ contentDir, WITHDRAWN_ENTRIES_FILE), `${JSON.stringify(record, null, 1)}\n`);
}

/** The withdrawn entries of a knowledge base: those no entry or other id of it answers to now. */
export function withdrawnEntries(kb: Pick<KnowledgeBase, 'dir' | 'getEntry' | 'entries'>, aliases: ReadonlyMap<string, string> = entryAliases(kb)): Map<string, string> {
  return new Map(
    Object.entries(readWithdrawnEntries(kb.dir))
      .filter(([id]) => isEntryId(id) && kb.getEntry(id) === undefined && !aliases.has(id))
      .map(([id, { title }]) => [id, title]),
  );
}

/** The file-name ids published before (`entry-aliases.json`) that lead to an entry a knowledge base holds, through a re-import's renaming. */
function publishedFileNameIds(kb: Pick<KnowledgeBase, 'dir' | 'getEntry'>): Map<string, string> {
  const renamed = readEntryLedger(kb.dir);
  return new Map(
    Object.entries(readEntryAliasLedger(kb.dir))
      .map(([from, to]): [string, string] => [from, Object.hasOwn(renamed, to) ? renamed[to]! : to])
      .filter(([from, to]) => isEntryId(from) && kb.getEntry(to) !== undefined && kb.getEntry(from) === undefined),
  );
}

/** Every other id an entry of a knowledge base answers to: its file's name, now or as published, and the ids re-imports gave up. */
export function entryAliases(kb: Pick<KnowledgeBase, 'dir' | 'getEntry' | 'entries'>): Map<string, string> {
  return new Map([...publishedFileNameIds(kb), ...fileNameIds(kb.entries), ...entryRedirects(kb)]);
}
