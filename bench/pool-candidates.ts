// Candidates for judging search queries, pooled from three systems so that the judgments do not
// favour any one ranking: ours, MiniSearch (the relevance baseline) and plain word matching.
// The pool is printed in entry-id order with no word of which system found what, so that the
// judge reads entries, not rankings.
//
// Usage: tsx bench/pool-candidates.ts <queries file: one query a line> [--depth N] [--content DIR] > pool.json
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase, resolveContentDir, excerptOf } from '../lib/content';
import { createSearchEngine, type SearchRow } from '../lib/search';
import { createMiniSearchBaseline } from './relevance-lib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { depth: { type: 'string' }, content: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: tsx bench/pool-candidates.ts <queries file> [--depth N] [--content DIR]');
  process.exit(2);
}
const depth = Number(values.depth ?? 20);
const queries = readFileSync(file === '-' ? 0 : file, 'utf8')
  .split('\n')
  .map((q) => q.trim())
  .filter((q) => q && !q.startsWith('#'));

const kb = loadKnowledgeBase(resolveContentDir(values.content));
const engine = createSearchEngine(kb);
const rows = engine.data.rows;
const mini = createMiniSearchBaseline(rows);
const entryById = new Map(kb.entries.map((e) => [e.id, e]));

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Plain word matching: entries holding the most of the query's words, then the most occurrences. */
function wordMatch(query: string, limit: number): string[] {
  const wanted = [...new Set(words(query).filter((w) => w.length > 1))];
  if (wanted.length === 0) return [];
  const scored: { id: string; hits: number; count: number }[] = [];
  for (const row of rows as readonly SearchRow[]) {
    const text = words(`${row.fields.title} ${row.fields.title} ${row.fields.body}`);
    const counts = new Map<string, number>();
    for (const w of text) counts.set(w, (counts.get(w) ?? 0) + 1);
    const hits = wanted.filter((w) => counts.has(w)).length;
    if (hits === 0) continue;
    scored.push({ id: row.entryId, hits, count: wanted.reduce((n, w) => n + (counts.get(w) ?? 0), 0) });
  }
  scored.sort((a, b) => b.hits - a.hits || b.count - a.count || (a.id < b.id ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.id);
}

const pools = queries.map((query) => {
  const ids = new Set([
    ...engine.search({ text: query, limit: depth, offset: 0 }).results.map((r) => r.id),
    ...mini.search(query).slice(0, depth).map((r) => String(r.id)),
    ...wordMatch(query, depth),
  ]);
  const candidates = [...ids].sort().map((id) => {
    const e = entryById.get(id)!;
    return { id, title: e.title, excerpt: excerptOf(e.body, 400) };
  });
  return { query, candidates };
});
process.stdout.write(`${JSON.stringify(pools, null, 1)}\n`);
