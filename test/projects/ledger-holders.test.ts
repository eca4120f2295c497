import { describe, expect, it } from 'vitest';
import { threadProjects } from '../../lib/projects';
import { ledgerHolders } from '../../lib/projects/ledger-holders';
import { makeEntry } from './make-entry';

const ORG = '2024-04-2024-06/forge-mirror';
const LUA = '2025-07-2025-09/acpi';

describe('ledgerHolders', () => {
  const groups = new Map([
    [ORG, 1],
    [LUA, 2],
  ]);

  it('of two groups holding as many of a slug\'s entries, gives it to the one with the entry whose title it was made of', () => {
    const nameOf = (id: string) => (id === LUA ? 'frobnix-lua-bindings' : 'forge-pull-requests');
    expect(ledgerHolders({ 'frobnix-lua-bindings': [ORG, LUA] }, groups, nameOf).get('frobnix-lua-bindings')).toBe(2);
    // A contested name's year is no part of the title it was made of.
    expect(ledgerHolders({ 'frobnix-lua-bindings-2024': [ORG, LUA] }, groups, nameOf).get('frobnix-lua-bindings-2024')).toBe(2);
  });

  it('counts a title that gave the slug with its year before one that gave it without', () => {
    const nameOf = (id: string) => (id === LUA ? 'frobcon-2019' : 'frobcon');
    expect(ledgerHolders({ 'frobcon-2019': [ORG, LUA] }, groups, nameOf).get('frobcon-2019')).toBe(2);
  });

  it('still gives it to the group holding more, and without a namesake to the lowest-numbered', () => {
    const nameOf = (id: string) => (id === LUA ? 'frobnix-lua-bindings' : 'forge-pull-requests');
    const three = new Map([...groups, ['2024-07-2024-09/forge-mirror', 1]]);
    expect(ledgerHolders({ 'frobnix-lua-bindings': [ORG, '2024-07-2024-09/forge-mirror', LUA] }, three, nameOf).get('frobnix-lua-bindings')).toBe(1);
    expect(ledgerHolders({ 'something-else': [ORG, LUA] }, groups, nameOf).get('something-else')).toBe(1);
  });
});

describe('a project slug published for a thread the next import splits in two', () => {
  // The first import threaded the two entries together and named the thread after its newer entry;
  // today they are two threads, and the older one is numbered first.
  const entries = [
    makeEntry('2024-04-2024-06', 'forge-mirror', { title: 'Forge Pull Requests', contacts: [{ name: 'Ann Forge', email: 'ann@example.org' }], body: 'Pull requests on the forge mirror are now reviewed weekly.' }),
    makeEntry('2025-07-2025-09', 'acpi', { title: 'Frobnix Lua Bindings', contacts: [{ name: 'Bo Lua', email: 'bo@example.org' }], body: 'Scripts can now read the frobnix tables from the boot loader.' }),
  ];
  const ledger = { 'frobnix-lua-bindings': ['2024-04-2024-06/forge-mirror', '2025-07-2025-09/acpi'] };

  it('stays with the entry it was named after, and the other thread takes a name of its own', () => {
    const index = threadProjects(entries, { ledger });
    expect(index.bySlug.get('frobnix-lua-bindings')?.entries.map((e) => e.id)).toEqual(['2025-07-2025-09/acpi']);
    expect(index.byEntryId.get('2024-04-2024-06/forge-mirror')?.slug).toBe('forge-pull-requests');
    expect(index.redirects.has('frobnix-lua-bindings')).toBe(false);
  });
});
