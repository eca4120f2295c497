import { unescapeMarkdown, URL_IN_TEXT } from '../projects/link-key';
import { isDocTreePath, PORT_CATEGORIES } from './ports';

/** Kinds of the work an entry can point at, each with a home of its own upstream. */
export const WORK_KINDS = ['review', 'pr', 'commit', 'man', 'port'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** One piece of work an entry mentions: a review, a problem report, a commit, a man page, a port. */
export interface WorkReference {
  kind: WorkKind;
  /** As shown and as it appears in our URLs: `D12345`, `238412`, a full or short hash, `ixgbe.4`, `sysutils/vmstated`. */
  id: string;
  /** How people write it: `D12345`, `PR 238412`, `ixgbe(4)`, `sysutils/vmstated`, the first 12 digits of a hash. */
  label: string;
  /** Where it lives. */
  url: string;
}

export const WORK_KIND_NAMES: Record<WorkKind, string> = {
  review: 'Phabricator reviews',
  pr: 'Problem reports',
  commit: 'Commits',
  man: 'Manual pages',
  port: 'Ports',
};

/** A manual section as entries cite it: "8", "3lua", "9e" (as in the man pattern below). */
const MAN_SECTION = /^\d[a-z]{0,4}$/;

export function workReference(kind: WorkKind, id: string): WorkReference {
  switch (kind) {
    case 'review':
      return { kind, id, label: id, url: `https://reviews.freebsd.org/${id}` };
    case 'pr':
      return { kind, id, label: `PR ${id}`, url: `https://bugs.freebsd.org/bugzilla/show_bug.cgi?id=${id}` };
    case 'commit':
      return { kind, id, label: id.slice(0, 12), url: `https://cgit.freebsd.org/src/commit/?id=${id}` };
    case 'man': {
      // A page asked for without its section ("/references/man/bhyve", "…/loader.conf") is its name alone.
      const cut = id.lastIndexOf('.');
      if (cut < 0 || !MAN_SECTION.test(id.slice(cut + 1))) return { kind, id, label: id, url: `https://man.freebsd.org/cgi/man.cgi?query=${encodeURIComponent(id)}` };
      const [name, section] = [id.slice(0, cut), id.slice(cut + 1)];
      return { kind, id, label: `${name}(${section})`, url: `https://man.freebsd.org/cgi/man.cgi?query=${encodeURIComponent(name)}&sektion=${section}` };
    }
    case 'port':
      return { kind, id, label: id, url: `https://www.freshports.org/${id}/` };
  }
}

const IN_TEXT: { kind: WorkKind; pattern: RegExp; id: (m: RegExpMatchArray) => string }[] = [
  { kind: 'review', pattern: /(?<![\w/-])D(\d{3,6})\b/g, id: (m) => `D${m[1]}` },
  // A category (`kern/`) follows a space, `#` or `:`, so "PRO/1000" (Intel's cards) is no report.
  { kind: 'pr', pattern: /\bPR\s*[#:]?\s*(?:(?<=[\s#:])[a-z0-9-]+\/)?(\d{4,6})\b/gi, id: (m) => m[1]! },
  { kind: 'man', pattern: /(?<![\w/.-])([a-z_][\w.+-]*[\w+])\((\d[a-z]{0,4})\)/g, id: (m) => `${m[1]}.${m[2]}` },
  {
    kind: 'port',
    pattern: new RegExp(`(?<![\\w/.-])((?:${PORT_CATEGORIES.join('|')})/[a-z0-9][\\w.+-]*[\\w+])(?![\\w/])`, 'g'),
    id: (m) => m[1]!,
  },
];

const IN_URL: { kind: WorkKind; pattern: RegExp; id: (m: RegExpMatchArray) => string }[] = [
  { kind: 'review', pattern: /^https?:\/\/reviews\.freebsd\.org\/D(\d{3,6})\b/i, id: (m) => `D${m[1]}` },
  { kind: 'pr', pattern: /^https?:\/\/bugs\.freebsd\.org\/(?:bugzilla\/show_bug\.cgi\?id=|bugzilla\/|)(\d{4,6})\b/i, id: (m) => m[1]! },
  { kind: 'commit', pattern: /^https?:\/\/cgit\.freebsd\.org\/src\/commit\/?\?id=([0-9a-f]{7,40})\b/i, id: (m) => m[1]!.toLowerCase() },
  { kind: 'commit', pattern: /^https?:\/\/github\.com\/freebsd\/freebsd-src\/commit\/([0-9a-f]{7,40})\b/i, id: (m) => m[1]!.toLowerCase() },
  {
    kind: 'man',
    pattern: /^https?:\/\/(?:man|www)\.freebsd\.org\/cgi\/man\.cgi\?query=([\w.+-]+)(?:&(?:amp;)?sektion=(\d[a-z]{0,4}))/i,
    id: (m) => `${m[1]}.${m[2]}`,
  },
  { kind: 'port', pattern: /^https?:\/\/(?:www\.)?freshports\.org\/([a-z0-9-]+\/[\w.+-]+?)\/?$/i, id: (m) => m[1]! },
];

/**
 * The text with the words of links that lead to another project's tracker left out: there
 * "PR #1994" is a GitHub pull request, not FreeBSD's problem report 1994.
 */
function withoutForeignPullRequests(text: string): string {
  return text.replace(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g, (link: string, words: string, url: string) =>
    /\bPR\b/i.test(words) && !/^https?:\/\/bugs\.freebsd\.org\//i.test(url) ? ` ${url} ` : link,
  );
}

/**
 * The work an entry's text and links point at, each once: what its links lead to first, then
 * what its text names, kind by kind (reviews, problem reports, man pages, ports). Text
 * is matched as written (`D12345`, `PR 123456`, `ixgbe(4)`, `sysutils/vmstated`); links by
 * where they lead (a review, a bug, a commit, a manual page, a port's page).
 */
export function findWorkReferences(text: string, urls: readonly string[]): WorkReference[] {
  const found = new Map<string, WorkReference>();
  const add = (kind: WorkKind, id: string): void => {
    // `www/ja` of a translation team's entry names the doc tree: FreshPorts has no such page.
    if (kind === 'port' && isDocTreePath(id)) return;
    const key = `${kind}:${id}`;
    if (!found.has(key)) found.set(key, workReference(kind, id));
  };
  const plain = unescapeMarkdown(text);
  for (const url of [...urls, ...(plain.match(URL_IN_TEXT) ?? [])]) {
    const clean = unescapeMarkdown(url).replace(/&amp;/g, '&');
    for (const rule of IN_URL) {
      const m = clean.match(rule.pattern);
      if (m) add(rule.kind, rule.id(m));
    }
  }
  const withoutUrls = withoutForeignPullRequests(plain).replace(URL_IN_TEXT, ' ');
  for (const rule of IN_TEXT) for (const m of withoutUrls.matchAll(rule.pattern)) add(rule.kind, rule.id(m));
  return [...found.values()];
}
