import { describe, expect, it } from 'vitest';
import {
  anchorKey,
  asciidoctorSectionId,
  categoryElementId,
  decodeHash,
  entryNamedBy,
  legacyAnchorTable,
  nearestEntry,
  resolveLegacyAnchor,
  xslAnchor,
  type AnchoredEntry,
  type LegacyAnchorTable,
} from '../../lib/site/upstream-anchors';

const xml = (slug: string, title: string): AnchoredEntry => ({ slug, title, source: { format: 'xml' } });
const adoc = (slug: string, title: string): AnchoredEntry => ({ slug, title, source: { format: 'adoc' } });

/** Resolves as the report page does, with the given entry slugs on the page. */
function resolver(table: LegacyAnchorTable, entries: readonly AnchoredEntry[]): (hash: string) => string | undefined {
  const slugs = new Set(entries.map((e) => e.slug));
  return (hash) => resolveLegacyAnchor(decodeHash(hash), table, (id) => slugs.has(id));
}

describe('upstream anchor spellings', () => {
  it('builds the XSL anchor: spaces to dashes, case and punctuation kept', () => {
    expect(xslAnchor('Porting OpenBSD’s pf')).toBe('Porting-OpenBSD’s-pf');
    expect(xslAnchor('  Widget  stack\n(Netgraph  part) ')).toBe('Widget-stack-(Netgraph-part)');
    expect(xslAnchor('FreeBSD/gizmo on Rack-X')).toBe('FreeBSD/gizmo-on-Rack-X');
    // normalize-space() leaves a no-break space alone.
    expect(xslAnchor('Syncing gizmo(4) with Foo\u00a04.5')).toBe('Syncing-gizmo(4)-with-Foo\u00a04.5');
  });

  it('builds the Asciidoctor section id', () => {
    // ` -- ` became an em dash between thin spaces, all dropped.
    expect(asciidoctorSectionId('Gizmo jails — Automatic jailing of rc.d widgets')).toBe('_gizmo_jailsautomatic_jailing_of_rc_d_widgets');
    expect(asciidoctorSectionId('FreeBSD Widget Team')).toBe('_freebsd_widget_team');
    expect(asciidoctorSectionId('C++ & Rust: the pkg(8) story...')).toBe('_c_rust_the_pkg8_story');
    expect(asciidoctorSectionId('Widgets on FreeBSD/arm64')).toBe('_widgets_on_freebsdarm64');
    expect(asciidoctorSectionId('Débogage du noyau')).toBe('_débogage_du_noyau');
    expect(asciidoctorSectionId('snake_case - and  dots.')).toBe('_snake_case_and_dots');
  });

  it('reduces every spelling of a title to one loose key', () => {
    const spellings = ['Porting-OpenBSD’s-pf', "porting-openbsd's-pf", '_porting_openbsds_pf', 'porting-openbsds-pf'];
    expect(new Set(spellings.map(anchorKey))).toEqual(new Set(['porting-openbsds-pf']));
    expect(anchorKey('___')).toBe('');
    expect(anchorKey('Untitled')).toBe('untitled');
  });

  it('decodes the fragment as browsers percent-encode it', () => {
    expect(decodeHash('#Syncing-gizmo(4)-with-Foo%C2%A04.5')).toBe('Syncing-gizmo(4)-with-Foo\u00a04.5');
    expect(decodeHash('#_d%C3%A9bogage')).toBe('_débogage');
    expect(decodeHash('#100%-broken')).toBe('100%-broken');
    expect(decodeHash('')).toBe('');
  });
});

describe('the legacy anchor table of an XSL-era report', () => {
  const categories = [{ key: 'kernel', title: 'Kernel' }, { key: 'freebsd-team-reports', title: 'FreeBSD Team Reports' }];
  const entries = [
    xml('widget-stack-netgraph-part', 'Widget stack (Netgraph part)'),
    xml('acpi', 'ACPI'),
    xml('freebsd-gizmo', 'FreeBSD/gizmo'),
    xml('porting-openbsds-pf', 'Porting OpenBSD’s pf'),
    xml('syncing-gizmo-4-with-foo-4-5', 'Syncing gizmo(4) with Foo\u00a04.5'),
    xml('widgets', 'Widgets'),
    xml('widgets-2', 'Widgets'),
  ];
  const table = legacyAnchorTable(categories, entries);
  const resolve = resolver(table, entries);

  it('resolves the anchors upstream wrote to the entries', () => {
    expect(resolve('#Widget-stack-(Netgraph-part)')).toBe('widget-stack-netgraph-part');
    expect(resolve('#ACPI')).toBe('acpi');
    expect(resolve('#FreeBSD/gizmo')).toBe('freebsd-gizmo');
    expect(resolve("#Porting-OpenBSD’s-pf")).toBe('porting-openbsds-pf');
    expect(resolve('#Syncing-gizmo(4)-with-Foo%C2%A04.5')).toBe('syncing-gizmo-4-with-foo-4-5');
  });

  it('resolves 2020’s lowercase spelling too', () => {
    expect(resolve('#widget-stack-(netgraph-part)')).toBe('widget-stack-netgraph-part');
    expect(resolve('#porting-openbsd’s-pf')).toBe('porting-openbsds-pf');
  });

  it('sends a repeated title to the first entry, as browsers did', () => {
    expect(resolve('#Widgets')).toBe('widgets');
  });

  it('resolves category anchors to the category headings', () => {
    expect(resolve('#FreeBSD-Team-Reports')).toBe(categoryElementId('freebsd-team-reports'));
    expect(resolve('#Kernel')).toBe('category_kernel');
  });

  it('lists only what the loose key does not already say', () => {
    // Every entry title above slugifies to its slug: only the categories need listing.
    expect(table.exact).toEqual({});
    expect(table.loose).toEqual({ kernel: 'category_kernel', 'freebsd-team-reports': 'category_freebsd-team-reports' });
  });

  it('resolves nothing for an anchor that names nothing', () => {
    expect(resolve('#Bluetooth')).toBeUndefined();
    expect(resolve('#')).toBeUndefined();
    expect(resolve('#---')).toBeUndefined();
  });
});

