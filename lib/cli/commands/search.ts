import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportLabel } from '../../model';
import { createEngineFromData, parseSearchParams, type ParamLabels, type ParsedParams, type SearchEngine, type SearchResponse, loadOrBuildSearchData, resolveSearchCacheDir, rowContextOf } from '../../search';
import { withSiteAnswers } from '../../search/site';
import { queryPeriodNote } from '../../search/query-period';
import { defaultCacheDir } from '../../import/git-source';
import { colorOn, contentFolder, parseCommandArgs, printJson, UsageError } from '../args';
import { openContent } from '../open-content';
import { peopleAnswerText, phraseTogether, subjectCardSummary, WORDS_APART } from '../../site/search-view';

export const searchUsage =
  'kb search "<query>" [--json] [--limit N] [--offset N] [--from YYYY-MM] [--to YYYY-MM] [--category C] [--person SLUG] [--collapse] [--sort newest] [--content DIR]\n' +
  '       kb search --batch FILE|- [--json] [--limit N] [--content DIR]';

const OPTIONS = {
  content: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  category: { type: 'string' },
  person: { type: 'string' },
  collapse: { type: 'boolean' },
  sort: { type: 'string' },
  batch: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/**
 * Where `kb search` keeps the index it exported: the user's cache (`KB_CACHE_DIR`, else
 * `$XDG_CACHE_HOME` or `~/.cache`, as for the clones `kb import` makes), not the folder it runs
 * from: a 15 MB `node_modules/.cache` appeared in whatever folder a search was typed in.
 */
function searchCacheDir(): string {
  return path.join(defaultCacheDir(), 'search');
}

/** The parameters as the command line calls them: a query, and options. */
const cliLabel: ParamLabels = (name) => (name === 'q' ? 'the query' : `--${name}`);

/**
 * The same validation as `/api/search`, its mistakes in the CLI's words.
 */
function queryOf(text: string, values: Values): ParsedParams {
  return parseSearchParams(
    {
      q: text,
      limit: values.limit,
      offset: values.offset,
      from: values.from,
      to: values.to,
      category: values.category,
      person: values.person,
      collapse: values.collapse ? '1' : undefined,
      sort: values.sort,
    },
    cliLabel,
  );
}

/** A snippet's HTML as terminal text: entities decoded, matches in bold on a terminal. */
function snippetText(html: string): string {
  const [on, off] = colorOn(process.stdout) ? ['\u001b[1m', '\u001b[22m'] : ['', ''];
  return html
    .replace(/<mark>/g, on)
    .replace(/<\/mark>/g, off)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function printText(response: SearchResponse, offset: number): void {
  const { total, results, correctedQuery, subject } = response;
  let out = correctedQuery ? `Showing results for "${correctedQuery}"\n` : '';
  if (response.queryPeriod) out += `${queryPeriodNote(response.queryPeriod)}\n`;
  if (subject) out += `Subject: ${subject.title}, ${subjectCardSummary(subject)} · ${subject.url}\n`;
  if (response.people) out += `${peopleAnswerText(response.people)}\n`;
  const together = response.phraseTotal;
  out += `${total} result${total === 1 ? '' : 's'} for "${response.query}"${phraseTogether(together)} (${response.tookMs} ms)\n`;
  results.forEach((r, i) => {
    if (together !== undefined && offset + i === together) out += `\n     ${WORDS_APART}\n`;
    out += `\n${String(offset + i + 1).padStart(3)}. ${r.title}\n     ${reportLabel(r.report)} · ${r.category} · ${r.url}\n     ${snippetText(r.snippet)}\n`;
  });
  process.stdout.write(out);
}

/**
 * A turn of the event loop: a write to a pipe its reader closed (`| head -1`) fails only there,
 * where main's handler ends the process; a batch run in one synchronous loop would answer
 * every query of the file first, for no one.
 */
const letPipeErrorsIn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The batch's text. Standard input is read as a stream: a synchronous read of a pipe its writer
 * opened non-blocking (a parent process in Node, some shells) fails with EAGAIN once the pipe is
 * momentarily empty, and the batch was refused as unreadable.
 */
async function readBatch(source: string): Promise<string> {
  if (source !== '-') return readFileSync(source, 'utf8');
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

async function runBatch(engine: SearchEngine, source: string, values: Values): Promise<number> {
  let text: string;
  try {
    text = await readBatch(source);
  } catch (error) {
    throw new UsageError(`--batch: cannot read ${source === '-' ? 'standard input' : source}: ${(error as Error).message}`);
  }
  let failed = 0;
  for (const line of text.split(/\r?\n/)) {
    const q = line.trim();
    if (!q) continue;
    await letPipeErrorsIn();
    const parsed = queryOf(q, values);
    if (!parsed.ok) {
      failed++;
      // Still `{query, results}` (DESIGN.md), so that a script reading every line as an answer reads this one too.
      if (values.json) process.stdout.write(`${JSON.stringify({ query: q, error: parsed.error, total: 0, results: [] })}\n`);
      else process.stderr.write(`kb search: "${q.slice(0, 60)}": ${parsed.error}\n`);
      continue;
    }
    const response = engine.search(parsed.query);
    // What a script needs to read an answer right: how many, and the query that was answered.
    const { total, correctedQuery, subject, people, queryPeriod, results } = response;
    if (values.json) process.stdout.write(`${JSON.stringify({ query: q, total, ...(correctedQuery ? { correctedQuery } : {}), ...(subject ? { subject } : {}), ...(people ? { people } : {}), ...(queryPeriod ? { queryPeriod } : {}), results })}\n`);
    else printText(response, parsed.query.offset);
  }
  return failed > 0 ? 1 : 0;
}

/** `kb search`: the site's search on the command line, one query or a batch built on one index. */
export async function runSearch(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const text = positionals.join(' ');
  if (values.batch !== undefined && text) throw new UsageError('give either a query or --batch FILE, not both');
  // As in the API: no words but a filter lists the filtered entries, newest first.
  const filtered = [values.from, values.to, values.category, values.person].some((v) => v !== undefined);
  if (values.batch === undefined && !text.trim() && !filtered) throw new UsageError('search needs a query or a filter (or --batch FILE)');
  // Check the parameters before loading anything, so a mistake is reported at once.
  const checked = queryOf(values.batch === undefined ? text : 'check', values);
  if (!checked.ok) throw new UsageError(checked.error);
  const content = openContent(contentFolder(values.content));
  const { kb, projects } = content;
  const subjects = content.subjects();
  const engine = withSiteAnswers(createEngineFromData(loadOrBuildSearchData(kb, resolveSearchCacheDir(searchCacheDir()), rowContextOf(kb, projects, subjects)).data), subjects, content.people());
  const unknown = engine.filterError(checked.query, cliLabel);
  if (unknown !== undefined) throw new UsageError(unknown);
  if (values.batch !== undefined) return await runBatch(engine, values.batch, values);
  const response = engine.search(checked.query);
  if (values.json) printJson(response);
  else printText(response, checked.query.offset);
  return 0;
}
