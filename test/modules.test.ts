import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The modules of lib/ form layers: a module may use those below it, never one that uses it back.
// A cycle is how "one clear entry point per module" quietly stops being true (a view helper
// imported by the feeds that the page metadata imports, and so on), so it fails here.

const LIB = path.resolve(__dirname, '../lib');

/** Module → the modules its runtime imports reach (type-only imports vanish at run time). */
function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of readdirSync(LIB, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file)) continue;
    const from = file.split(path.sep)[0]!;
    const uses = graph.get(from) ?? new Set<string>();
    graph.set(from, uses);
    const text = readFileSync(path.join(LIB, file), 'utf8');
    for (const [, typeOnly, specifier] of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)) {
      if (typeOnly) continue;
      const target = path.relative(LIB, path.resolve(path.dirname(path.join(LIB, file)), specifier!)).split(path.sep)[0]!;
      if (target !== from && !target.startsWith('..')) uses.add(target);
    }
  }
  return graph;
}

/** Each set of modules that reach one another, of two or more. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(graph.get(start) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(graph.get(next) ?? []));
    }
    return seen;
  };
  const reachOf = new Map([...graph.keys()].map((m) => [m, reach(m)]));
  const found = new Map<string, string[]>();
  for (const [m, reached] of reachOf) {
    const together = [m, ...[...reached].filter((o) => o !== m && reachOf.get(o)?.has(m))].sort();
    if (together.length > 1) found.set(together.join(' '), together);
  }
  return [...found.values()];
}

describe('the modules of lib/', () => {
  const graph = moduleGraph();

  it('form no cycle', () => {
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]))).toEqual([['a', 'b', 'c']]);
  });

  it('keep the model and the addresses at the bottom: they use no other module', () => {
    expect([...graph.get('model')!]).toEqual([]);
    expect([...graph.get('routes')!].filter((m) => m !== 'model')).toEqual([]);
  });
});
