import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** The folders made outside a running test, removed once the test file's tests are done. */
const madeOutsideTests: string[] = [];
// Registered while the test file that imports this module is collected (Vitest evaluates it
// afresh for each file), so it runs after all of that file's tests. An afterAll registered from
// a beforeAll hook would never run.
afterAll(() => madeOutsideTests.splice(0).forEach(removeDir));

/**
 * A fresh folder under os.tmpdir(), named `prefix` and a random suffix, removed with all it holds
 * when the test that made it finishes; made outside a test (in a describe block, at the top of the
 * file, in a beforeAll hook), after the file's tests. Tests that made their own with mkdtempSync
 * and never removed them left some 1,500 kb-* folders in /tmp after a few weeks.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    onTestFinished(() => removeDir(dir));
  } catch {
    // onTestFinished throws outside a running test.
    madeOutsideTests.push(dir);
  }
  return dir;
}
