import { GENERAL_CATEGORY, UNCATEGORIZED, categoryKey, type Category } from '../../model';
import { htmlToMarkdown } from '../html-to-markdown';
import type { ReaderNote } from '../types';
import { childElements, collapseWhitespace, firstChild, textContent, type XmlElement } from './xml-tree';
import { xmlToHast } from './xml-to-hast';

/**
 * The titles the legacy category names stood for across the XML era, used when a project's
 * `cat` names a category its own report does not define (upstream's stylesheet then left the
 * project out of the page altogether).
 */
const LEGACY_TITLES: Readonly<Record<string, string>> = {
  team: 'FreeBSD Team Reports',
  proj: 'Projects',
  kern: 'Kernel',
  net: 'Network Infrastructure',
  drv: 'Hardware Drivers',
  arch: 'Architectures',
  bin: 'Userland Programs',
  ports: 'Ports',
  doc: 'Documentation',
  docs: 'Documentation',
  vendor: 'Vendor / 3rd Party Software',
  third: 'Third-Party Projects',
  soc: 'Google Summer of Code',
  gsoc: 'Google Summer of Code',
  event: 'Events',
  misc: 'Miscellaneous',
};

/** Misspelt `cat` values found upstream, and the name their authors meant. */
const MISSPELT: Readonly<Record<string, string>> = { project: 'proj', arcj: 'arch' };

/**
 * The categories of one report and the mapping from the `cat` names its projects use.
 * A report that defines none (2001–2004, the Developer Summit specials) files everything
 * under {@link GENERAL_CATEGORY}. A `cat` naming no category of the report is never dropped:
 * it is read as the category it evidently meant, else a category made from the name, with a warning.
 */
export class ReportCategories {
  private readonly byName = new Map<string, Category>();
  private readonly list: Category[] = [];

  /** Repairs to the links of category descriptions are reported in `notes`. */
  constructor(report: XmlElement, baseUrl: string, notes: ReaderNote[]) {
    for (const el of childElements(report, 'category')) {
      if (!el.complete) continue;
      const nameEl = firstChild(el, 'name');
      const name = nameEl ? collapseWhitespace(textContent(nameEl)) : '';
      const descriptionEl = firstChild(el, 'description');
      const title = (descriptionEl && collapseWhitespace(textContent(descriptionEl))) || name;
      if (!title) continue;
      const paragraphs = childElements(el, 'p');
      const description = paragraphs.length > 0 ? htmlToMarkdown(xmlToHast(paragraphs, notes), { baseUrl }) : '';
      const category = this.add(title, description);
      if (name) this.byName.set(name, category);
    }
  }

  /** True for reports that define categories of their own. */
  get defined(): boolean {
    return this.byName.size > 0;
  }

  /** Every category, in the order defined, then any made for stray `cat` values. */
  categories(): Category[] {
    return this.list.length > 0 ? [...this.list] : [GENERAL_CATEGORY];
  }

  /** The key of the category a project with this `cat` belongs to, and a note if it was a guess. */
  resolve(cat: string | undefined, line: number): { key: string; note?: ReaderNote } {
    if (!this.defined) return { key: GENERAL_CATEGORY.key };
    const name = cat?.trim() ?? '';
    const known = this.byName.get(name);
    if (known) return { key: known.key };
    if (name === '') {
      const category = this.add(UNCATEGORIZED.title, UNCATEGORIZED.description);
      return { key: category.key, note: warn(line, `<project> has no cat attribute; filed under "${category.title}"`) };
    }
    const meant = MISSPELT[name] ?? name;
    const category = this.byName.get(meant) ?? this.add(LEGACY_TITLES[meant] ?? name, '');
    return { key: category.key, note: warn(line, `cat="${name}" names no category of this report; filed under "${category.title}"`) };
  }

  /** The category with this title's key, created at the end of the list if new. */
  private add(title: string, description: string | undefined): Category {
    const key = categoryKey(title);
    const existing = this.list.find((c) => c.key === key);
    if (existing) return existing;
    const category: Category = description ? { key, title, description, order: this.list.length } : { key, title, order: this.list.length };
    this.list.push(category);
    return category;
  }
}

function warn(line: number, message: string): ReaderNote {
  return { severity: 'warning', line, message };
}
