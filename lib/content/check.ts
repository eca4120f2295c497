import type { Link as MdastLink } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry, ContentProblem } from '../model';
import type { KnowledgeBase } from './load';

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Every link target in a Markdown text, in order. */
export function markdownLinkTargets(markdown: string): string[] {
  const targets: string[] = [];
  visit(markdownParser.parse(markdown), 'link', (node: MdastLink) => {
    targets.push(node.url);
  });
  return targets;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a slug answers under `/projects`, `/subjects` or `/people` (a redirect answers too): what the threading knows, given by the caller. */
export type KnownSlugs = Partial<Record<'projects' | 'subjects' | 'people', (slug: string) => boolean>>;

/**
 * Whether an internal path (`/reports/<id>`, `/reports/<id>/<slug>`, and `/projects/<slug>`,
 * `/subjects/<slug>`, `/people/<slug>` where the caller knows those) names something that
 * exists; other site paths are not checked here.
 */
function internalTargetExists(target: string, kb: KnowledgeBase, known: KnownSlugs): boolean {
  const [pathname = ''] = target.split(/[?#]/, 1);
  const parts = pathname.split('/').filter(Boolean);
  const answers = known[parts[0] as keyof KnownSlugs];
  if (answers && parts.length === 2) {
    try {
      return answers(decodeURIComponent(parts[1] ?? ''));
    } catch {
      return false; // not even a well-formed address
    }
  }
  if (parts[0] !== 'reports') return true;
  if (parts.length === 1) return true;
  if (parts.length === 2) return kb.getReport(parts[1] ?? '') !== undefined;
  return kb.getEntry(`${parts[1]}/${parts[2]}`) !== undefined;
}

/** The first line of a file holding `text` (1-based): read again only for a problem, which are few. */
function lineHolding(file: string, text: string): number | undefined {
  try {
    const content = readFileSync(file, 'utf8');
    const at = content.indexOf(text);
    return at < 0 ? undefined : content.slice(0, at).split('\n').length;
  } catch {
    return undefined;
  }
}

function entryFile(kb: KnowledgeBase, entry: Entry): string {
  return path.join(kb.dir, entry.report, `${entry.slug}.md`);
}

/**
 * Checks a loaded content folder beyond the schema: duplicate ids, links that are neither
 * absolute URLs nor internal paths, and internal links to reports, entries, and the projects,
 * subjects and people `known` answers for, that do not exist.
 */
export function checkKnowledgeBase(kb: KnowledgeBase, known: KnownSlugs = {}): ContentProblem[] {
  const problems: ContentProblem[] = [...kb.problems];
  const seen = new Map<string, string>();
  for (const entry of kb.entries) {
    const file = entryFile(kb, entry);
    const first = seen.get(entry.id.toLowerCase());
    if (first) problems.push({ file, message: `duplicate entry id "${entry.id}" (also ${first})` });
    seen.set(entry.id.toLowerCase(), file);
    const targets = [...entry.links.map((l) => l.url), ...markdownLinkTargets(entry.body)];
    for (const target of targets) {
      if (SCHEME.test(target)) continue;
      if (target.startsWith('#')) continue;
      if (!target.startsWith('/')) {
        problems.push({ file, line: lineHolding(file, target), message: `link "${target}" is neither an absolute URL nor an internal path` });
      } else if (!internalTargetExists(target, kb, known)) {
        problems.push({ file, line: lineHolding(file, target), message: `broken internal link "${target}"` });
      }
    }
  }
  return problems;
}
