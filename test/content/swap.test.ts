import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeInterruptedSwap, FolderSwapError, replaceFolder, swapFolders } from '../../lib/content/swap';
import { tempDir } from '../temp-dir';

/** A content folder `kb` in a fresh temporary folder, holding one file that says which it is. */
function contentFolder(label: string): { parent: string; dir: string } {
  const parent = tempDir('kb-swap-');
  const dir = path.join(parent, 'kb');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'label'), label);
  return { parent, dir };
}

const label = (dir: string): string => readFileSync(path.join(dir, 'label'), 'utf8');

describe('replaceFolder', () => {
  it('builds the new folder beside the old one and swaps it in; the old one waits beside it for the next run to remove', async () => {
    const { parent, dir } = contentFolder('old');
    let sawCurrent: string | undefined;
    await replaceFolder(dir, (into, current) => {
      sawCurrent = current;
      expect(path.dirname(into)).toBe(parent);
      expect(label(dir)).toBe('old'); // the old folder is untouched while the new one is built
      writeFileSync(path.join(into, 'label'), 'new');
    });
    expect(sawCurrent).toBe(dir);
    expect(label(dir)).toBe('new');
    const { replaced } = swapFolders(dir);
    expect(readdirSync(parent).sort()).toEqual(['.kb.import-replaced', 'kb']);
    expect(label(replaced)).toBe('old');

    await replaceFolder(dir, (into) => writeFileSync(path.join(into, 'label'), 'newer'));
    expect(label(dir)).toBe('newer');
    expect(readdirSync(parent).sort()).toEqual(['.kb.import-replaced', 'kb']);
    expect(label(replaced)).toBe('new');
  });

  it('removes an empty folder it replaces at once', async () => {
    const parent = tempDir('kb-swap-');
    const dir = path.join(parent, 'kb');
    mkdirSync(dir);
    await replaceFolder(dir, (into) => writeFileSync(path.join(into, 'label'), 'new'));
    expect(readdirSync(parent)).toEqual(['kb']);
  });

  it('creates a folder that did not exist, with its parents', async () => {
    const parent = tempDir('kb-swap-');
    const dir = path.join(parent, 'a', 'b', 'kb');
    await replaceFolder(dir, (into, current) => {
      expect(current).toBeUndefined();
      writeFileSync(path.join(into, 'label'), 'new');
    });
    expect(label(dir)).toBe('new');
  });

  it('leaves the old folder as it was, and nothing beside it, when the build throws', async () => {
    const { parent, dir } = contentFolder('old');
    await expect(
      replaceFolder(dir, (into) => {
        writeFileSync(path.join(into, 'label'), 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(label(dir)).toBe('old');
    expect(readdirSync(parent)).toEqual(['kb']);
  });

  it('clears what a killed run left beside the folder, and says so', async () => {
    const { parent, dir } = contentFolder('old');
    const { building, ready } = swapFolders(dir);
    mkdirSync(building);
    mkdirSync(ready);
    const notes = await replaceFolder(dir, (into) => writeFileSync(path.join(into, 'label'), 'new'));
    expect(notes).toEqual([`cleared what an interrupted import left beside ${dir}: .kb.import-building, .kb.import-new`]);
    expect(readdirSync(parent).sort()).toEqual(['.kb.import-replaced', 'kb']);
  });

  it('refuses to run beside a live import holding the lock, and takes over a dead one\'s', async () => {
    const { dir } = contentFolder('old');
    const { lock } = swapFolders(dir);
    writeFileSync(lock, `${process.pid}\n`);
    await expect(replaceFolder(dir, () => undefined)).rejects.toThrow(FolderSwapError);
    expect(label(dir)).toBe('old');

    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(lock, `${gone.pid}\n`);
    await replaceFolder(dir, (into) => writeFileSync(path.join(into, 'label'), 'new'));
    expect(label(dir)).toBe('new');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('replaceFolder where it cannot write', () => {
  it('says so, naming the path, for a file where the folder should be or below it, and leaves the file as it was', async () => {
    const file = path.join(tempDir('kb-swap-'), 'notes.txt');
    writeFileSync(file, 'mine');
    await expect(replaceFolder(file, () => undefined)).rejects.toThrow(new FolderSwapError(`${file} is a file, not a content folder: name a folder to write`));
    await expect(replaceFolder(path.join(file, 'kb'), () => undefined)).rejects.toThrow(/^cannot make the folder .*notes\.txt: E/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});

describe('completeInterruptedSwap', () => {
  it('does nothing while the folder is in place', () => {
    const { dir } = contentFolder('old');
    mkdirSync(swapFolders(dir).ready);
    expect(completeInterruptedSwap(dir)).toBeUndefined();
    expect(label(dir)).toBe('old');
  });

  it('puts the committed new folder in place when the old one was moved aside', () => {
    const { dir } = contentFolder('old');
    const { ready, previous } = swapFolders(dir);
    mkdirSync(ready);
    writeFileSync(path.join(ready, 'label'), 'new');
    renameSync(dir, previous);
    expect(completeInterruptedSwap(dir)).toBe(`${dir}: an import was killed while it put the new content in place; completed it: the new content is in place`);
    expect(label(dir)).toBe('new');
  });

  it('rolls back to the previous folder when the new one is gone', () => {
    const { dir } = contentFolder('old');
    renameSync(dir, swapFolders(dir).previous);
    expect(completeInterruptedSwap(dir)).toMatch(/rolled it back: the previous content is in place$/);
    expect(label(dir)).toBe('old');
  });

  it('does nothing for a folder that never existed', () => {
    const parent = tempDir('kb-swap-');
    expect(completeInterruptedSwap(path.join(parent, 'kb'))).toBeUndefined();
    expect(readdirSync(parent)).toEqual([]);
  });
});
