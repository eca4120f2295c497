import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { addSecondQuarter, ADOC_DIR, stageDocTree } from './doc-tree';
import { hashTree, runImport, stateOf } from './kill-import';
import { tempDir } from '../temp-dir';

/**
 * An import killed at any moment leaves the content folder as the old knowledge base or the
 * new one, never a mix: killed at every named step of the write and swap, and at moments
 * spread over a run, the folder is loaded (which completes a swap left half done) and compared
 * file by file with both; a run to the end afterwards always gives the new one.
 */
describe('kb import killed with SIGKILL', () => {
  const work = tempDir('kb-kill-');
  const oldSource = path.join(work, 'old-source');
  const newSource = path.join(work, 'new-source');
  const oldKb = path.join(work, 'old-kb');
  const newKb = path.join(work, 'new-kb');
  const dir = path.join(work, 'parent', 'kb');
  let old: Map<string, string>;
  let next: Map<string, string>;
  let fullRunMs = 0;

  /** The folder as the next `kb` command or page build loads it. */
  const loadedState = (): 'old' | 'new' | 'mix' => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    loadKnowledgeBase(dir);
    warn.mockRestore();
    return stateOf(hashTree(dir), old, next);
  };

  const resetToOld = (): void => {
    rmSync(path.join(work, 'parent'), { recursive: true, force: true });
    cpSync(oldKb, dir, { recursive: true });
    // An editor's file, which every import must carry over.
    writeFileSync(path.join(dir, 'projects.yml'), 'redirects:\n  old-name: widget-framework-for-the-base-system\n');
  };

  beforeAll(async () => {
    stageDocTree(oldSource);
    stageDocTree(newSource);
    addSecondQuarter(newSource);
    const widgets = path.join(newSource, ADOC_DIR, 'report-2031-04-2031-06', 'widgets.adoc');
    writeFileSync(widgets, `${readFileSync(widgets, 'utf8')}\nA paragraph added upstream since the first import.\n`);
    expect((await runImport([oldSource, '--out', oldKb])).status).toBe(0);
    resetToOld();
    old = hashTree(dir);
    const full = await runImport([newSource, '--out', dir]);
    expect(full.status).toBe(1); // the second quarter has errors
    fullRunMs = full.ms;
    next = hashTree(dir);
    cpSync(dir, newKb, { recursive: true });
    expect(stateOf(old, old, next)).toBe('old');
    expect(stateOf(next, old, next)).toBe('new');
    // The editor's file and the ledger are carried over, the report read again is rewritten.
    expect(next.get('projects.yml')).toBe(old.get('projects.yml'));
    expect(next.has('project-slugs.json')).toBe(true);
    expect(next.has('people-slugs.json')).toBe(true);
    expect(next.get('2031-04-2031-06/widgets.md')).not.toBe(old.get('2031-04-2031-06/widgets.md'));
  }, 120_000);

  it.each([
    ['read', 'old'],
    ['write:2030-01-2030-03', 'old'],
    ['published', 'old'],
    ['swap:ready', 'old'],
    ['swap:old-aside', 'new'],
    ['swap:new-in-place', 'new'],
  ])('at step %s leaves the %s knowledge base, and the next run completes the new one', async (step, expected) => {
    resetToOld();
    const run = await runImport([newSource, '--out', dir], { atStep: step });
    expect(run.signal).toBe('SIGKILL');
    expect(loadedState()).toBe(expected);
    expect((await runImport([newSource, '--out', dir])).status).toBe(1);
    expect(stateOf(hashTree(dir), old, next)).toBe('new');
    // Beside it only the folder this run replaced, which the next run removes while it reads.
    expect(readdirSync(path.dirname(dir)).sort()).toEqual(['.kb.import-replaced', 'kb']);
  }, 120_000);

  it.each([0.3, 0.6])('at %s of a run leaves the old or the new knowledge base', async (fraction) => {
    resetToOld();
    const run = await runImport([newSource, '--out', dir], { afterMs: fullRunMs * fraction });
    expect(['old', 'new']).toContain(loadedState());
    console.log(`killed at ${Math.round(fullRunMs * fraction)} ms of ${Math.round(fullRunMs)}: ${run.signal ?? `exited ${run.status}`}, loaded as ${loadedState()}`);
  }, 120_000);
});
