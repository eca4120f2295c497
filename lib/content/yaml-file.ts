import { existsSync } from 'node:fs';
import { readText } from './read-text';
import { basename } from 'node:path';
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from '../model';

/** Where in a YAML file a value was written, for messages that name its line. */
export type LocateInYaml = (keyPath: readonly (string | number)[]) => number | undefined;

/** An editor's YAML file, checked against its schema: a bad file is problems naming lines, and no value. */
export interface LoadedYaml<T> {
  file: string;
  value: T | undefined;
  locate: LocateInYaml;
  problems: ContentProblem[];
}

/** Parses YAML text against a zod schema, every problem with its line. An empty file is `{}`. */
export function parseYamlFile<T>(text: string, file: string, schema: z.ZodType<T>): LoadedYaml<T> {
  const { doc, lineCounter, problems: syntaxProblems } = readEditorYaml(text, file);
  if (doc === undefined) return { file, value: undefined, locate: () => undefined, problems: syntaxProblems };
  const locate = locatorOf(doc, lineCounter);
  const repaired = repairedAgainstSchema(doc.toJS() ?? {}, schema, { file, locate });
  return { file, value: repaired.value, locate, problems: [...syntaxProblems, ...repaired.problems] };
}

/** How `repairedAgainstSchema` names what it leaves out, and where, and what it puts back. */
export interface RepairOptions {
  file: string;
  locate: LocateInYaml;
  /** The words naming a key path in a problem; the path joined with dots unless given. */
  describe?: (keyPath: readonly (string | number)[]) => string;
  /** Put back, each round, what may be missing when a value is dropped (an empty list for a list). */
  refill?: (value: unknown) => unknown;
  /** What is lost when a value the schema needs is wrong: "none of the file is read" unless given. */
  unreadWhole?: string;
}

/** A value left out, and its problem: what is wrong with it, and, as rounds go on, how much went with it. */
interface LeftOutValue {
  problem: ContentProblem;
  /** Where it is in the file, and what is wrong there (more than one thing, when they go together). */
  own: KeyPath;
  wrong: string;
  /** The value left out for it: itself, or a value holding it that cannot do without it. */
  outer: KeyPath;
  /** How `outer` came to go: it needed `own` as a key, or it could not do without what `own` was part of. */
  how: 'itself' | 'required' | 'needs it' | 'whole';
}

/**
 * A value checked against its schema, what it refuses dropped, each with a problem at its line,
 * so that the rest applies: one mistyped key must not take every other value of a file with it.
 * No value when what is refused is the whole of it, or a key it cannot do without. One problem
 * a mistake: what a value left out takes with it (its parent, a list left too short) is said in
 * its problem, not in one of its own.
 */
