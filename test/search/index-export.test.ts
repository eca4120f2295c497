import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchData, createEngineFromData } from '../../lib/search';
import { loadOrBuildSearchData } from '../../lib/search/cache';
import { buildFlexIndex, exportFlexIndex, importFlexIndex, lookupTerm } from '../../lib/search/create-index';
import { tokenizeRows } from '../../lib/search/postings';
import { restoreSearchData, snapshotSearchData } from '../../lib/search/snapshot';
import { fixtureEntry, fixtureKb } from './fixture-kb';
import { tempDir } from '../temp-dir';

const kb = fixtureKb([
  fixtureEntry('2020-01-2020-03/sr-iov', { title: 'PCI SR-IOV', body: 'The ixgbe(4) driver; the port sysutils/vmstated; review D12345.' }),
  fixtureEntry('2020-01-2020-03/bhyve', { title: 'bhyve', body: 'Guests boot with UEFI.', contacts: [{ name: 'Peter Grehan' }] }),
  fixtureEntry('2021-01-2021-03/bhyve', { title: 'bhyve', body: 'Live migration of guests.', contacts: [{ name: 'Peter Grehan' }] }),
]);
const data = buildSearchData(kb);
const QUERIES = ['bhyve', 'bhyev', 'sr-iov', 'ixgbe(4)', 'vmstated', 'd12345', '"live migration"', 'peter grehan', 'guests uefi'];

describe('the FlexSearch index (create-index.ts)', () => {
  it('finds rows by whole identifiers and by their parts', () => {
    const index = buildFlexIndex(tokenizeRows(data.rows));
    for (const term of ['sr-iov', 'sriov', 'iov', 'ixgbe(4)', 'ixgbe', 'sysutils/vmstated', 'vmstated', 'd12345']) {
      expect(lookupTerm(index, term, data.rows.length), term).toEqual([0]);
    }
    expect(lookupTerm(index, 'guests', data.rows.length).sort()).toEqual([1, 2]);
    expect(lookupTerm(index, 'grehan', data.rows.length).sort()).toEqual([1, 2]);
    expect(lookupTerm(index, 'nothing', data.rows.length)).toEqual([]);
  });

  it('exports and imports to the same answers', () => {
    const restored = importFlexIndex(JSON.parse(JSON.stringify(exportFlexIndex(data.index))) as Record<string, string>);
    for (const term of ['sr-iov', 'bhyve', 'guests', 'grehan', 'uefi']) {
      expect(lookupTerm(restored, term, data.rows.length), term).toEqual(lookupTerm(data.index, term, data.rows.length));
    }
  });
});

describe('search snapshots', () => {
  it('restore to an engine that answers exactly as the built one', () => {
    const restored = restoreSearchData(JSON.parse(JSON.stringify(snapshotSearchData(data, 'f'))));
    expect(restored.fingerprint).toBe('f');
    const built = createEngineFromData(data);
    const loaded = createEngineFromData(restored.data);
    for (const text of QUERIES) {
      const a = built.search({ text, limit: 10, offset: 0 });
      const b = loaded.search({ text, limit: 10, offset: 0 });
      expect({ ...b, tookMs: 0 }, text).toEqual({ ...a, tookMs: 0 });
    }
  });

  it('refuse what is not a snapshot of this version', () => {
    const snapshot = snapshotSearchData(data, 'f');
    expect(() => restoreSearchData({ ...snapshot, version: 0 })).toThrow();
    expect(() => restoreSearchData({ ...snapshot, rows: snapshot.rows.slice(1) })).toThrow(/row/);
    expect(() => restoreSearchData({ ...snapshot, terms: snapshot.terms.slice(1) })).toThrow(/vocabulary/);
    expect(() => restoreSearchData('<html>')).toThrow();
  });
});

describe('loadOrBuildSearchData', () => {
  const dir = tempDir('kb-search-cache-');

  it('builds and exports once, then loads the export', () => {
    const first = loadOrBuildSearchData(kb, dir);
    expect(first.source).toBe('built');
    expect(readdirSync(dir)).toHaveLength(1);
    const second = loadOrBuildSearchData(kb, dir);
    expect(second.source).toBe('export');
    expect(createEngineFromData(second.data).search({ text: 'bhyve', limit: 5, offset: 0 }).results).toEqual(
      createEngineFromData(first.data).search({ text: 'bhyve', limit: 5, offset: 0 }).results,
    );
  });

  it('builds again when the content changed or the export is damaged', () => {
    const changed = fixtureKb([...kb.entries, fixtureEntry('2022-01-2022-03/new', { title: 'New' })]);
    expect(loadOrBuildSearchData(changed, dir).source).toBe('built');
    for (const file of readdirSync(dir)) writeFileSync(path.join(dir, file), '{"version":');
    expect(loadOrBuildSearchData(kb, dir).source).toBe('built');
    expect(loadOrBuildSearchData(kb, dir).source).toBe('export');
  });

  it('keeps the two newest exports: the content served now and the one before, which a roll-out still serves', () => {
    const own = tempDir('kb-search-prune-');
    const versions = [1, 2, 3].map((n) => fixtureKb([...kb.entries, fixtureEntry(`2022-0${n}-2022-0${n}/v${n}`, { title: `Version ${n}` })]));
    for (const version of versions) expect(loadOrBuildSearchData(version, own).source).toBe('built');
    expect(readdirSync(own)).toHaveLength(2);
    expect(loadOrBuildSearchData(versions[2]!, own).source).toBe('export');
    expect(loadOrBuildSearchData(versions[1]!, own).source).toBe('export');
    expect(loadOrBuildSearchData(versions[0]!, own).source).toBe('built');
  });

  it('builds without exporting when there is no cache folder', () => {
    expect(loadOrBuildSearchData(kb, null).source).toBe('built');
  });
});
