import type { Metadata } from 'next';
import { Link } from './components/link';
import { reportsPath } from '../lib/routes';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no page at this address. The <Link href={reportsPath}>list of all reports</Link> may help.
      </p>
    </>
  );
}
