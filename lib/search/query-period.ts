import { monthName } from '../model';
import type { QueryPeriodNote } from './types';

/**
 * A year or a quarter typed among a query's words ("zfs 2019", "bhyve 2015 Q3"): readers of a
 * 25-year archive of quarterly reports mean the period, not the number in an entry's text.
 */

/** The period a query's words name, and what is left to search for. */
export interface QueryPeriod {
  /** The words as typed, one space between them: "2019", "Q3 2019", "2018 … 2020". */
  typed: string;
  /** Inclusive bounds, `YYYY-MM`, as the `from`/`to` parameters take them. */
  from: string;
  to: string;
  /** The query with those words blanked out, offsets kept (a correction is put back by offset). */
  rest: string;
  /** The same query with those words quoted: each a word an entry must hold, over all years (today's reading). */
  literal: string;
}

/** The first and last years the knowledge base's reports cover: a number outside them is no period of ours. */
export interface YearSpan {
  first: number;
  last: number;
}

/** A run of text outside quotes, or a quoted phrase (left alone: the reader wrote the number as text). */
const QUOTED_OR_NOT = /["“”„][^"“”„]*["“”„]?|[^"“”„]+/g;
const WORD = /\S+/g;
/**
 * A word with the sentence's punctuation around it: "zfs (2019)", "zfs 2019," or "what changed
 * in zfs, 2019?" name the year as plainly as "zfs 2019". Only what punctuates a sentence, and
 * only on the outside, so that `2019.1`, `-2019` or `2019-09-01` stay what they were.
 */
const PUNCTUATED = /^(\(*)(.+?)[,.;:?!)]*$/;
const YEAR = /^(\d{4})$/;
/** "2019Q3", "2019-Q3", "2019q3". */
const YEAR_QUARTER = /^(\d{4})-?[Qq]([1-4])$/;
const QUARTER = /^[Qq]([1-4])$/;
/** "2018-2020", "2018–2020": a range written as one word. */
const YEAR_RANGE = /^(\d{4})[-–](\d{4})$/;
/** "2019-09": a month, which the report covering it answers. */
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** More than two: a list of numbers ("2017 2018 2019"), not a period a reader would write that way. */
const MAX_PERIODS = 2;

interface Word {
  start: number;
  end: number;
  text: string;
}

interface Found {
  start: number;
  end: number;
  /** Each word's offsets, for blanking or quoting it. */
  words: Word[];
  from: string;
  to: string;
}

