import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './serialize';

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const nowhere: LocateInYaml = () => undefined;
  if (doc.errors.length > 0) {
    return {
      file,
      value: undefined,
      locate: nowhere,
      problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: `not valid YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}` })),
    };
  }
  const locate: LocateInYaml = (keyPath) => {
    for (let depth = keyPath.length; depth >= 0; depth--) {
      const node = doc.getIn(keyPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return {
      file,
      value: undefined,
      locate,
      problems: parsed.error.issues.map((issue) => ({
        file,
        line: locate(issue.path.filter((p): p is string | number => typeof p !== 'symbol')),
        message: `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
      })),
    };
  }
  return { file, value: parsed.data, locate, problems: [] };
}

/** A YAML file of a content folder; a missing one is an empty value. */
export function readYamlFile<T>(file: string, schema: z.ZodType<T>, empty: T): LoadedYaml<T> {
  if (!existsSync(file)) return { file, value: empty, locate: () => undefined, problems: [] };
  return parseYamlFile(readFileSync(file, 'utf8'), file, schema);
}
