import type { Metadata } from 'next';
import { Link } from './components/link';
import { NotFoundSearch } from './components/not-found-search';
import { reportsPath, searchPath } from '../lib/routes';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no page at this address. The <Link href={reportsPath}>list of all reports</Link> or a <Link href={searchPath}>search</Link> may help.
      </p>
      <NotFoundSearch />
    </>
  );
}
