import styles from './on-this-page.module.css';

/** Links to a long page's sections, shown only when there is more than one to jump to. */
export function OnThisPage({ sections }: { sections: ReadonlyArray<readonly [id: string, label: string]> }) {
  if (sections.length < 2) return null;
  return (
    <nav aria-label="On this page" className={styles.onPage}>
      <ul className="inline-list">
        {sections.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
