import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** An editor's slip: `<tt>` opened and never closed in the first paragraph of the third `<project>`. */
export function openTagInThirdProject(xml: string): string {
  let at = -1;
  for (let n = 0; n < 3; n++) at = xml.indexOf('<project', at + 1);
  const p = xml.indexOf('<p>', at) + '<p>'.length;
  return `${xml.slice(0, p)}<tt>${xml.slice(p)}`;
}

/** The same slip in a rendered page: `<div>` opened and never closed in the third entry. */
export function openTagInThirdEntry(html: string): string {
  const headings = [...html.matchAll(/<h2><a name=/g)].map((m) => m.index);
  const p = html.indexOf('<p>', headings[2] ?? html.length);
  return `${html.slice(0, p)}<div>${html.slice(p)}`;
}

/** A report cut off half way, as an interrupted copy leaves it. */
export function truncateHalfWay(bytes: Buffer): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** The faults {@link stageFaultyCorpus} puts in: the file and what was done to it. */
export const FAULTS = [
  { file: 'xml/report-2016-01-2016-03.xml', fault: 'an unclosed <tt> in the third <project>' },
  { file: 'xml/report-2019-10-2019-12.xml', fault: 'cut off half way' },
  { file: 'html/report-2020-10-2020-12.html', fault: 'an unclosed <div> in the third entry (a report imported from its HTML)' },
] as const;

/** A copy of the corpus in `into` with the {@link FAULTS} in it (latin1 keeps every byte as it was). */
export function stageFaultyCorpus(corpus: string, into: string): void {
  cpSync(corpus, into, { recursive: true });
  const edit = (file: string, change: (text: string) => string): void => {
    const full = path.join(into, file);
    writeFileSync(full, change(readFileSync(full, 'latin1')), 'latin1');
  };
  edit('xml/report-2016-01-2016-03.xml', openTagInThirdProject);
  const truncated = path.join(into, 'xml/report-2019-10-2019-12.xml');
  writeFileSync(truncated, truncateHalfWay(readFileSync(truncated)));
  edit('html/report-2020-10-2020-12.html', openTagInThirdEntry);
}
