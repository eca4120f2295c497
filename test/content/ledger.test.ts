import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_LEDGER_FILE } from '../../lib/content/entry-ledger';
import { PROJECT_LEDGER_FILE, readLedger, writeLedger } from '../../lib/content/ledger';

describe('readLedger', () => {
  it('gives each entry a slug held under the id a re-import renamed it to, so that the slug still finds it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-ledger-'));
    writeLedger(dir, { 'probe-work': ['2012-01-2012-03/probes', '2012-04-2012-06/probes'] }, PROJECT_LEDGER_FILE);
    expect(readLedger(dir, PROJECT_LEDGER_FILE)).toEqual({ 'probe-work': ['2012-01-2012-03/probes', '2012-04-2012-06/probes'] });
    writeFileSync(path.join(dir, ENTRY_LEDGER_FILE), JSON.stringify({ '2012-01-2012-03/probes': '2012-01-2012-03/probes-for-the-emulation-layer' }));
    expect(readLedger(dir, PROJECT_LEDGER_FILE)).toEqual({ 'probe-work': ['2012-01-2012-03/probes-for-the-emulation-layer', '2012-04-2012-06/probes'] });
  });
});
