import { describe, expect, it } from 'vitest';
import { clearlyDifferentNames, consonantSkeleton, givenNamesAgree, oneSlipApart } from '../../lib/people/given-names';

describe('givenNamesAgree', () => {
  it.each([
    ['kenneth', 'ken'],
    ['edward', 'ed'],
    ['j', 'jorvald'],
    ['krzysztof', 'chris'],
    ['maksym', 'maxim'],
    ['aleksandr', 'alexandr'],
    ['andrey', 'andrei'],
    ['daniel', 'damiel'],
    ['dimitry', 'dmitry'],
    ['hartmut', 'harti'],
    ['robert', 'bob'],
    ['william', 'bill'],
  ])('takes %s and %s for one given name', (a, b) => {
    expect(givenNamesAgree(a, b)).toBe(true);
    expect(givenNamesAgree(b, a)).toBe(true);
  });

  it.each([
    ['eric', 'jonathan'],
    ['xin', 'lin'],
    ['joe', 'jessica'],
    ['kai', 'hao'],
    ['bob', 'bill'],
  ])('tells %s from %s', (a, b) => {
    expect(givenNamesAgree(a, b)).toBe(false);
  });

  it('reads names by their consonants as they sound', () => {
    expect(consonantSkeleton('krzysztof')).toBe('krstf');
    expect(consonantSkeleton('chris')).toBe('krs');
    expect(consonantSkeleton('maxim')).toBe(consonantSkeleton('maksym'));
  });

  it('finds one slip of the keyboard and no more', () => {
    expect(oneSlipApart('daniel', 'damiel')).toBe(true);
    expect(oneSlipApart('daniel', 'dainel')).toBe(true);
    expect(oneSlipApart('daniel', 'danil')).toBe(true);
    expect(oneSlipApart('daniel', 'danny')).toBe(false);
    expect(oneSlipApart('daniel', 'dmaiel')).toBe(false);
  });
});

describe('clearlyDifferentNames', () => {
  it.each([
    ['eric-lund', 'jonathan-lund', true],
    // Alike at the start: spellings of one name no rule relates, never split.
    ['steven-hartvik', 'stephen-hartvik', false],
    ['kostik-vaskar', 'konstantin-vaskar', false],
    ['joe-lund', 'joseph-lund', false],
    ['hedda-vaskar', 'orm-vaskar', true],
    // A nickname, an initial, another order, a given name added before, a surname changed.
    ['ted-vaskar', 'edward-vaskar', false],
    ['j-orm-vaskar', 'jorvald-orm-vaskar', false],
    ['vaskar-orm', 'orm-vaskar', false],
    ['ilse-orm-vaskar', 'orm-vaskar', false],
    ['orm-vaskar', 'orm-lindqvist', false],
    // A single word says too little.
    ['ormv', 'jonathan-lund', false],
  ])('%s and %s are clearly two people: %s', (a, b, different) => {
    expect(clearlyDifferentNames(a, b)).toBe(different);
    expect(clearlyDifferentNames(b, a)).toBe(different);
  });
});
