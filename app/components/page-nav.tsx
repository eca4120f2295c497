import { Link } from './link';
import { pageWindow } from '../../lib/site/pagination';
import styles from './page-nav.module.css';

interface Props {
  /** What the pages are of, for screen readers: "Task pages". */
  label: string;
  current: number;
  count: number;
  hrefOf: (page: number) => string;
}

/** Previous, numbered and next page links of a server-rendered list; nothing when there is one page. */
export function PageNav({ label, current, count, hrefOf }: Props) {
  if (count <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pages}>
      <ul>
        {current > 1 && (
          <li>
            <Link href={hrefOf(current - 1)} rel="prev">
              Previous
            </Link>
          </li>
        )}
        {pageWindow(current, count).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className={styles.gap}>
              …
            </li>
          ) : (
            <li key={page}>
              <Link href={hrefOf(page)} aria-current={page === current ? 'page' : undefined} aria-label={`Page ${page}`}>
                {page}
              </Link>
            </li>
          ),
        )}
        {current < count && (
          <li>
            <Link href={hrefOf(current + 1)} rel="next">
              Next
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
