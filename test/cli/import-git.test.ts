import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, lstatSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../lib/content';
import { cloneFolder, isGitUrl, STATUS_FOLDERS } from '../../lib/import/git-source';
import { ADOC_DIR, HTML_DIR, stageDocTree } from './doc-tree';
import { runKb, type KbRun } from './run-kb';
import { tempDir } from '../temp-dir';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

/** A folder for one repository's test: its working tree, the bare copy a file:// URL serves, the cache and the import's output. */
function gitWork(prefix: string) {
  const work = tempDir(prefix);
  const bare = path.join(work, 'doc.git');
  return { work, tree: path.join(work, 'doc'), bare, url: `file://${bare}`, cache: path.join(work, 'cache'), out: path.join(work, 'kb') };
}

/** Commits the working tree and makes the bare copy the URL serves. */
function publish({ work, tree, bare }: { work: string; tree: string; bare: string }): void {
  git(work, 'init', '--quiet', tree);
  git(tree, 'add', '-A');
  git(tree, 'commit', '--quiet', '-m', 'status reports');
  git(work, 'clone', '--quiet', '--bare', tree, bare);
}

describe('kb import <git URL>', () => {
  const repo = gitWork('kb-git-');
  const { work, tree, bare, url, cache, out } = repo;
  const checkout = cloneFolder(cache, url);
  let first: KbRun;

  beforeAll(() => {
    // A repository laid out as freebsd-doc, made of our fixtures, served by a file:// URL.
    stageDocTree(tree);
    publish(repo);
    first = runKb(['import', url, '--out', out, '--cache-dir', cache]);
  });

  it('clones the repository and imports its status reports', () => {
    expect(first.stderr).toContain(`cloned ${url} at `);
    expect(first.status).toBe(0);
    const kb = loadKnowledgeBase(out);
    expect(kb.problems).toEqual([]);
    expect(kb.reports.map((r) => r.id)).toEqual(['2001-06', '2004-03-2004-04', '2030-01-2030-03', '2031-04-2031-06']);
    expect(kb.entries).toHaveLength(9);
    expect(kb.getEntry('2031-04-2031-06/widgets')?.source.file).toBe(`${ADOC_DIR}/report-2031-04-2031-06/widgets.adoc`);
  });

  it('keeps a shallow checkout of the status folders only', () => {
    expect(git(checkout, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(git(checkout, 'sparse-checkout', 'list').split('\n')).toEqual([...STATUS_FOLDERS]);
    expect(readdirSync(checkout).filter((n) => n !== '.git')).toEqual(['website']);
    expect(existsSync(path.join(checkout, 'documentation'))).toBe(false);
  });

  it('brings the checkout up to date on the next run and imports the change', () => {
    appendFileSync(path.join(tree, ADOC_DIR, 'report-2031-04-2031-06', 'widgets.adoc'), '\nA paragraph committed after the first import.\n');
    git(tree, 'commit', '--quiet', '-am', 'an edit');
    git(tree, 'push', '--quiet', bare, 'main');
    const second = runKb(['import', url, '--out', out, '--cache-dir', cache]);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(new RegExp(`updated ${checkout} from ${url}: \\w+ → \\w+`));
    expect(git(checkout, 'rev-parse', 'HEAD')).toBe(git(bare, 'rev-parse', 'HEAD'));
    expect(readFileSync(path.join(out, '2031-04-2031-06', 'widgets.md'), 'utf8')).toContain('A paragraph committed after the first import.');
  });

  it('imports the copy fetched before when the repository cannot be reached, with an error naming the URL', () => {
    renameSync(bare, `${bare}.away`);
    try {
      const run = runKb(['import', url, '--out', out, '--cache-dir', cache]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^${url}: error: could not update ${url}: .*; imported the copy fetched before \\(\\w+\\)$`, 'm'));
      expect(loadKnowledgeBase(out).entries).toHaveLength(9);
    } finally {
      renameSync(`${bare}.away`, bare);
    }
  });

  it('fails with a message naming a URL that cannot be cloned, and writes nothing', () => {
    const missing = `file://${path.join(work, 'no-such.git')}`;
    const run = runKb(['import', missing, '--out', path.join(work, 'untouched'), '--cache-dir', cache]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${missing}: error: could not clone ${missing}: `);
    expect(existsSync(path.join(work, 'untouched'))).toBe(false);
  });

  it('says git is needed when it is not on PATH', () => {
    const run = runKb(['import', url, '--out', out, '--cache-dir', cache], { PATH: path.join(work, 'no-bin') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`git is needed to import from ${url}, but it was not found on PATH`);
  });

  it.each([
    ['https://git.example.org/doc.git', true],
    ['file:///srv/git/doc.git', true],
    ['git@git.example.org:doc.git', true],
    ['ssh://git@git.example.org/doc.git', true],
    ['../shared/corpus', false],
    ['/home/me/freebsd-doc', false],
    ['C:/src/doc', false],
  ])('takes %s for a git URL: %s', (source, expected) => {
    expect(isGitUrl(source)).toBe(expected);
  });
});

describe('kb import <git URL> of a repository holding symbolic links', () => {
  const repo = gitWork('kb-git-links-');
  const { work, tree, url, cache, out } = repo;
  const secret = path.join(work, 'id_ed25519');
  let run: KbRun;

  beforeAll(() => {
    // A hostile repository: links to a file of whoever runs the import, as an entry, as a report
    // page, and at its top level, which a sparse checkout still checks out.
    writeFileSync(secret, 'PRIVATE KEY of the person running the import\n');
    stageDocTree(tree);
    symlinkSync(secret, path.join(tree, ADOC_DIR, 'report-2031-04-2031-06', 'leak.adoc'));
    symlinkSync(secret, path.join(tree, HTML_DIR, 'report-2032-01-2032-03.html'));
    symlinkSync(secret, path.join(tree, 'report-2033-01-2033-03.html'));
    publish(repo);
    run = runKb(['import', url, '--out', out, '--cache-dir', cache]);
  });

  it('checks the links out as the text they are, and imports nothing they point at', () => {
    const checkout = cloneFolder(cache, url);
    const leak = path.join(checkout, ADOC_DIR, 'report-2031-04-2031-06', 'leak.adoc');
    expect(lstatSync(leak).isSymbolicLink()).toBe(false);
    expect(readFileSync(leak, 'utf8')).toBe(secret);
    const written = (dir: string): string =>
      readdirSync(dir, { withFileTypes: true })
        .map((d) => (d.isDirectory() ? written(path.join(dir, d.name)) : readFileSync(path.join(dir, d.name), 'utf8')))
        .join('\n');
    expect(written(out)).not.toContain('PRIVATE KEY');
    expect(run.stdout + run.stderr).not.toContain('PRIVATE KEY');
    expect(loadKnowledgeBase(out).entries.map((e) => e.id)).toContain('2031-04-2031-06/widgets');
  });
});
