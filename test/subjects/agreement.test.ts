import { describe, expect, it } from 'vitest';
import { labellerAgreement, type SubjectLabels } from '../../bench/subjects-lib';

const labels = (entries: Record<string, 'core' | 'mention'>): SubjectLabels => ({ slug: 'widget', name: 'Widget', aliases: [], half: 'tune', search: 'widget', entries });

describe('labellerAgreement', () => {
  it('is full when two readers label alike', () => {
    const a = labels({ 'r1/a': 'core', 'r1/b': 'mention', 'r2/c': 'core' });
    const agreement = labellerAgreement(a, a);
    expect(agreement.kappa).toBe(1);
    expect(agreement.second.recall).toBe(1);
    expect(agreement.second.precision).toBe(1);
  });

  it('scores the second reader as a timeline against the first and counts entries only one found against it', () => {
    const first = labels({ 'r1/a': 'core', 'r1/b': 'core', 'r2/c': 'mention', 'r2/d': 'core' });
    const second = labels({ 'r1/a': 'core', 'r1/b': 'mention', 'r2/c': 'core', 'r3/e': 'core' });
    const agreement = labellerAgreement(first, second);
    // Second's core: a, c, e; first's core: a, b, d. One in common.
    expect(agreement.second.recall).toBeCloseTo(1 / 3, 10);
    expect(agreement.second.precision).toBeCloseTo(1 / 3, 10);
    expect(agreement.shared).toBe(3);
    // On a, b, c: agree on a only; p(core) 2/3 for both, so chance agreement 5/9 and kappa (1/3 - 5/9) / (4/9) = -0.5.
    expect(agreement.kappa).toBeCloseTo(-0.5, 10);
  });
});
