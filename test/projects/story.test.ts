import { describe, expect, it } from 'vitest';
import { entryStory, quietSinceLastReport, quietSummary, storyLabel } from '../../lib/projects/story';
import type { Project } from '../../lib/model';
import { makeEntry } from './make-entry';

const Q = ['2020-01-2020-03', '2020-04-2020-06', '2020-05-devsummit', '2020-07-2020-09', '2020-10-2020-12', '2020-11-devsummit', '2021-01-2021-03'] as const;
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
// A summit working group that reports at each summit only, and a project that reported in Q1 and then at the May summit.
const workingGroup = project('working-group', [Q[2], Q[5]]);
const loader = project('loader', [Q[0], Q[2]]);
// Reported once, in the July–September report: a one-off, as most first reports are.
const flyer = project('flyer', [Q[3]]);

describe('entryStory', () => {
  it('tells a first report, a continuing one and one back after a gap, summits aside', () => {
    expect(entryStory(widget, `${Q[0]}/widget`, reports)).toEqual({ kind: 'first' });
    expect(entryStory(widget, `${Q[1]}/widget`, reports)).toEqual({ kind: 'continuing', previous: `${Q[0]}/widget` });
    expect(entryStory(widget, `${Q[4]}/widget`, reports)).toEqual({ kind: 'back', skipped: 1, previous: `${Q[1]}/widget` });
    expect(entryStory(gadget, `${Q[3]}/gadget`, reports)).toEqual({ kind: 'continuing', previous: `${Q[1]}/gadget` });
  });

  it('counts no period missed by a summit entry: the report of the period it was held in came out after it', () => {
    expect(entryStory(loader, `${Q[2]}/loader`, reports)).toEqual({ kind: 'continuing', previous: `${Q[0]}/loader` });
    expect(entryStory(workingGroup, `${Q[5]}/working-group`, reports)).toEqual({ kind: 'back', skipped: 1, previous: `${Q[2]}/working-group` });
  });

  it('names the report an entry continues from where a summit is at either end, as "the previous report" would name another', () => {
    const talk = project('talk', [Q[2], Q[3]]);
    const story = entryStory(talk, `${Q[3]}/talk`, reports);
    expect(story).toEqual({ kind: 'continuing', previous: `${Q[2]}/talk` });
    expect(storyLabel(story, `${Q[3]}/talk`)).toBe('Continues from the May 2020 Developer Summit');
    expect(storyLabel(entryStory(widget, `${Q[1]}/widget`, reports), `${Q[1]}/widget`)).toBe('Continues from the previous report');
    // A summit entry after a quarterly one: on the summit's page the previous report is another quarter's.
    expect(storyLabel(entryStory(loader, `${Q[2]}/loader`, reports), `${Q[2]}/loader`)).toBe('Continues from 2020 Q1 (January–March)');
  });
});

describe('quietSinceLastReport', () => {
  const index = { projects: [widget, gadget, summit, flyer] };
  const quiet = (id: string) => quietSinceLastReport(id, reports, index)?.quiet;
  it('lists the projects of the previous regular report that this one lacks', () => {
    expect(quiet(Q[3])!.map((q) => q.project.slug)).toEqual(['widget']);
    expect(quiet(Q[4])!.map((q) => q.project.slug)).toEqual(['gadget']);
  });

  it("gives each its entry in the previous report", () => {
    expect(quiet(Q[4])!.map((q) => q.last.id)).toEqual([`${Q[3]}/gadget`]);
  });

  it('tells a project that came back later from one that stopped', () => {
    expect(quiet(Q[3])!.map((q) => q.backIn)).toEqual([Q[4]]);
    expect(quiet(Q[4])!.map((q) => q.backIn)).toEqual([undefined]);
  });

  it('has nothing to say for the first report or a special edition', () => {
    expect(quietSinceLastReport(Q[0], reports, index)).toBeUndefined();
    expect(quietSinceLastReport(Q[2], reports, index)).toBeUndefined();
  });

  it('counts, and does not list, the projects whose first report was the previous one', () => {
    const since = quietSinceLastReport(Q[4], reports, index)!;
    expect(since.quiet.map((q) => q.project.slug)).toEqual(['gadget']);
    expect(since.firstTimers).toBe(1);
    expect(quietSummary(since)).toBe(
      '2 projects that reported in 2020 Q3 (July–September) did not report here. Listed: the one that had reported before it too; not listed: the one whose first report was in 2020 Q3 (July–September).',
    );
  });

  it('names the regular report it was made against, past a summit, even when it lists nothing', () => {
    const since = quietSinceLastReport(Q[6], reports, { projects: [flyer, project('late', [Q[4]])] })!;
    expect(since).toEqual({ previous: Q[4], quiet: [], firstTimers: 1 });
    expect(quietSummary(since)).toBe('1 project that reported in 2020 Q4 (October–December) did not report here; not listed, as it first reported there.');
  });
});
