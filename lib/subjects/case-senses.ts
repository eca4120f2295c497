import type { Entry } from '../model';

/** Words an expansion leaves out of its initials: "Filesystem in Userspace" is FUSE. */
const UNINITIALLED = new Set(['a', 'an', 'and', 'as', 'for', 'in', 'of', 'on', 'the', 'to']);
/** Words before "(XY)" or ", or XY" read for an expansion: enough for the longest acronym with its small words. */
const EXPANSION_WINDOW = 12;

const ALL_CAPS = /^[A-Z][A-Z0-9]+$/;
/** An acronym with a plural "s" in lower case: "NICs", "VFs". */
const ACRONYM_PLURAL = /^[A-Z][A-Z0-9]*[A-Z]s$/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the text spells out `acronym` before giving it: "Quiet Bus Adapter (QBA)", "a Quiet Bus Adapter, or QBA". */
export function definesAcronym(text: string, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const given = new RegExp(`(?:\\(|,\\s+or\\s+)${escape(acronym)}(?![A-Za-z0-9])`, 'g');
  for (const m of text.matchAll(given)) {
    const words = (text.slice(0, m.index).match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []).slice(-EXPANSION_WINDOW).filter((w) => !UNINITIALLED.has(w.toLowerCase()));
    const initials = words.slice(-letters.length).map((w) => w[0]!.toUpperCase()).join('');
    if (words.length >= letters.length && initials === letters) return true;
  }
  return false;
}

const texts = new WeakMap<object, string>();

/** All the text of an entry where its words are written, case kept; joined once however many subjects ask. */
function textOf(entry: Pick<Entry, 'title' | 'body' | 'links' | 'tasks'>): string {
  let text = texts.get(entry);
  if (text === undefined) {
    text = [entry.title, entry.body, ...entry.links.flatMap((l) => [l.text, l.url]), ...entry.tasks].join('\n');
    texts.set(entry, text);
  }
  return text;
}

/**
 * Whether an entry writes a subject's one-word name (`key`) only in cases that tell another thing
 * apart from the subject, as `spelling` writes it:
 * - an acronym with a lower-case plural "s" ("VFs") is the plural of the shorter acronym the
 *   entry also writes ("VF"), not a longer one ending in S;
 * - an acronym the entry spells out ("Quiet Bus Adapter (QBA)") names what it spells out there,
 *   not a subject the reports write in another case ("qba", a program).
 * An entry whose title names the key is about it however the title writes it. Case tells no more:
 * a capitalised acronym's letters written small ("gnu", "elf", "trim") name it as often as they
 * are an ordinary word ("cam" of a web camera).
 */
export function namesAnotherThing(entry: Pick<Entry, 'title' | 'body' | 'links' | 'tasks'>, key: string, spelling: string | (() => string)): boolean {
  if (!/^[a-z0-9]+$/.test(key)) return false;
  const text = textOf(entry);
  const capital = key.toUpperCase();
  if (!text.includes(capital) && !text.includes(`${capital.slice(0, -1)}s`)) return false;
  const uses = [...text.matchAll(new RegExp(`(?<![A-Za-z0-9])${key}(?![A-Za-z0-9])`, 'gi'))];
  if (!uses.some((m) => ALL_CAPS.test(m[0]) || ACRONYM_PLURAL.test(m[0]))) return false;
  if (typeof spelling === 'function') spelling = spelling();
  if (uses.some((m) => m[0] === spelling)) return false;
  if (new RegExp(`(?<![A-Za-z0-9])${key}(?![A-Za-z0-9])`, 'i').test(entry.title)) return false;
  const writes = (form: string): boolean => new RegExp(`(?<![A-Za-z0-9])${escape(form)}(?![A-Za-z0-9])`).test(text);
  return uses.every((m) => {
    const form = m[0];
    if (ACRONYM_PLURAL.test(form) && writes(form.slice(0, -1))) return true;
    return ALL_CAPS.test(form) && definesAcronym(text, form);
  });
}
