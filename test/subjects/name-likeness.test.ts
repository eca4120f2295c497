import { describe, expect, it } from 'vitest';
import { nameLikeness } from '../../lib/subjects/name-likeness';

describe('how much a word reads as a name', () => {
  const likeness = nameLikeness([
    'We updated Quill to the latest release. The lang/quill port and quill(1) follow.',
    'Building with Quill is faster; see devel/quill-tools and https://example.org/quill for the quill sources.',
    'The address of each buffer is checked before the address is used.',
  ]);

  it('counts a word written with a capital in mid-sentence as a name', () => {
    expect(likeness('quill')).toBeGreaterThan(0.5);
  });

  it('takes no evidence from paths, man pages and addresses, written in lower case whatever they name', () => {
    // Two uses as a name, one in plain lower case: the port, man page and URL say nothing.
    expect(likeness('quill')).toBeCloseTo(2 / 3);
  });

  it('reads a word written in lower case in mid-sentence as an ordinary word', () => {
    expect(likeness('address')).toBe(0);
  });
});
