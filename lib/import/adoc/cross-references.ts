import type { Category, Entry } from '../../model';
import { asciidoctorSectionId, entryNamedBy, legacyAnchorTable, resolveLegacyAnchor } from '../../site/upstream-anchors';
import type { ImportProblem } from '../types';

const ESCAPED_RX = /\\(.)/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An entry's `<<_other_entry,Text>>` cross-reference reaches the Markdown as a link to the
 * report's own page, `[Text](<report page>#_other_entry)`. Some ids were typed by hand and name
 * no section upstream either (`_freebsd_riscv64` for the title "FreeBSD/riscv64", whose id is
 * `_freebsdriscv64`), so the link leads nowhere, there or here. Where the id is no entry's,
 * category's or heading's of the report and the link's text names exactly one of its entries
 * ({@link entryNamedBy}), the link is pointed at that entry's id, with a warning at the line of
 * the cross-reference; otherwise it is left as written. Bodies are changed in place.
 */
export function repairCrossReferences(
  entries: Entry[],
  categories: readonly Category[],
  baseUrl: string,
  /** The text of an entry's `source.file`, to name the line of a repaired cross-reference. */
  textOf: (file: string) => string | undefined,
  problems: ImportProblem[],
): void {
  const table = legacyAnchorTable(categories, entries);
  const slugs = new Set(entries.map((e) => e.slug));
  // Headings inside entries had ids too (`==== Open tasks` → `_open_tasks`); a link to one is no slip.
  const headingIds = new Set(entries.flatMap((e) => [...e.body.matchAll(/^#{2,6} (.+)$/gm)].map((m) => asciidoctorSectionId(m[1] ?? ''))));
  const leadsSomewhere = (anchor: string): boolean =>
    slugs.has(anchor) || headingIds.has(anchor) || resolveLegacyAnchor(anchor, table, (id) => slugs.has(id)) !== undefined;
  const linkRx = new RegExp(`\\[((?:[^\\[\\]\\\\]|\\\\.)+)\\]\\(${escapeRegExp(baseUrl)}#([^)\\s]+)\\)`, 'g');
  for (const entry of entries) {
    entry.body = entry.body.replace(linkRx, (whole: string, label: string, anchor: string) => {
      if (leadsSomewhere(anchor)) return whole;
      const text = label.replace(ESCAPED_RX, '$1');
      const target = entryNamedBy(text, entries);
      if (!target) return whole;
      const id = asciidoctorSectionId(target.title);
      const lines = textOf(entry.source.file)?.split('\n') ?? [];
      const index = lines.findIndex((line) => line.includes(`<<${anchor}`) || line.includes(`#${anchor}`));
      problems.push({
        severity: 'warning',
        file: entry.source.file,
        ...(index >= 0 ? { line: index + 1 } : {}),
        message: `cross-reference to #${anchor} names no section of the report; linked to #${id}, the entry "${target.title}" its text names`,
      });
      return `[${label}](${baseUrl}#${id})`;
    });
  }
}
