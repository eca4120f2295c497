import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_LEDGER_FILE, fileNameIds } from '../../lib/content/entry-ledger';
import { makeEntry } from '../projects/make-entry';
import { PROJECT_LEDGER_FILE, readLedger, writeLedger } from '../../lib/content/ledger';
import { tempDir } from '../temp-dir';

describe('readLedger', () => {
  it('gives each entry a slug held under the id a re-import renamed it to, so that the slug still finds it', () => {
    const dir = tempDir('kb-ledger-');
    writeLedger(dir, { 'probe-work': ['2012-01-2012-03/probes', '2012-04-2012-06/probes'] }, PROJECT_LEDGER_FILE);
    expect(readLedger(dir, PROJECT_LEDGER_FILE)).toEqual({ 'probe-work': ['2012-01-2012-03/probes', '2012-04-2012-06/probes'] });
    writeFileSync(path.join(dir, ENTRY_LEDGER_FILE), JSON.stringify({ '2012-01-2012-03/probes': '2012-01-2012-03/probes-for-the-emulation-layer' }));
    expect(readLedger(dir, PROJECT_LEDGER_FILE)).toEqual({ 'probe-work': ['2012-01-2012-03/probes-for-the-emulation-layer', '2012-04-2012-06/probes'] });
  });
});

describe('fileNameIds', () => {
  it("answers an AsciiDoc entry under its file's name where the import made its slug of it, and nothing else", () => {
    const adoc = (report: string, slug: string, file: string) => makeEntry(report, slug, { source: { format: 'adoc', file: `adoc/report-${report}/${file}`, line: 1 } });
    const entries = [
      adoc('2026-01-2026-03', 'acpi-system76', 'acpi_system76.adoc'),
      adoc('2026-01-2026-03', 'pkgbase-live', 'pkgbase.live.adoc'),
      // Case alone: the addresses' lowercasing finds it.
      adoc('2026-01-2026-03', 'freshports', 'FreshPorts.adoc'),
      adoc('2026-01-2026-03', 'bhyve', 'bhyve.adoc'),
      adoc('2026-01-2026-03', 'mac-do', 'mac_do.adoc'),
      // Two names that differ only in case name neither.
      adoc('2026-01-2026-03', 'foo-bar', 'Foo_Bar.adoc'),
      adoc('2026-01-2026-03', 'foo-bar-2', 'foo_bar.adoc'),
      makeEntry('2014-01-2014-03', 'pci-sr-iov-infrastructure', { source: { format: 'xml', file: 'xml/report-2014-01-2014-03.xml', line: 9 } }),
    ];
    expect(Object.fromEntries(fileNameIds(entries))).toEqual({
      '2026-01-2026-03/acpi_system76': '2026-01-2026-03/acpi-system76',
      '2026-01-2026-03/pkgbase.live': '2026-01-2026-03/pkgbase-live',
      '2026-01-2026-03/mac_do': '2026-01-2026-03/mac-do',
    });
  });
});
