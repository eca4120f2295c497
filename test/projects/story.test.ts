import { describe, expect, it } from 'vitest';
import { entryStory, quietSinceLastReport } from '../../lib/projects/story';
import type { Project } from '../../lib/model';
import { makeEntry } from './make-entry';

const Q = ['2020-01-2020-03', '2020-04-2020-06', '2020-05-devsummit', '2020-07-2020-09', '2020-10-2020-12'] as const;
const reports = Q.map((id) => ({ id }));
const project = (slug: string, quarters: readonly string[]): Project => ({
  slug,
  title: slug,
  titles: [slug],
  entries: quarters.map((q) => makeEntry(q, slug, { title: slug })),
  related: [],
});
const widget = project('widget', [Q[0], Q[1], Q[4]]);
const gadget = project('gadget', [Q[1], Q[3]]);
const summit = project('summit-talk', [Q[2]]);

describe('entryStory', () => {
  it('tells a first report, a continuing one and one back after a gap, summits aside', () => {
    expect(entryStory(widget, `${Q[0]}/widget`, reports)).toEqual({ kind: 'first' });
    expect(entryStory(widget, `${Q[1]}/widget`, reports)).toEqual({ kind: 'continuing', previous: `${Q[0]}/widget` });
    expect(entryStory(widget, `${Q[4]}/widget`, reports)).toEqual({ kind: 'back', skipped: 1, previous: `${Q[1]}/widget` });
    expect(entryStory(gadget, `${Q[3]}/gadget`, reports)).toEqual({ kind: 'continuing', previous: `${Q[1]}/gadget` });
  });
});

describe('quietSinceLastReport', () => {
  const index = { projects: [widget, gadget, summit] };
  it('lists the projects of the previous regular report that this one lacks', () => {
    expect(quietSinceLastReport(Q[3], reports, index).map((q) => q.project.slug)).toEqual(['widget']);
    expect(quietSinceLastReport(Q[4], reports, index).map((q) => q.project.slug)).toEqual(['gadget']);
  });

  it("gives each its entry in the previous report", () => {
    expect(quietSinceLastReport(Q[4], reports, index).map((q) => q.last.id)).toEqual([`${Q[3]}/gadget`]);
  });

  it('tells a project that came back later from one that stopped', () => {
    expect(quietSinceLastReport(Q[3], reports, index).map((q) => q.backIn)).toEqual([Q[4]]);
    expect(quietSinceLastReport(Q[4], reports, index).map((q) => q.backIn)).toEqual([undefined]);
  });

  it('has nothing to say for the first report or a special edition', () => {
    expect(quietSinceLastReport(Q[0], reports, index)).toEqual([]);
    expect(quietSinceLastReport(Q[2], reports, index)).toEqual([]);
  });
});
