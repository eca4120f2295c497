import { describe, expect, it } from 'vitest';
import { RELEASES, timelineStrip } from '../../lib/site/timeline-strip';

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
