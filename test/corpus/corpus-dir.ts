import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The real upstream corpus: `KB_CORPUS`, else `../shared/corpus` beside the checkout.
 * Absent on a developer's machine, its tests skip and say so; absent in CI, they fail.
 */
export function findCorpus(): string | undefined {
  const dir = path.resolve(process.env.KB_CORPUS ?? path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
  if (existsSync(path.join(dir, 'xml')) && existsSync(path.join(dir, 'adoc'))) return dir;
  if (process.env.CI === 'true') {
    throw new Error(`The real corpus is required in CI but was not found at ${dir} (set KB_CORPUS).`);
  }
  console.warn(`Skipping full-corpus tests: no corpus at ${dir} (set KB_CORPUS to a folder laid out like ../shared/corpus).`);
  return undefined;
}
