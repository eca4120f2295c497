import { describe, expect, it } from 'vitest';
import { identifyPeople } from '../../lib/projects/people';
import { makeEntry } from './make-entry';

const R = ['2010-01-2010-03', '2010-04-2010-06', '2010-07-2010-09', '2010-10-2010-12'] as const;

/** The people of each entry, in entry order. */
function peopleOf(contacts: { name: string; email?: string }[][]) {
  return identifyPeople(contacts.map((c, i) => makeEntry(R[i % R.length]!, `e${i}`, { contacts: c })));
}

describe('identifyPeople', () => {
  it('knows one person under a new address, by first and last name', () => {
    const [a, b, c] = peopleOf([
      [{ name: 'Ada Quill Example', email: 'ada@old.example' }],
      [{ name: 'Ada Example', email: 'ada@new.example' }],
      [{ name: 'Ada Example' }],
    ]);
    expect(a?.people).toHaveLength(1);
    expect(b?.people).toEqual(a?.people);
    expect(c?.people).toEqual(a?.people);
  });

  it('tells apart two people with different names', () => {
    const [a, b] = peopleOf([[{ name: 'Ada Example', email: 'ada@example.org' }], [{ name: 'Bob Example', email: 'bob@example.org' }]]);
    expect(a?.people).not.toEqual(b?.people);
  });

  it('takes an address given under a team name as a role, and keeps its writer a person of their own', () => {
    const [team, signed, own] = peopleOf([
      [{ name: 'Widget Maintenance Team', email: 'widgets@example.org' }],
      [{ name: 'Ada Example', email: 'widgets@example.org' }],
      [{ name: 'Ada Example', email: 'ada@example.org' }],
    ]);
    expect(team).toEqual({ people: [], roles: ['widgets@example.org'] });
    expect(signed).toEqual({ people: [], roles: ['widgets@example.org'] });
    expect(own?.roles).toEqual([]);
    expect(own?.people).toHaveLength(1);
  });

  it('takes an address answered by three different people as a role', () => {
    const entries = peopleOf([
      [{ name: 'Ada Example', email: 'clerk@example.org' }],
      [{ name: 'Bob Example', email: 'clerk@example.org' }],
      [{ name: 'Cy Example', email: 'clerk@example.org' }],
    ]);
    for (const e of entries) expect(e.roles).toEqual(['clerk@example.org']);
  });

  it('counts an office named by its own address, but not a person so named, as a role', () => {
    const [office, person] = peopleOf([[{ name: 'Gatekeeper', email: 'gatekeeper@example.org' }], [{ name: 'ada@example.org', email: 'ada@example.org' }]]);
    expect(office?.roles).toEqual(['gatekeeper@example.org']);
    expect(person?.roles).toEqual([]);
  });

  it('takes a handle someone also signs with their full name for that person, not an office', () => {
    const [handle, full] = peopleOf([[{ name: 'quillada', email: 'quillada@example.org' }], [{ name: 'Ada Quill', email: 'quillada@example.org' }]]);
    expect(handle?.roles).toEqual([]);
    expect(handle?.people).toHaveLength(1);
    expect(full?.people).toEqual(handle?.people);
  });

  it("takes a team's list at the project's domain, named after the project and the team, for the team's own address", () => {
    const [own, list, other] = peopleOf([
      [{ name: 'Gizmo Team', email: 'gizmo@example.org' }],
      [{ name: 'Gizmo Team', email: 'example-gizmo@example.org' }],
      [{ name: 'Widget Team', email: 'example-widget@example.org' }],
    ]);
    expect(own?.roles).toEqual(['gizmo@example.org']);
    expect(list?.roles).toEqual(['gizmo@example.org']);
    // No team signs as widget@: the list address stays its own.
    expect(other?.roles).toEqual(['example-widget@example.org']);
  });

  it('leaves out a mailing list though one entry calls its address a team', () => {
    const [list, team] = peopleOf([[{ name: 'Widget Mailing List', email: 'widget-talk@example.org' }], [{ name: 'Widget Team', email: 'widget-talk@example.org' }]]);
    expect(list).toEqual({ people: [], roles: [] });
    expect(team).toEqual({ people: [], roles: [] });
  });

  it('leaves mailing lists out: several efforts report to one list', () => {
    const [list] = peopleOf([[{ name: 'Widget Mailing List', email: 'widget-talk@example.org' }, { name: 'Ada Example', email: 'ada@example.org' }]]);
    expect(list?.roles).toEqual([]);
    expect(list?.people).toHaveLength(1);
  });

  it('reads a spelled-out address and completes a cut-short one to the only address it can be', () => {
    const [spelled, cut, whole] = peopleOf([
      [{ name: 'Widget Team', email: 'widgets_at_example_dot_org' }],
      [{ name: 'Widget Team', email: 'widgets@' }],
      [{ name: 'Widget Team', email: 'widgets@example.org' }],
    ]);
    expect(spelled?.roles).toEqual(['widgets@example.org']);
    expect(cut?.roles).toEqual(['widgets@example.org']);
    expect(whole?.roles).toEqual(['widgets@example.org']);
  });

  it('reads an address spelled with marks as the import reads it', () => {
    const [dashed, bracketed] = peopleOf([
      [{ name: 'Widget Team', email: 'widgets-at-example.org' }],
      [{ name: 'Widget Team', email: 'widgets (at) example (dot) org' }],
    ]);
    expect(dashed?.roles).toEqual(['widgets@example.org']);
    expect(bracketed?.roles).toEqual(['widgets@example.org']);
  });

  it('completes a spelled address cut short to the only address it can be', () => {
    const [short, shorter, whole] = peopleOf([
      [{ name: 'Widget Team', email: 'widgets_at_example' }],
      [{ name: 'Widget Team', email: 'widgets_at_' }],
      [{ name: 'Widget Team', email: 'widgets@example.org' }],
    ]);
    expect(short?.roles).toEqual(['widgets@example.org']);
    expect(shorter?.roles).toEqual(['widgets@example.org']);
    expect(whole?.roles).toEqual(['widgets@example.org']);
  });
});
