import { describe, expect, it } from 'vitest';
import { asksWho, peopleOfResults, withPeopleAnswer } from '../../lib/search/people-answer';
import type { SearchResponse, SearchResult } from '../../lib/search/types';
import type { Person } from '../../lib/model';
import { peopleAnswerText } from '../../lib/site/search-view';

const someone = (slug: string, name: string, kind: Person['kind'] = 'person'): Person => ({ slug, name, names: [name], kind, emails: [], entryIds: [], projects: [] });
const ada = someone('ada-quill', 'Ada Quill');
const bo = someone('bo-lantern', 'Bo Lantern');
const cy = someone('cy-marrow', 'Cy Marrow');
const widgets = someone('widget-team', 'Widget Team', 'team');
const gearList = someone('gear-list', 'Gear mailing list', 'list');

/** Entry id → its contacts; each entry's report is the one its id starts with. */
const byEntryId = new Map<string, Person[]>([
  ['2006-01-2006-03/gear', [ada, gearList]],
  ['2007-01-2007-03/gear', [ada, widgets, gearList]],
  ['2008-01-2008-03/gear', [ada, gearList]],
  ['2023-01-2023-03/cog', [bo, widgets]],
  ['2024-01-2024-03/cog', [bo]],
  ['2024-04-2024-06/cog', [bo]],
  ['2025-01-2025-03/lever', [cy]],
]);
const results = (...ids: string[]) => ids.map((id) => ({ id, report: id.split('/')[0]! }));

describe('the people a question asking who is answered with', () => {
  it('are asked for by who, whom or whose, anywhere in the query, and by nothing else', () => {
    for (const text of ['who works on quuxfs', 'Who is behind the gear driver?', 'whom do I ask about cogs', "whose work is the lever port", 'gear driver: who']) expect(asksWho(text), text).toBe(true);
    for (const text of ['gear driver', 'what happened to cogs', 'whole disk encryption', 'whois(1)', 'people working on cogs']) expect(asksWho(text), text).toBe(false);
    // Nothing asked about.
    for (const text of ['who', 'WHO?', 'who is working on it', 'who are you']) expect(asksWho(text), text).toBe(false);
    // A quoted "who" is a word looked for, not a question; outside the quotes it still asks.
    for (const text of ['"who" gear driver', 'cogs "who is who"', '“who” gear driver', '„who is who“ cogs', 'gear driver -who', 'who -cogs']) expect(asksWho(text), text).toBe(false);
    expect(asksWho('who wrote "the gear driver"')).toBe(true);
  });

  it('are the contacts on two or more of the first ten results, most results first, the more recent first when as many, with the years of those results', () => {
    const answer = peopleOfResults(results('2006-01-2006-03/gear', '2023-01-2023-03/cog', '2007-01-2007-03/gear', '2024-01-2024-03/cog', '2008-01-2008-03/gear', '2024-04-2024-06/cog', '2025-01-2025-03/lever'), { byEntryId });
    expect(answer).toEqual({
      firstResults: 7,
      people: [
        { slug: 'bo-lantern', name: 'Bo Lantern', kind: 'person', url: '/people/bo-lantern', results: 3, span: { first: 2023, last: 2024 } },
        { slug: 'ada-quill', name: 'Ada Quill', kind: 'person', url: '/people/ada-quill', results: 3, span: { first: 2006, last: 2008 } },
        { slug: 'widget-team', name: 'Widget Team', kind: 'team', url: '/people/widget-team', results: 2, span: { first: 2007, last: 2023 } },
      ],
    });
    // Cy signs one result: one signature is not yet an answer. A list is where to ask, not who.
    expect(answer?.people.map((p) => p.slug)).not.toContain('cy-marrow');
    expect(answer?.people.map((p) => p.slug)).not.toContain('gear-list');
  });

  it('look only at the first ten results, and are none where no one signs two of them', () => {
    const filler = Array.from({ length: 10 }, (_, i) => ({ id: `2010-01-2010-03/filler-${i}`, report: '2010-01-2010-03' }));
    expect(peopleOfResults([...filler, ...results('2006-01-2006-03/gear', '2007-01-2007-03/gear')], { byEntryId })).toBeUndefined();
    expect(peopleOfResults(results('2006-01-2006-03/gear', '2025-01-2025-03/lever'), { byEntryId })).toBeUndefined();
  });

  it('are given on the first page of a question asking who only, and said in a line with their pages', () => {
    const response: SearchResponse = {
      query: '', total: 3, tookMs: 0, facets: { years: {}, categories: {} },
      results: results('2023-01-2023-03/cog', '2024-01-2024-03/cog', '2024-04-2024-06/cog').map((r): SearchResult => ({ ...r, slug: '', title: '', category: '', project: null, projectTitle: null, url: '', snippet: '', score: 0 })),
    };
    const asked = withPeopleAnswer(response, { text: 'who works on cogs', limit: 10, offset: 0 }, { byEntryId });
    expect(asked.people?.people.map((p) => p.slug)).toEqual(['bo-lantern']);
    expect(peopleAnswerText(asked.people!)).toBe('Who (contacts of the first 3 results): Bo Lantern (3 results, 2023–2024) /people/bo-lantern');
    expect(withPeopleAnswer(response, { text: 'cogs', limit: 10, offset: 0 }, { byEntryId }).people).toBeUndefined();
    expect(withPeopleAnswer(response, { text: 'who works on cogs', limit: 10, offset: 10 }, { byEntryId }).people).toBeUndefined();
  });
});
