import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';

describe('readAdocEntry with a link scheme missing its colon', () => {
  it('links where the author meant, with a warning at the line', async () => {
    const text = '=== Kettle Farm\n\nContact: Ann Example <ann@example.org>\n\nThe builds run on link:https//builds.example/kettle[the build farm].\n';
    const { entry, problems } = await readAdocEntry({ file: 'q/kettle.adoc', text, baseUrl: BASE });
    expect(entry?.body).toBe('The builds run on [the build farm](https://builds.example/kettle).');
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'q/kettle.adoc',
        line: 5,
        message: 'link target "https//builds.example/kettle" lacks the colon after its scheme (a browser would resolve it under the report\'s page); read as "https://builds.example/kettle"',
      },
    ]);
  });
});
