import { describe, expect, it } from 'vitest';
import { standingOf, type NameEvidence } from '../../lib/subjects/aboutness';

const none: NameEvidence = { title: false, share: 0, units: 0, mentions: 0, section: 0, lead: false };

describe('standingOf', () => {
  it('puts an entry whose title, or whose project’s titles, name the subject on its timeline', () => {
    expect(standingOf({ ...none, title: true, mentions: 0 }, false)).toBe('core');
    expect(standingOf({ ...none, mentions: 1 }, true)).toBe('core');
  });

  it('counts a text about the subject: a quarter of it opening with the subject, or half of it', () => {
    expect(standingOf({ ...none, share: 0.3, mentions: 2, lead: true }, false)).toBe('core');
    expect(standingOf({ ...none, share: 0.3, mentions: 2, lead: false }, false)).toBe('mention');
    expect(standingOf({ ...none, share: 0.6, mentions: 2, lead: false }, false)).toBe('core');
    expect(standingOf({ ...none, share: 0.9, mentions: 1, lead: true }, false)).toBe('mention');
  });

  it('counts a long section under a heading naming it, however long the entry', () => {
    expect(standingOf({ ...none, share: 0.05, mentions: 1, section: 200 }, false)).toBe('core');
    expect(standingOf({ ...none, share: 0.05, mentions: 1, section: 40 }, false)).toBe('mention');
  });
});
