import { describe, expect, it } from 'vitest';
import { laneRows, lanesCaption, lanesName, RELEASES, releaseLinesPath, svgUnits, timelineStrip } from '../../lib/site/timeline-strip';

describe('timelineStrip', () => {
  const strip = timelineStrip(
    [
      { start: '2010-01', end: '2010-03', href: '/a', label: 'Q1 2010' },
      { start: '2011-07', end: '2011-12', href: '/b', label: 'H2 2011' },
    ],
    { from: 2010, to: 2011 },
    [
      { version: '8.0', date: '2009-11-26' },
      { version: '8.2', date: '2011-02-24' },
    ],
  );

  it('places periods as fractions of the years on the axis', () => {
    expect(strip.marks.map((m) => [m.x, m.width])).toEqual([
      [0, 3 / 24],
      [18 / 24, 6 / 24],
    ]);
    expect(strip.years).toEqual([
      { year: 2010, x: 0 },
      { year: 2011, x: 0.5 },
    ]);
  });

  it('marks only the releases within the axis, where they happened', () => {
    expect(strip.releases).toEqual([{ version: '8.2', x: 13 / 24 }]);
  });

  it('records every major release since 4.0 in order', () => {
    expect(RELEASES.map((r) => r.version).slice(0, 2)).toEqual(['4.0', '5.0']);
    expect([...RELEASES].sort((a, b) => (a.date < b.date ? -1 : 1))).toEqual(RELEASES);
  });
});

describe('laneRows', () => {
  /** Every pair of dots in one row at least `gap` apart. */
  function apart(xs: readonly number[], rows: readonly number[], gap: number): boolean {
    return xs.every((x, i) => xs.every((y, j) => i === j || rows[i] !== rows[j] || Math.abs(x - y) >= gap));
  }

  it('keeps dots far enough apart on one row', () => {
    expect(laneRows([10, 40, 100], 12)).toEqual({ rows: [0, 0, 0], count: 1 });
  });

  it('puts quarterly dots closer than a dot is wide on two rows, in turn', () => {
    // Four reports a year on a 26-year axis 720 wide: about 7 apart, dots 12 wide.
    const xs = Array.from({ length: 8 }, (_, i) => 300 + i * 6.9);
    const { rows, count } = laneRows(xs, 12);
    expect(rows).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(count).toBe(2);
    expect(apart(xs, rows, 12)).toBe(true);
  });

  it('gives dots at one place a row each, and takes the dots in any order', () => {
    const xs = [50, 20, 50, 50];
    const { rows, count } = laneRows(xs, 12);
    expect(count).toBe(3);
    expect(rows[1]).toBe(0);
    expect(new Set([rows[0], rows[2], rows[3]])).toEqual(new Set([0, 1, 2]));
    expect(apart(xs, rows, 12)).toBe(true);
  });

  it('packs monthly dots into as few rows as their spacing needs', () => {
    const xs = Array.from({ length: 24 }, (_, i) => i * 2.3);
    const { rows, count } = laneRows(xs, 12);
    expect(count).toBe(Math.ceil(12 / 2.3));
    expect(apart(xs, rows, 12)).toBe(true);
  });

  it('needs one row for an empty lane', () => {
    expect(laneRows([], 12)).toEqual({ rows: [], count: 1 });
  });
});

describe('releaseLinesPath', () => {
  it('draws a vertical line per release, its x to a hundredth', () => {
    expect(releaseLinesPath([{ x: 1 / 13 }, { x: 0.5 }], 720, 0, 14)).toBe('M55.38 0V14M360 0V14');
    expect(releaseLinesPath([], 720, 0, 14)).toBe('');
  });

  it('rounds to a hundredth, no more', () => {
    expect([svgUnits(68.07692307692308), svgUnits(2), svgUnits(0.005)]).toEqual([68.08, 2, 0.01]);
  });
});

describe('lanesName', () => {
  it('says what the lanes show and the years their entries start in, first to last', () => {
    const periods = [
      { start: '2016-10', end: '2016-12' },
      { start: '2009-12', end: '2010-01' },
      { start: '2021-04', end: '2021-06' },
    ];
    expect(lanesName('gizmofs', periods)).toBe('Entries on gizmofs by project and year, 2009–2021');
  });

  it('says one year once, and no years without entries', () => {
    expect(lanesName('gizmofs', [{ start: '2016-10', end: '2016-12' }])).toBe('Entries on gizmofs by project and year, 2016');
    expect(lanesName('gizmofs', [])).toBe('Entries on gizmofs by project and year');
  });
});

describe('lanesCaption', () => {
  it('names the figure by what it shows, the subject first, then how to read it', () => {
    const caption = lanesCaption('gizmofs');
    expect(caption).toMatch(/^Projects that reported on gizmofs, a lane each/);
    expect(caption).toContain('each dot is an entry');
    // Not the lanes' own name: a screen reader would say the same words twice, figure then group.
    expect(caption).not.toContain(lanesName('gizmofs', []));
  });
});