export function repairedAgainstSchema<T>(input: unknown, schema: z.ZodType<T>, options: RepairOptions): { value: T | undefined; problems: ContentProblem[] } {
  const { file, locate, describe = (keyPath) => keyPath.join('.') || '(top level)', refill = (v) => v, unreadWhole = 'none of the file is read' } = options;
  let value = refill(input);
  const leftOut: LeftOutValue[] = [];
  // Each round's value before the list items it dropped were removed: a later round's paths lead back through them to the file's.
  const rounds: unknown[] = [];
  const render = (v: LeftOutValue): void => {
    const fate = {
      itself: 'left out',
      required: `required, so ${describe(v.outer)} is left out`,
      'needs it': `left out, and so is ${describe(v.outer)}, which cannot do without it`,
      whole: `required, so ${unreadWhole}`,
    }[v.how];
    v.problem.message = `${v.wrong}; ${fate}`;
  };
  const done = (result: T | undefined) => {
    leftOut.forEach(render);
    // In the order an editor reads the file.
    return { value: result, problems: leftOut.map((v) => v.problem).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  };
  for (let round = 0; round < MAX_REPAIR_ROUNDS; round++) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return done(parsed.data);
    const inFile = (keyPath: KeyPath) => rounds.reduceRight<KeyPath>((at, before) => pathBeforeSweep(at, before), keyPath);
    const thisRound: LeftOutValue[] = [];
    // Two checks a value fails are one problem: the second must not find its parent and drop that.
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const at = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
      for (const keyPath of at) {
        if (seen.has(keyPath.join('\0'))) continue;
        seen.add(keyPath.join('\0'));
        const present = presentPath(value, keyPath);
        const own = inFile(keyPath);
        const outer = inFile(present);
        const wrong = valueAt(value, keyPath) === undefined && valueAt(value, present) !== DROPPED ? `${describe(own)} is missing` : `${describe(own)}: ${issue.message}`;
        // Inside a value this round already leaves out (a mistyped key of a list item missing its name): one problem.
        const within = thisRound.find((v) => v.how !== 'whole' && startsWith(outer, v.outer));
        if (within) {
          within.wrong += `, and ${wrong}`;
          continue;
        }
        // A value holding one an earlier round left out, refused without it: the same mistake, gone further.
        const further = round > 0 ? leftOut.find((v) => !thisRound.includes(v) && (startsWith(v.own, own) || startsWith(v.outer, own))) : undefined;
        // Values this round leaves out that this one holds (a key of an object missing the one it needs).
        const held = outer.length > 0 ? thisRound.find((v) => startsWith(v.outer, outer)) : undefined;
        const how: LeftOutValue['how'] = outer.length === 0 ? 'whole' : outer.length === own.length ? 'itself' : further && !sameKeyPath(further.own, own) ? 'needs it' : 'required';
        if (further) Object.assign(further, { outer, how: how === 'itself' ? 'needs it' : how });
        else if (held) Object.assign(held, { outer, how, wrong: `${held.wrong}, and ${wrong}` });
        else {
          const added: LeftOutValue = { problem: { file, line: locate(own), message: '' }, own, wrong, outer, how };
          leftOut.push(added);
          thisRound.push(added);
        }
        if (further) thisRound.push(further);
        if (outer.length > 0) value = dropAt(value, present);
      }
    }
    if (leftOut.some((v) => v.how === 'whole')) return done(undefined);
    rounds.push(value);
    value = refill(sweep(value));
  }
  return done(undefined);
}

function startsWith(keyPath: KeyPath, prefix: KeyPath): boolean {
  return prefix.length <= keyPath.length && prefix.every((key, i) => key === keyPath[i]);
}

function sameKeyPath(a: KeyPath, b: KeyPath): boolean {
  return a.length === b.length && startsWith(a, b);
}

/** A path into a swept value as it was before its dropped list items were removed: `merge.1` is `merge.3` when two items before it went. */
function pathBeforeSweep(keyPath: KeyPath, before: unknown): KeyPath {
  const out: (string | number)[] = [];
  let at = before;
  for (const [i, key] of keyPath.entries()) {
    if (Array.isArray(at) && typeof key === 'number') {
      let kept = -1;
      const index = at.findIndex((item) => item !== DROPPED && ++kept === key);
      if (index < 0) return [...out, ...keyPath.slice(i)];
      out.push(index);
      at = at[index];
    } else {
      out.push(key);
      at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
    }
  }
  return out;
}

/** An editor's YAML file read: its document (none if it cannot be read at all), and what is wrong with the file as YAML. */
export interface EditorYaml {
  doc: Document | undefined;
  lineCounter: LineCounter;
  problems: ContentProblem[];
}

/**
 * Reads an editor's YAML file as leniently as YAML allows. A key written twice in one mapping is
 * the commonest slip in a hand-kept file; it is read (`uniqueKeys: false`), reported at its line
 * and left out, so that the first applies (the rule for any two lines that contradict) and the
 * rest of the file still does. A line YAML refuses (a tab for indentation, `key: a: b`) is left
 * out, with the lines a key on it would hold, and the rest read without them: one problem a line,
 * not one for every rule it breaks. Where leaving lines out does not make the rest readable (an
 * unclosed quote or bracket runs on into the lines after it), what the rest means cannot be
 * trusted: there is no document, and the problems say that none of the file applies.
 */
