import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportProblem } from './types';

/** The folders of freebsd-doc that hold the status reports: the AsciiDoc of 2021 on, the pages of 2001–2020. */
export const STATUS_FOLDERS = ['website/content/en/status', 'website/static/status'] as const;

/** A git URL as `git clone` takes it: with a scheme (`https://`, `ssh://`, `git://`, `file://`) or scp-like (`git@host:path`). */
export function isGitUrl(source: string): boolean {
  return /^(?:https?|git|ssh|file):\/\//i.test(source) || /^[\w.-]+@[\w.-]+:(?!\/\/)/.test(source);
}

/** `KB_CACHE_DIR`, else `$XDG_CACHE_HOME/freebsd-status-kb`, else `~/.cache/freebsd-status-kb`. */
export function defaultCacheDir(): string {
  if (process.env.KB_CACHE_DIR) return path.resolve(process.env.KB_CACHE_DIR);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'freebsd-status-kb');
}

/** The URL as shown in messages: any password in it left out. */
export function showUrl(url: string): string {
  return url.replace(/^([a-z+]+:\/\/[^/:@]+):[^/@]*@/i, '$1:…@');
}

/** Where the clone of `url` lives in `cacheDir`: one folder per URL, named after it. */
export function cloneFolder(cacheDir: string, url: string): string {
  const readable = showUrl(url).replace(/^[a-z+]+:\/\//i, '').replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(-60);
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  return path.join(cacheDir, 'git', `${readable}-${hash}`);
}

/** git could not be run, or could not clone or update the repository; the message names the URL. */
export class GitSourceError extends Error {}

export interface FetchedSource {
  /** The checkout to import from. */
  dir: string;
  /** What was done, for the user: cloned, or updated (and from which commit to which). */
  note: string;
  /** Why the checkout could not be brought up to date; it is then the one fetched before. */
  staleBecause?: string;
}

/**
 * Makes a shallow, sparse checkout of `url` in `cacheDir` holding only the status folders
 * ({@link STATUS_FOLDERS}), and returns it: cloned on the first run (`--depth 1`, no file
 * contents outside those folders, so no full freebsd-doc checkout), brought up to the
 * repository's current default branch on every later one. A clone is made aside and moved
 * into place once whole, so an interrupted one is never taken for the cache.
 */
export async function fetchGitSource(url: string, cacheDir: string): Promise<FetchedSource> {
  const dir = cloneFolder(cacheDir, url);
  if (existsSync(dir) && (await originOf(dir)) === url) {
    const before = await git(url, ['rev-parse', '--short', 'HEAD'], dir);
    try {
      await git(url, ['fetch', '--depth', '1', '--no-tags', 'origin', 'HEAD'], dir, 'could not update');
    } catch (error) {
      if (!(error instanceof GitSourceError)) throw error;
      return { dir, note: `kept ${dir} at ${before}`, staleBecause: `${error.message}; imported the copy fetched before (${before})` };
    }
    await git(url, ['sparse-checkout', 'set', '--cone', ...STATUS_FOLDERS], dir);
    await git(url, ['reset', '--quiet', '--hard', 'FETCH_HEAD'], dir);
    const after = await git(url, ['rev-parse', '--short', 'HEAD'], dir);
    return { dir, note: before === after ? `${showUrl(url)} is unchanged at ${after} (${dir})` : `updated ${dir} from ${showUrl(url)}: ${before} → ${after}` };
  }
  rmSync(dir, { recursive: true, force: true });
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  try {
    await git(url, ['clone', '--quiet', '--depth', '1', '--filter=blob:none', '--sparse', '--no-tags', '--', url, partial], undefined, 'could not clone');
    await git(url, ['sparse-checkout', 'set', '--cone', ...STATUS_FOLDERS], partial, 'could not check out the status folders of');
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  renameSync(partial, dir);
  const head = await git(url, ['rev-parse', '--short', 'HEAD'], dir);
  return { dir, note: `cloned ${showUrl(url)} at ${head} into ${dir} (shallow; only ${STATUS_FOLDERS.join(' and ')})` };
}

async function originOf(dir: string): Promise<string | undefined> {
  try {
    return await git('', ['remote', 'get-url', 'origin'], dir);
  } catch {
    return undefined; // not a clone of ours: made again
  }
}

/** Runs git; a failure becomes a {@link GitSourceError} naming the URL and git's own reason. */
function git(url: string, args: string[], cwd: string | undefined, doing = 'git failed on'): Promise<string> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  // A stalled connection fails after a minute below 1 KB/s rather than hanging the import. A
  // repository's symbolic links are checked out as the files of text they are in git: a link
  // `leak.adoc -> ~/.ssh/id_ed25519` must not import the key of whoever runs the import.
  const options = ['-c', 'http.lowSpeedLimit=1000', '-c', 'http.lowSpeedTime=60', '-c', 'advice.detachedHead=false', '-c', 'core.symlinks=false'];
  return new Promise((resolve, reject) => {
    execFile('git', [...options, ...args], { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout.trim());
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(new GitSourceError(`git is needed to import from ${showUrl(url)}, but it was not found on PATH: install git, or import from a checkout`));
      }
      // git's first fatal line says what went wrong; the lines after it are advice.
      const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('warning:'));
      const reason = (lines.find((l) => /^(?:fatal|error):/.test(l)) ?? lines[0] ?? error.message).replace(/^(?:fatal|error):\s*/, '');
      reject(new GitSourceError(`${doing} ${showUrl(url)}: ${reason}`));
    });
  });
}

/**
 * The sources of an import with every git URL among them replaced by its checkout in
 * `cacheDir` (see {@link fetchGitSource}); a URL that cannot be fetched becomes an error naming it.
 */
export async function fetchSources(
  sources: readonly string[],
  cacheDir: string,
  say: (line: string) => void,
): Promise<{ paths: string[]; problems: ImportProblem[] }> {
  const paths: string[] = [];
  const problems: ImportProblem[] = [];
  for (const source of sources) {
    if (!isGitUrl(source)) {
      paths.push(source);
      continue;
    }
    say(`fetching the status reports of ${showUrl(source)} (needs git and the network)…`);
    try {
      const fetched = await fetchGitSource(source, cacheDir);
      say(fetched.note);
      paths.push(fetched.dir);
      if (fetched.staleBecause) problems.push({ severity: 'error', file: showUrl(source), message: fetched.staleBecause });
    } catch (error) {
      if (!(error instanceof GitSourceError)) throw error;
      problems.push({ severity: 'error', file: showUrl(source), message: error.message });
    }
  }
  return { paths, problems };
}
