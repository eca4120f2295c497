import { ImageResponse } from 'next/og';
import { timelineCard, type OgCard, type TimelineCardInput } from '../../lib/site/og-card';
import { SITE_NAME } from '../../lib/routes';

/** What link previews expect (Open Graph's large picture). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
export const OG_IMAGE_TYPE = 'image/png';

// The site's light colours (globals.css): previews show on any background.
const BG = '#fdfdfc';
const FG = '#1d1f21';
const MUTED = '#5b6067';
const LINE = '#dedfe2';
const ACCENT = '#8a1c1c';
const PAD = 72;
const STRIP_WIDTH = OG_IMAGE_SIZE.width - 2 * PAD;

/** The strip of periods: a mark per period on the years of the whole knowledge base, every fifth year named. */
function Strip({ strip }: { strip: NonNullable<OgCard['strip']> }) {
  const every = strip.years.length > 16 ? 5 : strip.years.length > 8 ? 2 : 1;
  return (
    <div style={{ display: 'flex', position: 'relative', width: STRIP_WIDTH, height: 84 }}>
      <div style={{ position: 'absolute', left: 0, top: 24, width: STRIP_WIDTH, height: 2, background: LINE }} />
      {strip.marks.map((m, i) => (
        <div key={i} style={{ position: 'absolute', left: m.x * STRIP_WIDTH, top: 6, width: Math.max(m.width * STRIP_WIDTH, 5), height: 38, background: ACCENT, borderRadius: 3 }} />
      ))}
      {strip.years
        .filter((y, i) => i % every === 0 || i === strip.years.length - 1)
        .map((y) => (
          <div key={y.year} style={{ position: 'absolute', left: Math.min(y.x * STRIP_WIDTH, STRIP_WIDTH - 70), top: 52, fontSize: 24, color: MUTED }}>
            {String(y.year)}
          </div>
        ))}
    </div>
  );
}

/** A card as a picture: the site's name and the kind of page, the title, its details, and a strip where it has one. */
function Card({ card }: { card: OgCard }) {
  const long = card.title.length > 60;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: PAD, background: BG, color: FG, borderTop: `14px solid ${ACCENT}` }}>
      <div style={{ display: 'flex', fontSize: 28, color: MUTED }}>
        <span style={{ color: ACCENT }}>{SITE_NAME}</span>
        <span style={{ margin: '0 14px' }}>·</span>
        <span>{card.kicker}</span>
      </div>
      <div style={{ display: 'flex', marginTop: 28, fontSize: long ? 54 : 72, lineHeight: 1.15, letterSpacing: -1 }}>{card.title}</div>
      {card.details.map((line) => (
        <div key={line} style={{ display: 'flex', marginTop: 20, fontSize: 32, color: MUTED }}>
          {line}
        </div>
      ))}
      <div style={{ display: 'flex', flexGrow: 1 }} />
      {card.strip && <Strip strip={card.strip} />}
    </div>
  );
}

/**
 * `generateStaticParams` for the pictures of a kind with thousands of pages (projects, entries):
 * none at build time; each is drawn on its page's first preview, then kept in Next.js's cache.
 * Drawing them all (some 1,300 projects and 3,100 entries of the corpus) added minutes and 240 MB
 * to every build.
 */
export function drawOnDemand(): never[] {
  return [];
}

/**
 * Clients may keep a picture a day, and serve it a week longer while they fetch it again: it
 * changes only when the site is rebuilt on new reports.
 */
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

/** Draws a card (lib/site/og-card.ts) as a 1200 × 630 PNG. Its text must be within `fitToCardFont`. */
export function renderOgImage(card: OgCard): ImageResponse {
  return new ImageResponse(<Card card={card} />, { ...OG_IMAGE_SIZE, headers: { 'Cache-Control': CACHE_CONTROL } });
}

/**
 * The picture of a project or a subject: a title, its span and number of entries, and the strip
 * of its periods. An `opengraph-image.tsx` beside a page returns it.
 */
export function renderTimelineImage(input: TimelineCardInput): ImageResponse {
  return renderOgImage(timelineCard(input));
}
