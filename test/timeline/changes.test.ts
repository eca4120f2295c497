import { describe, expect, it } from 'vitest';
import { changesSince } from '../../lib/timeline';
import { fixtureEntry } from '../search/fixture-kb';

describe('changesSince', () => {
  it("takes a sponsor or a task written with another format's typography for the same one", () => {
    // The XML years print straight quotes and "--"; AsciiDoc prints ’ and —.
    const before = fixtureEntry('2020-07-2020-09/gizmo', { sponsors: ["Ann's Gizmo Fund -- Europe"], tasks: ['Port the "fast" path...'] });
    const after = fixtureEntry('2021-01-2021-03/gizmo', { sponsors: ['Ann’s Gizmo Fund — Europe', 'Bo’s Trust'], tasks: ['Port the “fast” path…'] });
    const changes = changesSince(before, [], after, []);
    expect(changes.newSponsors).toEqual(['Bo’s Trust']);
    expect(changes.tasks).toEqual({ recurring: ['Port the “fast” path…'], added: [], disappeared: [] });
  });

  it('takes a sponsor named with and without its "the" for the same one', () => {
    const before = fixtureEntry('2020-07-2020-09/gizmo', { sponsors: ['The Gizmo Fund'] });
    const after = fixtureEntry('2020-10-2020-12/gizmo', { sponsors: ['Gizmo Fund'] });
    expect(changesSince(before, [], after, []).newSponsors).toEqual([]);
  });
});
