import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCategoryDescriptions, readAdocReport } from '../../lib/import/adoc';
import { stripMarkdownCode } from '../../lib/import/adoc/leftovers';
import { formatProblem, type ReaderResult } from '../../lib/import/types';
import { EntryFrontMatterSchema, ReportFrontMatterSchema, type Entry } from '../../lib/model';
import { findCorpus } from './corpus-dir';

const corpus = findCorpus();
const DOCS = 'https://docs.freebsd.org/en';

describe.skipIf(!corpus)('AsciiDoc reader over the real corpus', () => {
  const results = new Map<string, ReaderResult>();
  let entries: Entry[] = [];
  let elapsedMs = 0;

  beforeAll(async () => {
    const root = path.join(corpus ?? '', 'adoc');
    const descriptions = await parseCategoryDescriptions(readFileSync(path.join(root, 'categories-desc.adoc'), 'utf8'));
    const started = performance.now();
    for (const folder of readdirSync(root).filter((d) => /^report-\d{4}-\d{2}-\d{4}-\d{2}$/.test(d)).sort()) {
      const files = new Map(readdirSync(path.join(root, folder)).map((name) => [name, readFileSync(path.join(root, folder, name), 'utf8')] as const));
      const id = folder.slice('report-'.length);
      results.set(id, await readAdocReport({ reportId: id, dir: `adoc/${folder}`, files, categoryDescriptions: descriptions }));
    }
    elapsedMs = performance.now() - started;
    entries = [...results.values()].flatMap((r) => r.entries);
  });

  function entry(id: string): Entry {
    const found = entries.find((e) => e.id === id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  }

  it('reads all 21 quarters, 647 entries, without errors, in reasonable time', () => {
    console.info(`AsciiDoc reader: 21 quarters, ${entries.length} entries in ${Math.round(elapsedMs)} ms`);
    expect(results.size).toBe(21);
    expect(entries).toHaveLength(647);
    expect(new Set(entries.map((e) => e.id)).size).toBe(647);
    const errors = [...results.values()].flatMap((r) => r.problems.filter((p) => p.severity === 'error'));
    expect(errors.map(formatProblem)).toEqual([]);
    // Asciidoctor.js plus the HTML→Markdown step; a few seconds on an idle machine.
    expect(elapsedMs).toBeLessThan(60_000);
  });

  it('lists every warning; their kinds and counts are pinned', () => {
    const warnings = [...results.values()].flatMap((r) => r.problems).filter((p) => p.severity === 'warning');
    console.info(warnings.map(formatProblem).join('\n'));
    const kinds = new Map<string, number>();
    for (const w of warnings) {
      const kind = w.message
        .replace(/"[^"]*"/g, '"…"')
        .replace(/package:\S+/, 'package:…')
        .replace(/repaired to .*/, 'repaired to …')
        .replace(/\(link:\S+\[\S+\]\)/, '(link:…[…])')
        .replace(/" to \S+$/, '" to …')
        .replace(/#\S+/g, '#…');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(kinds)).toEqual({
      // 2024Q2 freebsd-foundation: `link:[text]`, a link whose URL was never filled in.
      '1 link(s) with an empty target in the body; their text is kept': 1,
      // File names with `_`, `.` or capitals (pf_dummynet, pkgbase.live, FreshPorts…): slugified.
      'file name "…" is not a lowercase slug; the entry\'s slug is "…"': 35,
      // Bugzilla query URLs with `__open__` written as link:URL[…]: AsciiDoc turned the
      // underscores into <em>, upstream's own pages link to the broken URL (CI entries
      // 2021–2024 and pantheon 2023Q3); the reader puts the underscores back.
      'link target mangled by AsciiDoc emphasis (upstream should write link:++URL++[…]); repaired to …': 12,
      // 2023Q2 freebsd-foundation: `--` in a link target became a dash; put back.
      'link target mangled by AsciiDoc replacements (`--` made a dash, `...` an ellipsis) (upstream should write link:++URL++[…]); repaired to …': 1,
      // package:libvirt[], package:swtpm[]… without a port category (cfc 2025Q1, sylve 2025Q2/Q3).
      'package:… names no port category; linked to a FreshPorts search': 6,
      // 2021Q2 www.adoc opens with "==== Title".
      'entry title is written "…" instead of "…"; read as the entry\'s title': 1,
      // 2026Q1 daemonless: link:dbuild[https://…], link:AppJail[…], link:Director[…].
      'link macro with its target and text swapped (link:…[…]); linked "…" to …': 3,
      // Foundation 2024Q2, 2025Q2, 2026Q1: <<_id,Text>> with an id no section has; linked to the entry the text names.
      'cross-reference to #… names no section of the report; linked to #… the entry "…" its text names': 3,
      // 2022Q1 releng: a bracketed note after the link on its Links line.
      'text "…" after a link in the Links line; added to the end of that link\'s text': 1,
      // Lists written right under a paragraph line (portmgr 2021Q1 and 2022Q2, foundation-sta and valgrind 2025Q3…).
      'list written right under a paragraph line, with no blank line between (AsciiDoc would run its items into the paragraph); read as a list': 13,
      // Sub-items indented under an item with the same marker (clusteradm 2021Q3, kw-hackathon 2025Q2…).
      'list items indented under an item written with the same marker ("…"), this one the first: Asciidoctor nests by marker, not indentation, so they would not be nested; nested as their indentation says': 10,
      // kw-hackathon 2025Q2: link:https//…[].
      'link target "…" lacks the colon after its scheme (a browser would resolve it under the report\'s page); read as "…"': 2,
      // 2026Q1 fred: the second link's line starts with the " +" meant to end the first's.
      'line of the Links field starts with the "…" that ends the line before it (upstream shows it as text); read as a link of the Links field': 1,
      // No Contact line: hackathon reports 2025Q1–Q3, iwlwifi and pf_ethernet 2021Q2, cra 2026Q1.
      'the entry names no contact (no "…" line): its page shows no one to ask about the work': 6,
    });
  });

  it('leaves no AsciiDoc or raw HTML in bodies and fields, and only absolute link URLs', () => {
    const leftovers: string[] = [];
    const check = (id: string, what: string, text: string): void => {
      const prose = stripMarkdownCode(text);
      if (/\blink:\S*\[/.test(prose)) leftovers.push(`${id} ${what}: link macro`);
      if (/\{[A-Za-z0-9_][\w-]*\}/.test(prose)) leftovers.push(`${id} ${what}: attribute reference`);
      if (/(?:^|\s)\+$/m.test(prose)) leftovers.push(`${id} ${what}: + continuation`);
      if (/(?<!\\)<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/i.test(prose)) leftovers.push(`${id} ${what}: raw HTML`);
      if (/^(?:Sponsors?|Sponsored by):/m.test(prose)) leftovers.push(`${id} ${what}: header field`);
      // "Links:" and "Contact:" stay with a part of the entry (under its heading) when the entry has its own; never before the first heading.
      const firstHeading = prose.search(/^#{1,6} /m);
      if (/^(?:Links?|Contact):/m.test(firstHeading < 0 ? prose : prose.slice(0, firstHeading))) leftovers.push(`${id} ${what}: header field`);
    };
    for (const e of entries) {
      check(e.id, 'body', e.body);
      check(e.id, 'title', e.title);
      for (const t of e.tasks) check(e.id, 'task', t);
      for (const s of e.sponsors) check(e.id, 'sponsor', s);
      for (const c of e.contacts) check(e.id, 'contact', `${c.name} ${c.email ?? ''}`);
      for (const l of e.links) {
        check(e.id, 'link', `${l.text} ${l.url}`);
        if (!/^(?:https?|mailto|ftp):/.test(l.url)) leftovers.push(`${e.id} link: not absolute ${l.url}`);
      }
      for (const m of e.body.matchAll(/\]\(([^)\s]*)/g)) {
        if (!/^(?:https?|mailto|ftp):/.test(m[1] ?? '')) leftovers.push(`${e.id} body link: not absolute ${m[1]}`);
      }
    }
    for (const r of results.values()) {
      check(r.report?.id ?? '?', 'intro', r.report?.intro ?? '');
      for (const c of r.report?.categories ?? []) check(r.report?.id ?? '?', 'category', c.description ?? '');
    }
    expect(leftovers).toEqual([]);
  });

  it('produces schema-valid front matter', () => {
    for (const r of results.values()) {
      if (!r.report) throw new Error('a quarter without report');
      const { id, title, period, categories, source } = r.report;
      expect(ReportFrontMatterSchema.safeParse({ id, title, period, categories, source }).success).toBe(true);
      expect(categories.every((c) => c.description)).toBe(true);
    }
    for (const e of entries) {
      const { title, report, category, contacts, links, sponsors, tasks, source } = e;
      const parsed = EntryFrontMatterSchema.safeParse({ title, report, category, contacts, links, sponsors, tasks, source });
      expect(parsed.success, `${e.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('reads 2024Q2 service-jails: contact, link, man: macros as man.freebsd.org links, one code block', () => {
    const e = entry('2024-04-2024-06/service-jails');
    expect(e.title).toBe('Service jails — Automatic jailing of rc.d services');
    expect(e.category).toBe('userland');
    expect(e.contacts).toEqual([{ name: 'Alexander Leidinger', email: 'netchild@FreeBSD.org' }]);
    expect(e.links.map((l) => l.url)).toEqual([`${DOCS}/articles/rc-scripting/#rcng-service-jails`]);
    expect(e.body).toContain('[rc(8)](https://man.freebsd.org/cgi/man.cgi?query=rc\\&sektion=8)');
    expect(e.body).toContain('[vmm(4)](https://man.freebsd.org/cgi/man.cgi?query=vmm\\&sektion=4)');
    expect(e.body).toContain('[rc.conf(5)](https://man.freebsd.org/cgi/man.cgi?query=rc.conf\\&sektion=5)');
    expect(e.body.match(/^```/gm)).toHaveLength(2);
    expect(e.source).toEqual({ format: 'adoc', file: 'adoc/report-2024-04-2024-06/service-jails.adoc', line: 1 });
  });

  it('reads 2021Q1 ci: four contacts (two without address), 15 open tasks, a sponsor', () => {
    const e = entry('2021-01-2021-03/ci');
    expect(e.category).toBe('freebsd-team-reports');
    expect(e.contacts).toEqual([
      { name: 'Jenkins Admin', email: 'jenkins-admin@FreeBSD.org' },
      { name: 'Li-Wen Hsu', email: 'lwhsu@FreeBSD.org' },
      { name: 'freebsd-testing Mailing List' },
      { name: 'IRC #freebsd-ci channel on EFNet' },
    ]);
    expect(e.links.filter((l) => l.url.endsWith('/listinfo/freebsd-testing'))).toHaveLength(1);
    expect(e.tasks).toHaveLength(15);
    expect(e.tasks[0]).toContain('pre-commit CI building');
    expect(e.sponsors).toEqual(['The FreeBSD Foundation']);
    expect(e.body).toContain('bug_status=__open__');
  });

  it('reads 2021Q2 www: a "====" title, its contact, an ordered list of four', () => {
    const e = entry('2021-04-2021-06/www');
    expect(e.title).toBe('FreeBSD Website Revamp - WebApps working group');
    expect(e.category).toBe('documentation');
    expect(e.contacts).toEqual([{ name: 'Sergio Carlavilla', email: 'carlavilla@FreeBSD.org' }]);
    expect(e.body.match(/^\d+\. /gm)).toHaveLength(4);
  });

  it('reads 2021Q1 pkgbase.live under the slug pkgbase-live', () => {
    const e = entry('2021-01-2021-03/pkgbase-live');
    expect(e.source.file).toBe('adoc/report-2021-01-2021-03/pkgbase.live.adoc');
  });

  it('reads 2022Q2 azure: five contacts, two sponsors, four tasks after "Open tasks:"', () => {
    const e = entry('2022-04-2022-06/azure');
    expect(e.category).toBe('projects');
    expect(e.contacts.map((c) => c.email)).toEqual(['bsdic@microsoft.com', undefined, 'releng-azure@FreeBSD.org', 'whu@FreeBSD.org', 'lwhsu@FreeBSD.org']);
    expect(e.sponsors).toHaveLength(2);
    expect(e.sponsors[1]).toBe('The FreeBSD Foundation for everything else');
    expect(e.tasks).toHaveLength(4);
    expect(e.tasks[3]).toContain('local modifications of Azure agent');
  });

  it('reads 2022Q3 cloud-init: {handbook} expanded to the Handbook URL', () => {
    const e = entry('2022-07-2022-09/cloud-init');
    expect(e.body).toContain('[FreeBSD Handbook](https://docs.freebsd.org/en/books/handbook/)');
  });

  it('reads 2022Q4 releng: a "Sponsors: +" list of two', () => {
    const e = entry('2022-10-2022-12/releng');
    expect(e.contacts).toEqual([{ name: 'FreeBSD Release Engineering Team', email: 're@FreeBSD.org' }]);
    expect(e.sponsors).toEqual(['Rubicon Communications, LLC ("Netgate")', 'The FreeBSD Foundation']);
  });

  it('reads 2023Q1 daemon: a mailto contact and a man: macro among the links', () => {
    const e = entry('2023-01-2023-03/daemon');
    expect(e.title).toBe('daemon(8) improvements');
    expect(e.contacts).toEqual([
      { name: 'Ihor Antonov', email: 'ihor@antonovs.family' },
      { name: 'Kyle Evans', email: 'kevans@FreeBSD.org' },
    ]);
    expect(e.links.map((l) => l.url)).toEqual([
      'https://man.freebsd.org/cgi/man.cgi?query=daemon&sektion=8',
      'https://man.freebsd.org/daemon/8',
      'https://libera.chat/',
    ]);
  });

  it('reads 2023Q4 packrat: two tables', () => {
    const e = entry('2023-10-2023-12/packrat');
    expect(e.contacts).toEqual([{ name: 'Rick Macklem', email: 'rmacklem@FreeBSD.org' }]);
    expect(e.body.match(/^\| -/gm)).toHaveLength(2);
  });

  it('reads 2024Q2 freebsd-foundation: five subsections, 27 items and 17 nested items, mailto links', () => {
    const e = entry('2024-04-2024-06/freebsd-foundation');
    expect(e.contacts).toEqual([{ name: 'Deb Goodkin', email: 'deb@FreeBSDFoundation.org' }]);
    expect(e.links).toHaveLength(6);
    expect(e.body.match(/^## /gm)).toHaveLength(5);
    expect(e.body.match(/^- /gm)).toHaveLength(27);
    expect(e.body.match(/^ {2}- /gm)).toHaveLength(17);
    expect(e.body).toContain('[Christos Margiolis](mailto:christos@FreeBSD.org)');
  });

  it('reads 2024Q2 zcond and pot: "Help wanted" tasks, a GSoC sponsor, a plural Sponsors line', () => {
    const zcond = entry('2024-04-2024-06/zcond');
    expect(zcond.category).toBe('kernel');
    expect(zcond.tasks).toHaveLength(4);
    expect(zcond.tasks).toContain('Code review');
    expect(zcond.sponsors).toEqual(['Google LLC (GSoC 2024)']);
    expect(zcond.body).not.toContain('Help wanted');
    const pot = entry('2024-04-2024-06/pot');
    expect(pot.contacts.map((c) => c.email)).toEqual(['pizzamig@FreeBSD.org', 'bv@honeyguide.eu', 'grembo@FreeBSD.org']);
    expect(pot.sponsors).toEqual(['Nikulipe UAB', 'Honeyguide Group']);
  });

  it('reads 2025Q1 openjdk: a "Contact: +" list of two', () => {
    const e = entry('2025-01-2025-03/openjdk');
    expect(e.contacts).toEqual([
      { name: 'Harald Eilertsen', email: 'haraldei@freebsdfoundation.org' },
      { name: 'FreeBSD Java mailing list', email: 'freebsd-java@lists.freebsd.org' },
    ]);
  });

  it('reads 2025Q3 nuageinit: 13 items, `{id}` kept literally inside code', () => {
    const e = entry('2025-07-2025-09/nuageinit');
    expect(e.category).toBe('cloud');
    expect(e.body.match(/^- /gm)).toHaveLength(13);
    expect(e.body).toContain('`network.ethernets.{id}.mtu`');
  });

  it("keeps the authors' task headings, two lists apart, and a link target's `--`", () => {
    expect(entry('2024-04-2024-06/zcond').tasksHeading).toBe('Help wanted');
    expect(entry('2023-04-2023-06/kboot').tasksHeading).toBe('Help Needed');
    expect(entry('2024-01-2024-03/libsys').tasks.map((t) => t.split('\n')[0])).toEqual(['TODO', 'Help wanted']);
    const targets = [...entry('2023-04-2023-06/freebsd-foundation').body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(targets.some((url) => url.includes('--'))).toBe(true);
    expect(targets.filter((url) => /[\u2014\u2026]|%E2%80%94/i.test(url))).toEqual([]);
  });

  it('reads 2026Q1 sylve: three sponsors from one "Sponsors:" line', () => {
    const e = entry('2026-01-2026-03/sylve');
    expect(e.sponsors).toEqual(['The FreeBSD Foundation', 'Alchemilla Ventures (Development)', 'IPTechnics LLC (Infrastructure & Testing)']);
  });

  it('reads 2026Q1 fred and kbench-maint-pkgdist: every link of the Links field, none left in the body', () => {
    const fred = entry('2026-01-2026-03/fred');
    expect(fred.links.map((l) => l.url)).toContain('https://reviews.freebsd.org/D55829');
    expect(fred.body).not.toContain('D55829 amd64');
    // "Links: +" then a blank line, then the links.
    const kbench = entry('2026-01-2026-03/kbench-maint-pkgdist');
    expect(kbench.links).toHaveLength(4);
    expect(kbench.body).not.toContain('URL:');
  });

  it('reads report-level data: categories from the index, introductions', () => {
    const q1 = results.get('2021-01-2021-03')?.report;
    expect(q1?.title).toBe('FreeBSD Status Report, 2021 Q1 (January–March)');
    expect(q1?.categories.map((c) => c.key)).toEqual([
      'freebsd-team-reports',
      'projects',
      'kernel',
      'ports',
      'documentation',
      'miscellaneous',
      'third-party-projects',
    ]);
    expect(q1?.intro).toContain('switch-over to AsciiDoctor');
    const q = results.get('2024-04-2024-06')?.report;
    expect(q?.categories.find((c) => c.key === 'freebsd-team-reports')?.description).toContain('(https://www.freebsd.org/administration/)');
    expect(q?.intro).toContain('with 20 entries');
  });
});
