import type { Metadata } from 'next';
import { Link } from '../components/link';
import { getKnowledgeBase } from '../../lib/content';
import { reportLabel, countOf } from '../../lib/model';
import { linkKey } from '../../lib/projects/link-key';
import { findWorkReferences, getCitationIndex, workKey } from '../../lib/references';
import { citesPagePath, entryPath, referencePath } from '../../lib/routes';
import { pageMetadata } from '../../lib/site/page-metadata';
// The search page's box, so that both forms look and reflow alike.
import styles from '../search/search-page.module.css';

type Props = { searchParams: Promise<{ url?: string | string[] }> };

export const metadata: Metadata = pageMetadata({
  title: 'Entries citing a URL',
  description: 'Which FreeBSD status report entries cite a web address, however they spelled it.',
  path: citesPagePath,
  indexable: false,
});

/** Which entries cite a URL, however they spelled it (scheme, `www.`, trailing slash, a file in a repository). */
export default async function CitesPage({ searchParams }: Props) {
  const given = (await searchParams).url;
  const url = (Array.isArray(given) ? given[0] : given)?.trim() ?? '';
  const key = url ? linkKey(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`) : null;
  const kb = getKnowledgeBase();
  const citations = getCitationIndex();
  const ids = key ? (citations.byLink.get(key) ?? []) : [];
  // A review, a problem report, a commit or a manual page has several addresses
  // (show_bug.cgi?id=N and /N): its page counts the entries citing any of them.
  const work = key ? findWorkReferences('', [url]).find((w) => citations.work.has(workKey(w))) : undefined;
  const workIds = work ? (citations.work.get(workKey(work))?.entryIds ?? []) : [];
  return (
    <>
      <h1>Entries citing a URL</h1>
      <p className="muted">Paste an address (a wiki page, a review, a mailing list post, a project&apos;s site) to list the entries that link to it.</p>
      <form method="get" action={citesPagePath} className={styles.form}>
        <label htmlFor="cites-url" className="visually-hidden">
          URL
        </label>
        <div className={styles.queryRow}>
          <input id="cites-url" name="url" type="url" defaultValue={url} placeholder="https://wiki.freebsd.org/bhyve" className={styles.input} />
          <button type="submit" className={styles.submit}>
            Find
          </button>
        </div>
      </form>
      {url && key === null && <p role="status">“{url}” is not a web address.</p>}
      {key && (
        <p role="status">
          {ids.length === 0 ? 'No entry cites' : `${countOf(ids.length, 'entry cites', 'entries cite')}`} <code>{url}</code>
          {work && workIds.length !== ids.length && ' as written'}.
        </p>
      )}
      {work && workIds.length !== ids.length && (
        <p>
          It is {work.label}:{' '}
          <Link href={referencePath(work)}>
            {countOf(workIds.length, 'entry mentions', 'entries mention')} it
          </Link>
          , under any of its addresses or by name.
        </p>
      )}
      <ul className="entry-list">
        {ids.map((id) => {
          const entry = kb.getEntry(id);
          return entry ? (
            <li key={id}>
              <Link href={entryPath(entry)}>{entry.title}</Link> <span className="muted">{reportLabel(entry.report)}</span>
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