export function readEditorYaml(text: string, file: string): EditorYaml {
  const read = readLeavingOutLines(text);
  if (read.slips === undefined) {
    return { doc: undefined, lineCounter: read.lineCounter, problems: read.errors.map((e): ContentProblem => ({ severity: 'error', file, line: e.line, message: `not valid YAML: ${e.message}; the lines after it cannot be read as meant; none of ${basename(file)} is applied` })) };
  }
  const { doc, lineCounter } = read;
  const problems: ContentProblem[] = read.slips.map((slip) => ({ severity: 'error', file, line: slip.line, message: `not valid YAML: ${slip.message}; ${slipLeftOut(slip)}` }));
  const lineOf = (node: Node | null): number | undefined => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  dropRepeatedKeys(doc.contents, lineOf, (key, line, firstLine) =>
    problems.push({ severity: 'error', file, line, message: `key "${key}" is written twice in one mapping${firstLine ? ` (first at line ${firstLine})` : ''}: only the first applies, this one is left out` }),
  );
  return { doc, lineCounter, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** What YAML refuses in a text, at the line an editor would look at. */
interface YamlSlip {
  line: number | undefined;
  message: string;
}

/** Lines left out for a slip: its own, through `lastLine` (those a key on it holds), and keys left with no value by that. */
interface LeftOut extends YamlSlip {
  line: number;
  lastLine: number;
  emptied: { key: string; line: number }[];
}

function slipLeftOut(slip: LeftOut): string {
  const lines = slip.lastLine > slip.line ? `this line and the lines under it (to line ${slip.lastLine}) are not applied` : 'this line is not applied';
  const emptied = slip.emptied.map((key) => `, nor is "${key.key}" on line ${key.line}, which holds nothing else`).join('');
  return lines + emptied;
}

type LenientRead =
  | { doc: Document; lineCounter: LineCounter; slips: LeftOut[] }
  | { doc: undefined; lineCounter: LineCounter; slips: undefined; errors: YamlSlip[] };

/** Lines left out at most, before a file is taken as too damaged to read. */
const MAX_LINES_LEFT_OUT = 20;

/**
 * The text parsed without the lines YAML refuses, one at a time from the first, each blanked (so
 * that every other line keeps its number) and the text parsed again. Blanking a line must leave
 * fewer errors than before: an error that does not go away with its line is not that line's.
 */
function readLeavingOutLines(text: string): LenientRead {
  const lines = text.split('\n');
  let read = parseEditorText(text);
  const slips: LeftOut[] = [];
  while (read.errors.length > 0) {
    const first = read.errors[0];
    const line = first?.line;
    if (first === undefined || line === undefined || slips.length >= MAX_LINES_LEFT_OUT || !hasContent(lines[line - 1])) return tooDamaged(read, text);
    const lastLine = lastLineHeld(lines, line);
    for (let at = line; at <= lastLine; at++) lines[at - 1] = '';
    const next = parseEditorText(lines.join('\n'));
    if (next.errors.length >= read.errors.length) return tooDamaged(read, text);
    slips.push({ line, lastLine, message: first.message, emptied: [] });
    read = next;
  }
  dropEmptiedKeys(read.doc, read.lineCounter, text.split('\n'), slips);
  return { doc: read.doc, lineCounter: read.lineCounter, slips };
}

interface ParsedText {
  doc: Document;
  lineCounter: LineCounter;
  /** By where they are in the text. */
  errors: (YamlSlip & { offset: number })[];
}

function parseEditorText(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false });
  const errors = doc.errors.map((e) => ({
    offset: e.pos[0],
    line: e.linePos?.[0]?.line,
    message: e.code === 'MULTIPLE_DOCS' ? 'a second document starts here' : (e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.message),
  }));
  // An alias naming no anchor is no parse error to the library, but the document cannot be read with it.
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined && node.range) errors.push({ offset: node.range[0], line: lineCounter.linePos(node.range[0]).line, message: `alias "*${node.source}" names no anchor written before it` });
    },
  });
  return { doc, lineCounter, errors: errors.sort((a, b) => a.offset - b.offset) };
}

