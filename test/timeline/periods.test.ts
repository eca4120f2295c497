import { describe, expect, it } from 'vitest';
import { periodGaps } from '../../lib/timeline';

// Quarters of two invented years with summits held in them: one in a quarter's middle month
// (it sorts after that quarter) and one in a quarter's first month (it sorts before it).
const ids = ['2030-10-2030-12', '2031-01-devsummit', '2031-01-2031-03', '2031-04-2031-06', '2031-05-devsummit', '2031-07-2031-09', '2031-09-devsummit', '2031-10-2031-12'];
const gap = periodGaps(ids.map((id) => ({ id })));

describe('periodGaps', () => {
  it('counts the regular periods strictly between two regular reports', () => {
    expect(gap('2030-10-2030-12', '2031-01-2031-03')).toBe(0);
    expect(gap('2030-10-2030-12', '2031-10-2031-12')).toBe(3);
  });

  it('does not count the period a summit was held in as missed by an entry of that summit', () => {
    // The April–June report came out after the May summit: only January–March went by without an entry.
    expect(gap('2030-10-2030-12', '2031-05-devsummit')).toBe(1);
    expect(gap('2031-01-2031-03', '2031-05-devsummit')).toBe(0);
  });

  it('runs from one summit to the next without a missed period when none came out between them', () => {
    expect(gap('2031-05-devsummit', '2031-09-devsummit')).toBe(0);
    expect(gap('2031-05-devsummit', '2031-07-2031-09')).toBe(0);
    expect(gap('2031-05-devsummit', '2031-10-2031-12')).toBe(1);
  });

  it('places a summit in the quarter it was held in even when it sorts before that quarter', () => {
    expect(gap('2031-01-devsummit', '2031-04-2031-06')).toBe(0);
    expect(gap('2030-10-2030-12', '2031-01-devsummit')).toBe(0);
  });

  it('is zero for a report it does not know', () => {
    expect(gap('2029-01-2029-03', '2031-10-2031-12')).toBe(0);
  });
});
