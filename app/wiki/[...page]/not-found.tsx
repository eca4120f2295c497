import { Link } from '../../components/link';
import { projectsPath, searchPath } from '../../../lib/site/routes';

/** No entry cites the page, nor a page above it: a 404 that says so and offers a way on. */
export default function WikiNotCited() {
  return (
    <>
      <h1>No report cites this wiki page</h1>
      <p>
        No entry of any status report links to this wiki.freebsd.org page or to a page above it. <Link href={searchPath}>Search the reports</Link> or
        browse <Link href={projectsPath}>all projects</Link> instead.
      </p>
    </>
  );
}
