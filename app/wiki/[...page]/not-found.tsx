'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { searchQueryPath } from '../../../lib/site/routes';

/** No entry cites the page: a 404 that says what was asked for and searches for its last word. */
export default function WikiNotCited() {
  const segments = (usePathname() ?? '').split('/').slice(2);
  const page = segments.map((s) => decodeURIComponent(s)).join('/');
  const word = (segments.length ? page.split('/').pop() : '') ?? '';
  return (
    <>
      <h1>No report cites this wiki page</h1>
      <p>
        No entry of any status report links to the wiki page <code>{page}</code> or to a page above it.{' '}
        {word && <Link href={searchQueryPath(word.replace(/([a-z])([A-Z])/g, '$1 $2'))}>Search the reports for “{word}”</Link>}
      </p>
    </>
  );
}
