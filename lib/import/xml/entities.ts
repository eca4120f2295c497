import { characterEntities } from 'character-entities';

/**
 * General entities by name → replacement text, as declared in `share/authors.ent`,
 * `share/freebsd.ent` and the like. Replacement text may hold markup and further references.
 */
export type EntityTable = ReadonlyMap<string, string>;

/** An entity reference that could not be expanded, at its line in the document. */
export interface EntityProblem {
  line: number;
  message: string;
  /** A slip the reading mends (a bare `&` read as text); an error when absent. */
  severity?: 'warning';
}

export interface ExpandedDocument {
  /** The document with every reference expanded except the five XML ones and numeric ones. */
  text: string;
  problems: EntityProblem[];
}

// `<!ENTITY name "value">` or `'value'`; `<!ENTITY % name …>` (parameter entities) and
// external `SYSTEM`/`PUBLIC` entities do not match.
const DECLARATION = /<!ENTITY\s+([A-Za-z_:][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Reads the general entity declarations of a DTD fragment (an `.ent` file or a document's
 * internal subset). Declarations inside comments are ignored; as in XML, the first
 * declaration of a name wins.
 */
export function parseEntityDeclarations(dtdText: string): Map<string, string> {
  const table = new Map<string, string>();
  const text = dtdText.replace(COMMENT, '');
  for (const m of text.matchAll(DECLARATION)) {
    const name = m[1];
    const value = m[2] ?? m[3];
    if (name !== undefined && value !== undefined && !table.has(name)) table.set(name, value);
  }
  return table;
}

/** Merges the declarations of several DTD fragments into one table, earlier ones winning. */
export function createEntityTable(...dtdTexts: string[]): EntityTable {
  const table = new Map<string, string>();
  for (const text of dtdTexts) {
    for (const [name, value] of parseEntityDeclarations(text)) if (!table.has(name)) table.set(name, value);
  }
  return table;
}

/**
 * Entities the old website build generated into `autogen.ent` rather than any file in the
 * legacy tree: `&enbase;` (used by the 2017–2020 introductions) and `&base;` were the
 * relative path from the page to the site root, `../..` for `/news/status/report-*.html`.
 */
export const WEBSITE_BUILD_ENTITIES: EntityTable = new Map([
  ['base', '../..'],
  ['enbase', '../..'],
]);

const BARE_AMPERSAND = 'unescaped "&" (write &amp;); read as text';
const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const MAX_DEPTH = 16;

// Regions where `&` is not a reference (comments, CDATA, processing instructions, the
// DOCTYPE with its internal subset) are copied as they are; everything else is scanned.
// A `&` that starts no reference is matched alone, to be escaped.
const TOKEN = /<!--|<!\[CDATA\[|<\?|<!DOCTYPE|&([A-Za-z_:][\w.:-]*);|&(?:#[0-9]+;|#x[0-9A-Fa-f]+;)?/g;
const REFERENCE = /&([A-Za-z_:][\w.:-]*);/g;

/**
 * The most one entity reference may expand to. Upstream's longest is a line or two; a document
 * declaring entities of entities, each ten times the last, would otherwise fill the memory.
 */
const MAX_EXPANSION = 64 * 1024;
/** The most all of a document's references may expand to together: hundreds of times upstream's largest report. */
const MAX_DOCUMENT_EXPANSION = 16 * 1024 * 1024;

/**
 * Expands the entity references of an XML document before it is parsed: the document's own
 * internal DTD subset first, then `entities`, then the XHTML named character entities, then
 * {@link WEBSITE_BUILD_ENTITIES}; replacement text is expanded recursively. Line breaks in
 * replacement text become spaces so that line numbers stay those of the source.
 * An unknown reference is reported and kept as visible text (`&amp;name;`). A bare `&` (one
 * that starts no reference, as in `foo & bar`) is read as text, as browsers read it, with a
 * warning: saxes would take everything after it up to the next `;` for an entity name and
 * stop there, so that one slip cost the entry (or all of a report's) with a message about an
 * unclosed tag far from it.
 */
export function expandEntities(xml: string, entities: EntityTable): ExpandedDocument {
  const internal = new Map<string, string>();
  const problems: EntityProblem[] = [];
  const out: string[] = [];
  let line = 1;
  let scanned = 0; // newlines are counted up to here
  let copied = 0; // text is copied up to here
  const lineAt = (index: number): number => {
    for (let i = xml.indexOf('\n', scanned); i !== -1 && i < index; i = xml.indexOf('\n', i + 1)) line++;
    scanned = Math.max(scanned, index);
    return line;
  };

  // Each declared entity is expanded once: entities of entities, each ten times the last, would
  // otherwise take ten times longer a level, a 600-byte document hours.
  const expansions = new Map<string, string>();
  const resolve = (name: string, refLine: number, stack: string[]): string => {
    if (XML_PREDEFINED.has(name)) return `&${name};`;
    const declared = internal.get(name) ?? entities.get(name);
    if (declared !== undefined) {
      const known = expansions.get(name);
      if (known !== undefined) return known;
      const expansion = expandDeclared(name, declared, refLine, stack);
      expansions.set(name, expansion);
      return expansion;
    }
    const char = characterEntities[name];
    if (char !== undefined) return [...char].map((c) => `&#x${c.codePointAt(0)?.toString(16)};`).join('');
    const built = WEBSITE_BUILD_ENTITIES.get(name);
    if (built !== undefined) return built;
    const via = stack.length > 0 ? ` (in the replacement text of &${stack.join(';, &')};)` : '';
    problems.push({ line: refLine, message: `unknown entity &${name};${via}, kept as text` });
    return `&amp;${name};`;
  };
  const expandDeclared = (name: string, declared: string, refLine: number, stack: string[]): string => {
    if (stack.includes(name) || stack.length >= MAX_DEPTH) {
      problems.push({ line: refLine, message: `entity &${name}; refers to itself (${[...stack, name].join(' → ')})` });
      return `&amp;${name};`;
    }
    const inner = declared.replace(REFERENCE, (_, n: string) => resolve(n, refLine, [...stack, name]));
    if (inner.length > MAX_EXPANSION) {
      const message = `entity &${name}; expands to more than ${MAX_EXPANSION / 1024} KiB (entities within entities, multiplied); kept as text`;
      if (!problems.some((p) => p.line === refLine && p.message === message)) problems.push({ line: refLine, message });
      return `&amp;${name};`;
    }
    return inner.replace(/\r?\n/g, ' ');
  };
  let expanded = 0;
  const resolveInText = (name: string, refLine: number): string => {
    const text = resolve(name, refLine, []);
    if (expanded <= MAX_DOCUMENT_EXPANSION && expanded + text.length > MAX_DOCUMENT_EXPANSION) {
      problems.push({ line: refLine, message: `entity references expand to more than ${MAX_DOCUMENT_EXPANSION / 1024 / 1024} MiB in all; the rest are kept as text` });
    }
    expanded += text.length;
    return expanded <= MAX_DOCUMENT_EXPANSION ? text : `&amp;${name};`;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const name = m[1];
    if (m[0] === '&') {
      const line = lineAt(m.index);
      if (!problems.some((p) => p.line === line && p.message === BARE_AMPERSAND)) problems.push({ line, message: BARE_AMPERSAND, severity: 'warning' });
      out.push(xml.slice(copied, m.index), '&amp;');
      copied = TOKEN.lastIndex;
      continue;
    }
    if (m[0].startsWith('&#')) continue;
    if (name !== undefined) {
      out.push(xml.slice(copied, m.index), resolveInText(name, lineAt(m.index)));
      copied = TOKEN.lastIndex;
      continue;
    }
    const end = regionEnd(xml, m[0], TOKEN.lastIndex);
    if (m[0] === '<!DOCTYPE') {
      const subset = /\[([\s\S]*)\]\s*>$/.exec(xml.slice(m.index, end));
      if (subset?.[1]) for (const [n, v] of parseEntityDeclarations(subset[1])) internal.set(n, v);
    }
    TOKEN.lastIndex = end;
  }
  out.push(xml.slice(copied));
  return { text: out.join(''), problems };
}

/** Index just past the end of a comment, CDATA section, PI or DOCTYPE opened before `from`. */
function regionEnd(xml: string, opener: string, from: number): number {
  const find = (s: string): number => {
    const i = xml.indexOf(s, from);
    return i === -1 ? xml.length : i + s.length;
  };
  if (opener === '<!--') return find('-->');
  if (opener === '<![CDATA[') return find(']]>');
  if (opener === '<?') return find('?>');
  // DOCTYPE: up to the first `>` unless an internal subset `[ … ]` opens before it.
  const gt = find('>');
  const bracket = xml.indexOf('[', from);
  if (bracket === -1 || bracket > gt) return gt;
  const close = /\]\s*>/g;
  close.lastIndex = bracket;
  const m = close.exec(xml);
  return m ? m.index + m[0].length : xml.length;
}
