import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../lib/content/excerpt';

describe('excerptOf', () => {
  it('gives plain text without markup, blocks joined by spaces', () => {
    expect(excerptOf('# Title\n\nSome *emphasis* and [a link](https://x.org).\n\n- item')).toBe('Title Some emphasis and a link. item');
  });

  it('leaves tables out', () => {
    expect(excerptOf('Counts:\n\n| Item | Count |\n| --- | --- |\n| Ports | 610 |\n\nAfter.')).toBe('Counts: After.');
  });

  it('cuts long text at a word and marks the cut', () => {
    const excerpt = excerptOf('word '.repeat(200), 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt).toMatch(/word…$/);
  });
});