describe('the legacy anchor table of an AsciiDoc report', () => {
  const categories = [{ key: 'projects', title: 'Projects' }, { key: 'userland', title: 'Userland' }];
  const entries = [
    adoc('widget-team', 'FreeBSD Widget Team'),
    adoc('gizmo-jails', 'Gizmo jails — Automatic jailing of rc.d widgets'),
    adoc('ports', 'Ports'),
    adoc('ports-2', 'Ports'),
    adoc('pf-gizmonet', 'gizmonet'),
    // An entry whose title, loosely read, is another entry's slug.
    adoc('gizmonet', 'Gizmonet tools'),
  ];
  const table = legacyAnchorTable(categories, entries);
  const resolve = resolver(table, entries);

  it('resolves Asciidoctor’s ids to the entries, numbering repeated titles as Asciidoctor did', () => {
    expect(resolve('#_freebsd_widget_team')).toBe('widget-team');
    expect(resolve('#_gizmo_jailsautomatic_jailing_of_rc_d_widgets')).toBe('gizmo-jails');
    expect(resolve('#_ports')).toBe('ports');
    expect(resolve('#_ports_2')).toBe('ports-2');
    expect(resolve('#_gizmonet_tools')).toBe('gizmonet');
  });

  it('keeps an exact old anchor apart from the slug it loosely reads as', () => {
    // `_gizmonet` was pf_gizmonet's heading; loosely it reads as the slug of another entry.
    expect(table.exact).toEqual({ _gizmonet: 'pf-gizmonet' });
    expect(resolve('#_gizmonet')).toBe('pf-gizmonet');
    expect(resolve('#Gizmonet')).toBe('gizmonet');
  });

  it('resolves the explicit category anchors of the AsciiDoc index', () => {
    expect(resolve('#projects')).toBe('category_projects');
    expect(resolve('#Userland')).toBe('category_userland');
  });
});

describe('the nearest entry for an anchor that matched nothing', () => {
  const entries = [
    { id: 'gizmo-jails', title: 'Gizmo jails — Automatic jailing of rc.d widgets' },
    { id: 'widget-team', title: 'FreeBSD Widget Team' },
    { id: 'wifi', title: 'Wireless networking update' },
  ];

  it('picks the title sharing the most meaningful words', () => {
    expect(nearestEntry('Widget-Team-Report', entries)?.id).toBe('widget-team');
    expect(nearestEntry('_jailing_widgets_automatically', entries)?.id).toBe('gizmo-jails');
    expect(nearestEntry('wireless', entries)?.id).toBe('wifi');
  });

  it('offers nothing when no meaningful word is shared', () => {
    expect(nearestEntry('FreeBSD-Status-Report', entries)).toBeUndefined();
    expect(nearestEntry('Bluetooth', entries)).toBeUndefined();
    expect(nearestEntry('', entries)).toBeUndefined();
  });
});

describe('an entry and a category of one title', () => {
  const categories = [{ key: 'google-summer-of-code', title: 'Google Summer of Code' }];
  const entries = [xml('google-summer-of-code', 'Google Summer of Code'), xml('widgets', 'Widgets')];
  const table = legacyAnchorTable(categories, entries);

  it('sends their shared anchor to the entry, which is what a link meant', () => {
    expect(resolver(table, entries)('#Google-Summer-of-Code')).toBe('google-summer-of-code');
    expect(table).toEqual({ exact: {}, loose: {} });
  });
});

describe('entryNamedBy', () => {
  const titles = [{ title: 'Gadget/arm64' }, { title: 'Widget Safety (WS) Review' }, { title: 'Sprockets' }, { title: 'sprockets!' }];

  it('finds the entry a link text names, loosely and without the title\'s asides', () => {
    expect(entryNamedBy('gadget/ARM64', titles)).toBe(titles[0]);
    expect(entryNamedBy('Widget Safety Review', titles)).toBe(titles[1]);
    expect(entryNamedBy('Widget Safety (WS) Review', titles)).toBe(titles[1]);
  });

  it('names none where no title or several answer', () => {
    expect(entryNamedBy('Widget Review', titles)).toBeUndefined();
    expect(entryNamedBy('Sprockets', titles)).toBeUndefined();
    expect(entryNamedBy('', titles)).toBeUndefined();
  });
});