function wordsOutsideQuotes(text: string): Word[] {
  const out: Word[] = [];
  for (const part of text.matchAll(QUOTED_OR_NOT)) {
    if (/^["“”„]/.test(part[0])) continue;
    for (const w of part[0].matchAll(WORD)) {
      const [, opening = '', bare = w[0]] = PUNCTUATED.exec(w[0]) ?? [];
      // The punctuation stays in the query as typed: only the bare word is blanked or quoted.
      const start = (part.index ?? 0) + (w.index ?? 0) + opening.length;
      out.push({ start, end: start + bare.length, text: bare });
    }
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function quarterBounds(year: string, quarter: number): { from: string; to: string } {
  return { from: `${year}-${pad(quarter * 3 - 2)}`, to: `${year}-${pad(quarter * 3)}` };
}

/**
 * What may stand between a quarter and its year: spaces, and the punctuation a sentence puts
 * there ("Q3 (2019)", "(Q3) 2019", "Q3, 2019", "2019 (Q3)"): each is one quarter, as "Q3 2019"
 * is; read apart, the year alone would widen the search to the whole of it.
 */
const QUARTER_YEAR_GAP = /^\)?,?[ \t]+\(?$/;

/** Whether nothing but spaces stands between two words. */
function spaced(text: string, a: Word, b: Word): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

/** Whether a quarter and a year stand together: nothing between them but spaces and a sentence's punctuation. */
function adjacent(text: string, a: Word, b: Word): boolean {
  return QUARTER_YEAR_GAP.test(text.slice(a.end, b.start));
}

/** The years and quarters among the words, a quarter written apart ("2019 Q3", "Q3 2019") joined to its year. */
function findPeriods(text: string, words: readonly Word[], span: YearSpan): Found[] {
  const found: Found[] = [];
  const inSpan = (year: string): boolean => Number(year) >= span.first && Number(year) <= span.last;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const both = next && adjacent(text, word, next);
    const range = YEAR_RANGE.exec(word.text);
    if (range && inSpan(range[1]!) && inSpan(range[2]!) && range[1]! <= range[2]!) {
      found.push({ start: word.start, end: word.end, words: [word], from: `${range[1]}-01`, to: `${range[2]}-12` });
      continue;
    }
    const month = YEAR_MONTH.exec(word.text);
    if (month && inSpan(month[1]!)) {
      found.push({ start: word.start, end: word.end, words: [word], from: word.text, to: word.text });
      continue;
    }
    const joined = YEAR_QUARTER.exec(word.text);
    if (joined && inSpan(joined[1]!)) {
      found.push({ start: word.start, end: word.end, words: [word], ...quarterBounds(joined[1]!, Number(joined[2])) });
      continue;
    }
    const year = YEAR.exec(word.text);
    const quarterFirst = QUARTER.exec(word.text);
    if (quarterFirst && both && YEAR.test(next.text) && inSpan(next.text)) {
      found.push({ start: word.start, end: next.end, words: [word, next], ...quarterBounds(next.text, Number(quarterFirst[1])) });
      i++;
      continue;
    }
    if (!year || !inSpan(year[1]!)) continue;
    // In a list ("2018, Q3 2019") the quarter is the next year's, written beside it: punctuation
    // parts it from this one.
    const after = words[i + 2];
    const nextYears = after !== undefined && !spaced(text, word, next!) && spaced(text, next!, after) && YEAR.test(after.text);
    const quarterAfter = both && !nextYears ? QUARTER.exec(next.text) : null;
    if (quarterAfter) {
      found.push({ start: word.start, end: next!.end, words: [word, next!], ...quarterBounds(year[1]!, Number(quarterAfter[1])) });
      i++;
      continue;
    }
    found.push({ start: word.start, end: word.end, words: [word], from: `${year[1]}-01`, to: `${year[1]}-12` });
  }
  return found;
}

/**
 * The period a query names by a year or a quarter standing as a word of its own, outside quotes,
 * within the knowledge base's years, or a range ("2018-2020") or a month ("2019-09") written as
 * one word, punctuation around it ("(2019)", "2019,") aside; undefined when it names none. A version ("13.2"), a longer
 * number, a date ("2019-09-01"), a word written `-2019` or a quoted "2019" stay words, as does
 * a year outside the span ("1999": a number, no report of ours). Two periods ("zfs 2018 2020")
 * are read as the span from the first to the last, as one writes a range; more are a list of
 * numbers and stay words. A query that is only a period ("2019") is read too: it then lists the
 * period's entries, newest first, as a filter without words does.
 */
export function readQueryPeriod(text: string, span: YearSpan): QueryPeriod | undefined {
  const words = wordsOutsideQuotes(text);
  const found = findPeriods(text, words, span);
  if (found.length === 0 || found.length > MAX_PERIODS) return undefined;
  const from = found.map((f) => f.from).sort()[0]!;
  const to = found.map((f) => f.to).sort().at(-1)!;
  let rest = text;
  let literal = text;
  for (const f of [...found].reverse()) {
    rest = rest.slice(0, f.start) + ' '.repeat(f.end - f.start) + rest.slice(f.end);
    for (const w of [...f.words].reverse()) literal = `${literal.slice(0, w.start)}"${w.text}"${literal.slice(w.end)}`;
  }
  return { typed: found.map((f) => f.words.map((w) => w.text).join(' ')).join(' … '), from, to, rest, literal };
}

/** A period's bounds as a reader says them: "2019", "2019 Q3", "2018 to 2020", "September 2019". */
export function periodLabel(from: string, to: string): string {
  if (from === to) return `${monthName(from)} ${from.slice(0, 4)}`;
  const whole = from.endsWith('-01') && to.endsWith('-12');
  if (whole && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  if (whole) return `${from.slice(0, 4)} to ${to.slice(0, 4)}`;
  const month = Number(from.slice(5));
  if (from.slice(0, 4) === to.slice(0, 4) && month % 3 === 1 && Number(to.slice(5)) === month + 2) return `${from.slice(0, 4)} Q${(month + 2) / 3}`;
  return `${from} to ${to}`;
}

/**
 * What the command line tells the reader about the period read from their query, in the words
 * of the search page's note (app/search/search-answer.tsx), which links the literal query.
 */
export function queryPeriodNote(note: QueryPeriodNote): string {
  if (note.widened) return `Nothing in ${note.label}: all years searched, "${note.typed}" as a word`;
  if (!note.applied) return `"${note.typed}" in the query names a period: the years given by from/to are searched instead`;
  return `Limited to ${note.label}, read from "${note.typed}" in the query. All years: ${note.literal}`;
}

