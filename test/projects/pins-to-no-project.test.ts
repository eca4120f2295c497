import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeEntry } from '../../lib/content/serialize';
import type { Entry } from '../../lib/model';
import { projectsOf } from '../../lib/projects';
import { frobCorpus, Q } from './frob-corpus';
import { fixtureKb } from '../search/fixture-kb';
import { tempDir } from '../temp-dir';

/** The frob corpus as an import wrote it (XML sources), with these pins, as files of a content folder. */
function folder(pins: Record<string, string>, options: { editors?: boolean; projectsYml?: string } = {}) {
  const dir = tempDir('kb-pin-check-');
  const entries: Entry[] = frobCorpus().map((e) => ({
    ...e,
    ...(options.editors ? {} : { source: { format: 'xml' as const, file: `report-${e.report}.xml`, line: 1 } }),
    ...(pins[e.id] ? { project: pins[e.id] } : {}),
  }));
  for (const e of entries) {
    mkdirSync(path.join(dir, e.report), { recursive: true });
    writeFileSync(path.join(dir, e.report, `${e.slug}.md`), serializeEntry(e));
  }
  if (options.projectsYml) writeFileSync(path.join(dir, 'projects.yml'), options.projectsYml);
  const kb = { ...fixtureKb(entries), dir };
  return { dir, problems: () => projectsOf(kb).problems.filter((p) => p.message.startsWith('pin to ')) };
}

const message = (slug: string): string =>
  `pin to "${slug}", which no project has: it makes /projects/${slug} a project of the entries pinned to it, out of the projects the threading gives them, ` +
  'and kb import publishes the slug for good; pin a project that exists, or make this one with split: in projects.yml';

describe('a front-matter pin to a slug no project has', () => {
  it('is a problem at the line of the pin, saying what becomes of the entry', () => {
    const { dir, problems } = folder({ [`${Q[4]}/wireless`]: 'radio-work' });
    const file = path.join(dir, Q[4], 'wireless.md');
    const line = readFileSync(file, 'utf8').split('\n').indexOf('project: radio-work') + 1;
    expect(line).toBeGreaterThan(1);
    expect(problems()).toEqual([{ file, line, message: message('radio-work') }]);
  });

  it('is said at each entry pinned to it', () => {
    const { problems } = folder({ [`${Q[4]}/wireless`]: 'radio-work', [`${Q[0]}/wireless`]: 'radio-work' });
    expect(problems().map((p) => p.message)).toEqual([message('radio-work'), message('radio-work')]);
  });

  it('is none for a pin to a project that exists, one projects.yml makes, or the projects of editors\' own entries', () => {
    expect(folder({ [`${Q[4]}/wireless`]: 'frob-10g-driver' }).problems()).toEqual([]);
    // Pinned to the slug the threading gives it anyway, alone or as a whole thread: a project that exists.
    const own = projectsOf({ ...fixtureKb(frobCorpus()), dir: '' });
    const lone = own.projects.find((p) => p.entries.length === 1)!;
    expect(folder({ [lone.entries[0]!.id]: lone.slug }).problems()).toEqual([]);
    const thread = own.projects.find((p) => p.entries.length > 2)!;
    expect(folder(Object.fromEntries(thread.entries.map((e) => [e.id, thread.slug]))).problems()).toEqual([]);
    const split = `split:\n  - { slug: frob-4, entries: ["${Q[2]}/frob-4-updates"] }\n`;
    expect(folder({ [`${Q[4]}/wireless`]: 'frob-4' }, { projectsYml: split }).problems()).toEqual([]);
    expect(folder({ [`${Q[4]}/wireless`]: 'radio-work', [`${Q[0]}/wireless`]: 'radio-work' }, { editors: true }).problems()).toEqual([]);
  });

  it('is said once where the threading already says it (a slug a misspelling from a project\'s)', () => {
    expect(folder({ [`${Q[4]}/wireless`]: 'frob-10g-drvier' }).problems().map((p) => p.message)).toEqual([
      'pin to "frob-10g-drvier", which is no project: it makes one (did you mean "frob-10g-driver"?)',
    ]);
  });
});
