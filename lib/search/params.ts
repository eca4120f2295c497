import { monthNumber } from '../model';
import { osaDistance } from '../words';
import { COLLAPSE_FORMS, collapseAsked, sortAsked } from './result-options';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH, type SearchQuery } from './types';

export type ParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;
export type ParsedParams = { ok: true; query: SearchQuery } | { ok: false; error: string };

const PARAM_NAMES = ['q', 'from', 'to', 'category', 'person', 'limit', 'offset', 'page', 'collapse', 'sort'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** How a front end calls each parameter in its messages: the API by its name, the command line `the query`, `--from`…. */
export type ParamLabels = (name: ParamName) => string;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ADDRESS = /^[^\s@]+@[^\s@]+$/;
const MONTH = /^(\d{4})(?:-(\d{2}))?$/;
// As many digits as the largest safe integer (9007199254740991) has: longer is out of range, not parsed.
// No leading zero (for limit, offset and page alike): `010` is 10 to some clients and 8 to
// others, and answers cached by their URL want one spelling for one value.
const DIGITS = /^(?:0|[1-9]\d{0,15})$/;

class ParamError extends Error {}


/** Names a tool might guess for ours: sent, they would be ignored, and the answer look unfiltered for no reason it can see. */
const GUESSED_NAMES: Readonly<Record<string, ParamName>> = {
  query: 'q', search: 'q', text: 'q', term: 'q', terms: 'q',
  year: 'from', since: 'from', after: 'from', start: 'offset', until: 'to', before: 'to',
  cat: 'category', categories: 'category', author: 'person', people: 'person',
  size: 'limit', count: 'limit', per_page: 'limit', order: 'sort',
};

/**
 * The parameter an unknown name most likely meant: ours in other case or one slip away
 * (`Category`, `categroy`, `from_`), or a name tools commonly give it. Other names (a
 * cache-buster `_`, a tracker `utm_source`) are left alone.
 */
function meantParam(name: string): ParamName | undefined {
  const folded = name.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (Object.hasOwn(GUESSED_NAMES, folded)) return GUESSED_NAMES[folded];
  if ((PARAM_NAMES as readonly string[]).includes(folded)) return folded as ParamName;
  if (folded.length < 4) return undefined;
  return PARAM_NAMES.find((known) => known.length >= 4 && osaDistance(folded, known, 1) <= 1);
}

function paramNames(input: ParamsInput): string[] {
  return input instanceof URLSearchParams ? [...new Set(input.keys())] : Object.keys(input).filter((name) => input[name] !== undefined);
}

function readParam(input: ParamsInput, name: ParamName, label: ParamLabels): string | undefined {
  const values = input instanceof URLSearchParams ? input.getAll(name) : [input[name]].flat().filter((v) => v !== undefined);
  if (values.length > 1) throw new ParamError(`${label(name)} may be given only once`);
  const value = values[0];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** `YYYY` or `YYYY-MM` as a month: a year starts in January when it is a lower bound, ends in December as an upper one. */
function parseMonth(name: 'from' | 'to', value: string | undefined, label: ParamLabels): string | undefined {
  if (value === undefined) return undefined;
  const m = MONTH.exec(value);
  const month = m?.[2] ?? (name === 'from' ? '01' : '12');
  if (!m || Number(month) < 1 || Number(month) > 12) throw new ParamError(`${label(name)} must be a year or a month, YYYY or YYYY-MM (got "${value.slice(0, 40)}")`);
  return `${m[1]}-${month}`;
}

function parseCount(name: 'limit' | 'offset' | 'page', value: string | undefined, fallback: number, min: number, max: number, label: ParamLabels): number {
  if (value === undefined) return fallback;
  const n = DIGITS.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ParamError(`${label(name)} must be a whole number from ${min} to ${max}, in digits without leading zeros (got "${value.slice(0, 40)}")`);
  }
  return n;
}

/** "1, true or project". */
function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** A slug, in any case (`Kernel` is `kernel`, as the site's addresses take any case); a person also by an address (`royger@FreeBSD.org`). */
function parseSlug(name: 'category' | 'person', value: string | undefined, label: ParamLabels): string | undefined {
  if (value === undefined) return undefined;
  const folded = value.toLowerCase();
  if (folded.length > 200 || !(SLUG.test(folded) || (name === 'person' && ADDRESS.test(folded)))) {
    const what = name === 'person' ? 'a slug of letters, digits and hyphens, or an email address' : 'a slug of letters, digits and hyphens';
    throw new ParamError(`${label(name)} must be ${what} (got "${value.slice(0, 40)}")`);
  }
  return folded;
}

/**
 * Validates the parameters of a search, from a URL or the command line: `q`, `from`, `to`
 * (`YYYY` or `YYYY-MM`), `category`, `person`, `limit` (1–100, default 10), `offset`,
 * `page` (from 1, `limit` results a page: what the search page's URL says, for `offset`),
 * `collapse=1` (or `0`; also `true`/`false`, and the site's older `project`/`none`), `sort=newest`
 * (or `relevance`). Counts are plain digits, without leading zeros. Each mistake names its parameter, as `label` calls it.
 */
export function parseSearchParams(input: ParamsInput, label: ParamLabels = (name) => name): ParsedParams {
  try {
    const text = readParam(input, 'q', label) ?? '';
    if (text.length > MAX_QUERY_LENGTH) throw new ParamError(`${label('q')} is too long (${text.length} characters; at most ${MAX_QUERY_LENGTH})`);
    // What decoding could not read as UTF-8 ("%E9t%E9", Latin-1's "été") is a wrong query, not one for its other letters.
    if (text.includes('\uFFFD')) throw new ParamError(`${label('q')} holds U+FFFD, the mark of bytes that were no UTF-8: send the query in UTF-8`);
    const from = parseMonth('from', readParam(input, 'from', label), label);
    const to = parseMonth('to', readParam(input, 'to', label), label);
    if (from && to && monthNumber(from) > monthNumber(to)) throw new ParamError(`${label('from')} (${from}) is after ${label('to')} (${to})`);
    const given = readParam(input, 'collapse', label);
    const collapse = collapseAsked(given);
    if (collapse === undefined) throw new ParamError(`${label('collapse')} must be ${orList(COLLAPSE_FORMS.on)} (one result per project), or ${orList(COLLAPSE_FORMS.off)} (got "${String(given).slice(0, 40)}")`);
    const limit = parseCount('limit', readParam(input, 'limit', label), DEFAULT_LIMIT, 1, MAX_LIMIT, label);
    const [offsetGiven, pageGiven] = [readParam(input, 'offset', label), readParam(input, 'page', label)];
    if (offsetGiven !== undefined && pageGiven !== undefined) throw new ParamError(`${label('offset')} and ${label('page')} say the same thing: give one of them`);
    const page = parseCount('page', pageGiven, 1, 1, Math.floor(Number.MAX_SAFE_INTEGER / MAX_LIMIT), label);
    const query: SearchQuery = {
      text,
      limit,
      offset: pageGiven === undefined ? parseCount('offset', offsetGiven, 0, 0, Number.MAX_SAFE_INTEGER, label) : (page - 1) * limit,
      collapse,
    };
    const sortGiven = readParam(input, 'sort', label);
    const sort = sortAsked(sortGiven);
    if (sort === undefined) throw new ParamError(`${label('sort')} must be newest or relevance (got "${String(sortGiven).slice(0, 40)}")`);
    if (sort === 'newest') query.sort = sort;
    if (from) query.from = from;
    if (to) query.to = to;
    const category = parseSlug('category', readParam(input, 'category', label), label);
    if (category) query.category = category;
    const person = parseSlug('person', readParam(input, 'person', label), label);
    if (person) query.person = person;
    const unknown = paramNames(input).filter((name) => !(PARAM_NAMES as readonly string[]).includes(name));
    const mistyped = unknown.find((name) => meantParam(name) !== undefined);
    if (mistyped !== undefined) {
      const meant = meantParam(mistyped)!;
      throw new ParamError(`"${mistyped.slice(0, 40)}" is no parameter of a search: did you mean ${label(meant)}? (the parameters are ${PARAM_NAMES.map(label).join(', ')})`);
    }
    // Nothing asked: a client that lost its query (an emptied field, a parameter of another name) would read "no results".
    if (!text && !from && !to && !category && !person) {
      const others = unknown.length === 0 ? '' : `; ${unknown.map((name) => `"${name.slice(0, 40)}"`).join(', ')} ${unknown.length === 1 ? 'is no parameter' : 'are no parameters'} of a search`;
      throw new ParamError(`${label('q')} is missing: give a query, or a filter (${(['from', 'to', 'category', 'person'] as const).map(label).join(', ')}) to list entries${others}`);
    }
    return { ok: true, query };
  } catch (error) {
    if (error instanceof ParamError) return { ok: false, error: error.message };
    throw error;
  }
}
