import { describe, expect, it } from 'vitest';
import { parseCategoryDescriptions } from '../../../lib/import/adoc';

describe('parseCategoryDescriptions', () => {
  it('reads attribute entries: lowercased names, continued values, links made absolute', async () => {
    const text = [
      ':Team-Reports-desc: Notes from the link:../../administration/[teams] and from link:https://example.org/x[elsewhere].',
      '',
      ':kernel-desc: Kernel work of all kinds: \\',
      'drivers and more.',
      '',
      'Not an attribute line.',
    ].join('\r\n');
    expect(await parseCategoryDescriptions(text)).toEqual(
      new Map([
        ['team-reports-desc', 'Notes from the [teams](https://www.freebsd.org/administration/) and from [elsewhere](https://example.org/x).'],
        ['kernel-desc', 'Kernel work of all kinds: drivers and more.'],
      ]),
    );
  });
});
