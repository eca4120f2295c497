import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The client components of search: everything they import ends up in the browser. */
const CLIENT_ENTRIES = ['app/components/search-box.tsx', 'app/search/search-view.tsx'];
/** `import … from '…'`, `export … from '…'` (a re-export is loaded too) and `import '…'`. */
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)';?$|^\s*import\s+'([^']+)';?$/gm;

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // try the next extension
    }
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Every module and package the entries import at run time (type-only imports are erased). */
function clientGraph(): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = CLIENT_ENTRIES.map((file) => path.join(ROOT, file));
  while (queue.length) {
    const file = queue.pop() ?? '';
    if (modules.has(file)) continue;
    modules.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const [, typeOnly, specifier = match[3] ?? ''] = match;
      if (typeOnly || specifier.endsWith('.css')) continue;
      if (specifier.startsWith('.')) queue.push(resolveRelative(file, specifier));
      else packages.add(specifier);
    }
  }
  return { modules: [...modules].map((m) => path.relative(ROOT, m)).sort(), packages: [...packages].sort() };
}

describe('the browser code of search', () => {
  it('pulls in no schema library, model schemas, content loader or search engine', () => {
    const { modules, packages } = clientGraph();
    expect(packages.every((p) => p === 'react' || p.startsWith('next/'))).toBe(true);
    expect(modules.filter((m) => m.startsWith('lib/'))).toEqual([
      'lib/model/count.ts',
      'lib/model/report-id.ts',
      'lib/model/report-ref.ts',
      'lib/routes/feed-links.ts',
      'lib/routes/feed-paths.ts',
      'lib/routes/index.ts',
      'lib/routes/routes.ts',
      'lib/routes/site-config.ts',
      'lib/search/result-options.ts',
      'lib/site/pagination.ts',
      'lib/site/search-url.ts',
      'lib/site/search-view.ts',
    ]);
  });
});
