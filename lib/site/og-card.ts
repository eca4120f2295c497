import { parseReportId, reportLabel } from '../model/report-id';
import { SITE_DESCRIPTION, SITE_HEADLINE } from '../routes';
import { countOf } from '../model/count';
import { timelineStrip, type TimelineStrip } from './timeline-strip';

/** What a link preview's picture shows; app/components/og-image.tsx draws it, 1200 × 630. */
export interface OgCard {
  /** The small line above the title: what kind of page this is. */
  kicker: string;
  title: string;
  /** Lines under the title: span and counts, report and project. */
  details: string[];
  /** A project's or subject's periods on the years of the whole knowledge base. */
  strip?: TimelineStrip;
}

/** A project or subject: what a timeline card needs. */
export interface TimelineCardInput {
  /** "Project", "Subject". */
  kind: string;
  title: string;
  /** The report ids of its entries, oldest first: the strip's periods, the span and the count. */
  reports: readonly string[];
  /** The years the strip spans: the whole knowledge base's (`timelineAxis`), so that strips line up. */
  axis: { from: number; to: number };
}

const TITLE_MAX = 110;

/**
 * Characters the picture's font (Geist Regular, bundled with next/og) draws. For any other,
 * next/og would fetch a font from Google Fonts or an emoji from a CDN while rendering; the site
 * builds offline, so text is brought within them first (`fitToCardFont`).
 */
const DRAWN =
  /[\u0020-\u007E\u00A0-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u0400-\u045F\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u20AC\u2122\u2190-\u2193]/u;

/**
 * Text the card's font draws: accents it lacks are dropped from their letter ("ŏ" → "o"), any
 * other character it lacks is left out; spaces are collapsed, and text longer than `max` ends in "…".
 */
export function fitToCardFont(text: string, max = TITLE_MAX): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\s+/g, ' ')) {
    if (DRAWN.test(char)) out += char;
    else for (const part of char.normalize('NFD')) if (DRAWN.test(part)) out += part;
  }
  out = out.replace(/ {2,}/g, ' ').trim();
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}…` : out;
}

function yearOf(reportId: string): number {
  return Number((parseReportId(reportId)?.period.start ?? reportId).slice(0, 4));
}

/** A project or subject: its title, its span and number of entries, and the strip of its periods. */
export function timelineCard({ kind, title, reports, axis }: TimelineCardInput): OgCard {
  const first = reports[0];
  const last = reports[reports.length - 1];
  const span = first && last ? (yearOf(first) === yearOf(last) ? String(yearOf(first)) : `${yearOf(first)}–${yearOf(last)}`) : '';
  const periods = [...new Set(reports)].flatMap((id) => {
    const period = parseReportId(id)?.period;
    return period ? [period] : [];
  });
  return {
    kicker: kind,
    title: fitToCardFont(title),
    details: [[span, countOf(reports.length, 'entry', 'entries')].filter(Boolean).join(' · ')],
    strip: timelineStrip(periods, axis),
  };
}

/** An entry: its title, its report, and its project where it has one with other entries. */
export function entryCard(entry: { title: string; report: string }, project?: { title: string; entries: number }): OgCard {
  return {
    kicker: 'Status report entry',
    title: fitToCardFont(entry.title),
    details: [
      `FreeBSD status report, ${reportLabel(entry.report)}`,
      ...(project && project.entries > 1 ? [fitToCardFont(`Project: ${project.title} (${countOf(project.entries, 'entry', 'entries')})`, 90)] : []),
    ],
  };
}

/** A report: its period and number of entries. */
export function reportCard(report: { id: string }, entryCount: number): OgCard {
  return {
    kicker: 'Status report',
    title: reportLabel(report.id),
    details: [countOf(entryCount, 'entry', 'entries')],
  };
}

/** Every other page: the site itself, with what it holds. */
export function siteCard(holds: { reports: number; entries: number; projects: number }): OgCard {
  return {
    kicker: 'Knowledge base',
    title: SITE_HEADLINE,
    details: [SITE_DESCRIPTION, `${countOf(holds.reports, 'report', 'reports')} · ${countOf(holds.entries, 'entry', 'entries')} · ${countOf(holds.projects, 'project', 'projects')}`],
  };
}
