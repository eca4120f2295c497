import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorrections, threadOptionsOf, threadProjects } from '../../lib/projects';
import type { Entry } from '../../lib/model';
import { fixtureKb } from '../search/fixture-kb';
import { frobCorpus as corpus, Q } from './frob-corpus';

const pinned = (pins: Record<string, string>): Entry[] => corpus().map((e) => (pins[e.id] ? { ...e, project: pins[e.id] } : e));

describe('front-matter pins', () => {
  it('reports a pin to a slug a misspelling away from a project, and still makes the project', () => {
    const index = threadProjects(pinned({ [`${Q[4]}/wireless`]: 'frob-10g-drvier' }));
    expect(index.problems).toEqual([
      { file: `${Q[4]}/wireless.md`, message: 'pin to "frob-10g-drvier", which is no project: it makes one (did you mean "frob-10g-driver"?)' },
    ]);
    expect(index.bySlug.get('frob-10g-drvier')?.entries.map((e) => e.id)).toEqual([`${Q[4]}/wireless`]);
    // Not a new slug far from every project, nor one the same projects.yml makes.
    expect(threadProjects(pinned({ [`${Q[4]}/wireless`]: 'radio-work' })).problems).toEqual([]);
    const split = parseCorrections(`split:\n  - { slug: frob-10g-drivers, entries: [${Q[2]}/frob-4-updates] }\n`, 'projects.yml');
    expect(threadProjects(pinned({ [`${Q[4]}/wireless`]: 'frob-10g-drivers' }), { corrections: split }).problems).toEqual([]);
  });

  it('names the file and line the content folder gives for the pin', () => {
    const index = threadProjects(pinned({ [`${Q[4]}/wireless`]: 'frob-10g-drvier' }), { pinPlaces: { [`${Q[4]}/wireless`]: { file: '/content/x/wireless.md', line: 7 } } });
    expect(index.problems.map((p) => [p.file, p.line])).toEqual([['/content/x/wireless.md', 7]]);
  });

  it('reports an entry pinned beside another entry of its report, unless projects.yml places them', () => {
    const entries = pinned({ [`${Q[0]}/wireless`]: 'frob-10g-driver', [`${Q[0]}/filler-0`]: 'frob-10g-driver' });
    const index = threadProjects(entries);
    expect(index.problems.map((p) => [p.file, p.message])).toEqual([
      [
        `${Q[0]}/filler-0.md`,
        `pin to "frob-10g-driver" puts this entry in project "frob-10g-driver" with "${Q[0]}/frob-driver" and "${Q[0]}/wireless" of the same report: a project follows one effort from report to report (pin one of them elsewhere, or place them with projects.yml)`,
      ],
      [
        `${Q[0]}/wireless.md`,
        `pin to "frob-10g-driver" puts this entry in project "frob-10g-driver" with "${Q[0]}/filler-0" and "${Q[0]}/frob-driver" of the same report: a project follows one effort from report to report (pin one of them elsewhere, or place them with projects.yml)`,
      ],
    ]);
    // The pins still apply.
    expect(index.bySlug.get('frob-10g-driver')?.entries).toHaveLength(5);
    // projects.yml taking the other entries out, or placing the pinned one itself, answers it.
    const apart = parseCorrections(`split:\n  - { slug: frob-early, entries: [${Q[0]}/frob-driver] }\npin:\n  ${Q[0]}/filler-0: frob-10g-driver\n`, 'projects.yml');
    expect(threadProjects(entries, { corrections: apart }).problems).toEqual([]);
  });
});

describe('threadOptionsOf', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-pins-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the file and line of each front-matter pin of the content folder', () => {
    mkdirSync(path.join(dir, Q[4]));
    writeFileSync(path.join(dir, Q[4], 'wireless.md'), '---\ntitle: Wireless Networking\nreport: 2011-01-2011-03\nproject: frob-10g-drvier\ncategory: kernel\n---\n\nText.\n');
    const kb = { ...fixtureKb(pinned({ [`${Q[4]}/wireless`]: 'frob-10g-drvier' })), dir };
    const options = threadOptionsOf(kb);
    expect(options.pinPlaces).toEqual({ [`${Q[4]}/wireless`]: { file: path.join(dir, Q[4], 'wireless.md'), line: 4 } });
    expect(threadProjects(kb.entries, options).problems.map((p) => [p.file, p.line])).toEqual([[path.join(dir, Q[4], 'wireless.md'), 4]]);
    // A folder without pins gives none: what the cache's fingerprint hashes stays as it was.
    expect(threadOptionsOf({ ...fixtureKb(corpus()), dir })).not.toHaveProperty('pinPlaces');
  });
});
