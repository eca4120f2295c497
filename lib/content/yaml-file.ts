import { existsSync } from 'node:fs';
import { readText } from './read-text';
import { basename } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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

/**
 * A value checked against its schema, what it refuses dropped, each with a problem at its line,
 * so that the rest applies: one mistyped key must not take every other value of a file with it.
 * No value when what is refused is the whole of it, or a key it cannot do without.
 */
export function repairedAgainstSchema<T>(input: unknown, schema: z.ZodType<T>, options: RepairOptions): { value: T | undefined; problems: ContentProblem[] } {
  const { file, locate, describe = (keyPath) => keyPath.join('.') || '(top level)', refill = (v) => v, unreadWhole = 'none of the file is read' } = options;
  let value = refill(input);
  const problems: ContentProblem[] = [];
  // The problem of each value dropped, under its path and the path dropped for it (its parent's, when it was missing).
  const droppedAt = new Map<string, ContentProblem>();
  const required = `required, so ${unreadWhole}`;
  // In the order an editor reads the file.
  const byLine = () => problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (let round = 0; round < MAX_REPAIR_ROUNDS; round++) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return { value: parsed.data, problems: byLine() };
    let unread = false;
    // Two checks a value fails are one problem: the second must not find its parent and drop that.
    const thisRound = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const at = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
      for (const keyPath of at) {
        if (thisRound.has(keyPath.join('\0'))) continue;
        thisRound.add(keyPath.join('\0'));
        const present = presentPath(value, keyPath);
        const earlier = droppedAt.get(keyPath.join('\0'));
        if (present.length === 0) {
          // A value the schema cannot do without: wrong (and left out in an earlier round), or never written.
          if (earlier) earlier.message = earlier.message.replace(/; left out$/, `; ${required}`);
          else {
            const wrong = valueAt(value, keyPath) === undefined ? `${describe(keyPath)} is missing` : `${describe(keyPath)}: ${issue.message}`;
            problems.push({ file, line: locate(keyPath), message: `${wrong}; ${required}` });
          }
          unread = true;
          continue;
        }
        // A value left out that its parent needs takes the parent with it (a contact without its name).
        if (earlier && present.length < keyPath.length) earlier.message = earlier.message.replace(/; left out$/, `; required, so ${describe(present)} is left out`);
        const problem = earlier ?? { file, line: locate(keyPath), message: `${describe(keyPath)}: ${issue.message}; left out` };
        if (!earlier) problems.push(problem);
        for (const at of [keyPath, present]) droppedAt.set(at.join('\0'), problem);
        value = dropAt(value, present);
      }
    }
    if (unread) return { value: undefined, problems: byLine() };
    value = refill(sweep(value));
  }
  return { value: undefined, problems: byLine() };
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
 * rest of the file still does. A file that still does not parse gives no document, and its
 * problems say that none of it applies.
 */
export function readEditorYaml(text: string, file: string): EditorYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e): ContentProblem => ({
      severity: 'error',
      file,
      line: e.linePos?.[0]?.line,
      message: `not valid YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}; none of ${basename(file)} is applied`,
    }));
    return { doc: undefined, lineCounter, problems };
  }
  const problems: ContentProblem[] = [];
  const lineOf = (node: Node | null): number | undefined => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  dropRepeatedKeys(doc.contents, lineOf, (key, line, firstLine) =>
    problems.push({ severity: 'error', file, line, message: `key "${key}" is written twice in one mapping${firstLine ? ` (first at line ${firstLine})` : ''}: only the first applies, this one is left out` }),
  );
  return { doc, lineCounter, problems };
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
