import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOgImage, renderTimelineImage } from '../../app/components/og-image';
import { entryCard, fitToCardFont, reportCard, siteCard, timelineCard } from '../../lib/site/og-card';

describe('fitToCardFont', () => {
  it('keeps what the font draws, drops the accents it lacks and leaves out the rest', () => {
    expect(fitToCardFont('Søren Weiß — “Łódź” naïve ® €')).toBe('Søren Weiß — “Łódź” naïve ® €');
    expect(fitToCardFont('Ŏlaf ĭber')).toBe('Olaf iber');
    expect(fitToCardFont('Ports 日本語 port 😀 done')).toBe('Ports port done');
  });

  it('collapses white space and ends a long text in an ellipsis', () => {
    expect(fitToCardFont('  a \n\t b  ')).toBe('a b');
    const long = fitToCardFont('word '.repeat(40), 30);
    expect(long).toHaveLength(30);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('cards', () => {
  it('gives a project its span, its number of entries and a mark per period on the shared axis', () => {
    const card = timelineCard({ kind: 'Project', title: 'Widgets', reports: ['2012-01-2012-03', '2012-04-2012-06', '2014-01-2014-03'], axis: { from: 2010, to: 2019 } });
    expect(card).toMatchObject({ kicker: 'Project', title: 'Widgets', details: ['2012–2014 · 3 entries'] });
    expect(card.strip?.marks.map((m) => m.start)).toEqual(['2012-01', '2012-04', '2014-01']);
    expect(card.strip?.years.map((y) => y.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(timelineCard({ kind: 'Subject', title: 'Gadgets', reports: ['2012-01-2012-03'], axis: { from: 2010, to: 2019 } }).details).toEqual(['2012 · 1 entry']);
  });

  it("gives an entry its report and, where it has company, its project; a report its period and entries", () => {
    expect(entryCard({ title: 'Widgets', report: '2014-01-2014-03' }, { title: 'Widget work', entries: 4 }).details).toEqual([
      'FreeBSD status report, 2014 Q1 (January–March)',
      'Project: Widget work (4 entries)',
    ]);
    expect(entryCard({ title: 'Widgets', report: '2014-01-2014-03' }, { title: 'Widgets', entries: 1 }).details).toHaveLength(1);
    expect(reportCard({ id: '2001-06' }, 1)).toEqual({ kicker: 'Status report', title: 'June 2001', details: ['1 entry'] });
    expect(siteCard({ reports: 102, entries: 3126, projects: 1 }).details[1]).toBe('102 reports · 3,126 entries · 1 project');
  });
});

/** PNG width and height from the IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('drawing the cards', () => {
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;
  /** next/og loads its WebAssembly from data: URLs; anything else would be a font or emoji from the network. */
  function watchFetches(): void {
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      fetched.push(url);
      return Promise.reject(new Error(`no network in tests: ${url}`));
    });
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    fetched.length = 0;
  });

  it('draws every character the font is said to draw, 1200 × 630, without fetching anything', async () => {
    watchFetches();
    let drawn = '';
    for (let code = 0x20; code < 0x2200; code++) {
      const char = String.fromCodePoint(code);
      if (fitToCardFont(`a${char}a`) === `a${char}a`) drawn += char;
    }
    expect(drawn.length).toBeGreaterThan(400);
    const png = Buffer.from(await renderOgImage({ kicker: 'All', title: drawn.slice(0, 200), details: [drawn.slice(200, 400), drawn.slice(400)] }).arrayBuffer());
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(fetched).toEqual([]);
  });

  it('draws each kind of card small, without fetching anything', async () => {
    watchFetches();
    const cards = [
      renderOgImage(siteCard({ reports: 102, entries: 3126, projects: 1344 })),
      renderOgImage(entryCard({ title: 'Widgets for 日本 😀 and Ŏlaf', report: '2014-01-2014-03' }, { title: 'Widget work', entries: 4 })),
      renderOgImage(reportCard({ id: '2014-01-2014-03' }, 40)),
      renderTimelineImage({ kind: 'Project', title: 'Widgets', reports: ['2012-01-2012-03', '2014-01-2014-03'], axis: { from: 2001, to: 2026 } }),
    ];
    for (const card of cards) {
      const png = Buffer.from(await card.arrayBuffer());
      expect(pngSize(png)).toEqual([1200, 630]);
      expect(png.length).toBeLessThan(100_000);
    }
    expect(fetched).toEqual([]);
  });

  it('would fetch a font for text the font lacks: what fitToCardFont keeps out', async () => {
    watchFetches();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderOgImage({ kicker: 'x', title: '日本', details: [] }).arrayBuffer();
    logged.mockRestore();
    expect(fetched.some((url) => url.startsWith('https://fonts.googleapis.com/'))).toBe(true);
  });
});