/** A file too damaged to read: its errors, one a line, each at the line where what it is about begins. */
function tooDamaged(read: ParsedText, text: string): LenientRead {
  const lines = text.split('\n');
  const seen = new Set<number | undefined>();
  const errors: YamlSlip[] = [];
  for (const error of read.errors) {
    // An unclosed quote or bracket is found where the text after it goes wrong: the editor looks where it opens.
    const line = openedAt(read, error.offset) ?? (error.line !== undefined && hasContent(lines[error.line - 1]) ? error.line : undefined);
    if (seen.has(line)) continue;
    seen.add(line);
    errors.push({ line, message: error.message });
  }
  return { doc: undefined, lineCounter: read.lineCounter, slips: undefined, errors };
}

/** The line where a quoted value or a bracketed list or mapping running up to `offset` opens. */
function openedAt(read: ParsedText, offset: number): number | undefined {
  let start: number | undefined;
  visit(read.doc, {
    Node(_, node) {
      const runsOn = isCollection(node) ? node.flow === true : isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
      if (runsOn && node.range && node.range[0] < offset && offset <= node.range[2] && (start === undefined || node.range[0] > start)) start = node.range[0];
    },
  });
  return start === undefined ? undefined : read.lineCounter.linePos(start).line;
}

function hasContent(line: string | undefined): boolean {
  return line !== undefined && line.trim() !== '' && !line.trim().startsWith('#');
}

