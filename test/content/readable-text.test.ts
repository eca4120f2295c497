import { describe, expect, it } from 'vitest';
import { markdownToReadableText } from '../../lib/content/readable-text';

describe('markdownToReadableText', () => {
  it('keeps link texts and drops their targets, emphasis and code marks', () => {
    expect(markdownToReadableText('The **frob** driver, see [frob(4)](https://man.example.org/frob) and `frobctl`.')).toBe(
      'The frob driver, see frob(4) and frobctl.',
    );
  });

  it('drops list and heading markers and code fences, keeping lines apart', () => {
    expect(markdownToReadableText('## Status\n\n- first item\n- second item\n\n```sh\nfrobctl -v\n```\nDone.')).toBe('Status\n\nfirst item\nsecond item\n\n\nDone.');
  });

  it('keeps snake_case names and unescapes Markdown escapes', () => {
    expect(markdownToReadableText('The sysctl hw.frob\\_mode and if_frob.')).toBe('The sysctl hw.frob_mode and if_frob.');
  });
});