function lastContentLine(lines: readonly string[]): number {
  let last = lines.length;
  while (last > 1 && !hasContent(lines[last - 1])) last--;
  return last;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** A line that starts a key or a list item of its own, not more words of the value above it. */
const STARTS_NODE = /^\s*(-(\s|$)|[^\s#][^#]*?:(\s|$))/;

/**
 * The last line a line left out holds: a key or list item opening a block holds the lines after it
 * indented deeper; any other line holds the deeper lines that only go on with its value (a plain
 * value wrapped onto the next line), which left in would be read as more of the key above it.
 * Every tab counts as one column here, so that a line is held under any tab width.
 */
function lastLineHeld(lines: readonly string[], line: number): number {
  const own = lines[line - 1] ?? '';
  // A second document is all the lines after its `---`: none is read as part of the first.
  if (/^(---|\.\.\.)(\s|$)/.test(own)) return lastContentLine(lines);
  const opensBlock = /(:|^\s*-|[|>][-+0-9]*)$/.test(own.replace(/\s+#.*$/, '').trimEnd());
  let last = line;
  for (let at = line + 1; at <= lines.length; at++) {
    const next = lines[at - 1] ?? '';
    if (!hasContent(next)) continue;
    if (indentOf(next) <= indentOf(own) || (!opensBlock && STARTS_NODE.test(next))) break;
    last = at;
  }
  return last;
}

/**
 * Removes each key whose value was only on lines left out (`bhyve:` over a tab-indented
 * `title:`): it holds nothing now, and is said with the lines it lost.
 */
function dropEmptiedKeys(doc: Document, lineCounter: LineCounter, lines: readonly string[], slips: LeftOut[]): void {
  const slipHolding = (line: number) => slips.find((slip) => slip.line <= line && line <= slip.lastLine);
  const prune = (node: unknown): void => {
    if (isSeq(node)) for (const item of node.items) prune(item);
    if (!isMap(node)) return;
    node.items = node.items.filter((pair) => {
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null && pair.value.source === '');
      const keyStart = (pair.key as Node | null)?.range?.[0];
      if (!empty || keyStart === undefined) {
        prune(pair.value);
        return true;
      }
      const keyLine = lineCounter.linePos(keyStart).line;
      let next = keyLine + 1;
      while (next <= lines.length && !hasContent(lines[next - 1])) next++;
      const slip = slipHolding(next);
      if (slip === undefined) return true;
      slip.emptied.push({ key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key), line: keyLine });
      return false;
    });
  };
  prune(doc.contents);
}

type RepeatedKey = (key: string, line: number | undefined, firstLine: number | undefined) => void;

/** Removes, at every depth, each pair whose key its mapping already holds, reporting it. */
function dropRepeatedKeys(node: Node | null | undefined, lineOf: (node: Node | null) => number | undefined, report: RepeatedKey): void {
  if (isSeq(node)) for (const item of node.items) dropRepeatedKeys(item as Node | null, lineOf, report);
  if (!isMap(node)) return;
  const firstAt = new Map<string, number | undefined>();
  node.items = node.items.filter((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(pair.key as Node | null);
    if (firstAt.has(key)) {
      report(key, line, firstAt.get(key));
      return false;
    }
    firstAt.set(key, line);
    dropRepeatedKeys(pair.value as Node | null, lineOf, report);
    return true;
  });
}

/** The line of a key path's value, or of the nearest value around it that was written. */
function locatorOf(doc: Document, lineCounter: LineCounter): LocateInYaml {
  return (keyPath) => {
    for (let depth = keyPath.length; depth >= 0; depth--) {
      const node = doc.getIn(keyPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Lines of a YAML text's values, for a problem found after it parsed (a schema's); nowhere if it does not parse. */
export function yamlLocator(text: string): LocateInYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return doc.errors.length > 0 ? () => undefined : locatorOf(doc, lineCounter);
}

/** Marks an array item dropped: removed only once a round is over, so that the round's other paths keep their indexes. */
const DROPPED = Symbol('dropped');

/** The value without the array items marked dropped. */
function sweep(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== DROPPED).map(sweep);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sweep(v)]));
}

/** Rounds of dropping what the schema refuses: a value dropped can leave its parent incomplete, and so on up. */
const MAX_REPAIR_ROUNDS = 8;

type KeyPath = readonly (string | number)[];

function valueAt(value: unknown, keyPath: KeyPath): unknown {
  let at = value;
  for (const key of keyPath) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/** The path itself where something is there; else that of the nearest object around it (the one a required key is missing from). */
function presentPath(value: unknown, keyPath: KeyPath): KeyPath {
  let path = keyPath;
  while (path.length > 0 && valueAt(value, path) === undefined) path = path.slice(0, -1);
  return path;
}

/** The value without what is at `keyPath`; an array item is marked dropped (see `sweep`). */
function dropAt(value: unknown, keyPath: KeyPath): unknown {
  const [key, ...rest] = keyPath;
  if (key === undefined || value === null || typeof value !== 'object') return value;
  const container = value as Record<string | number, unknown>;
  const child = container[key];
  const drop = rest.length === 0 || child === null || typeof child !== 'object';
  if (Array.isArray(value)) return value.map((item, i) => (i !== key ? item : drop ? DROPPED : dropAt(item, rest)));
  if (drop) {
    const { [key]: _dropped, ...others } = container;
    return others;
  }
  return { ...container, [key]: dropAt(child, rest) };
}

/** A YAML file of a content folder; a missing one is an empty value. */
export function readYamlFile<T>(file: string, schema: z.ZodType<T>, empty: T): LoadedYaml<T> {
  if (!existsSync(file)) return { file, value: empty, locate: () => undefined, problems: [] };
  const problems: ContentProblem[] = [];
  const text = readText(file, problems);
  if (text === undefined) return { file, value: undefined, locate: () => undefined, problems: problems.map((p) => ({ ...p, severity: 'error', message: `${p.message}; none of it is applied` })) };
  const parsed = parseYamlFile(text, file, schema);
  return { ...parsed, problems: [...problems, ...parsed.problems] };
}
