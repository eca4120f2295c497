import type { Metadata } from 'next';
import { Link } from './components/link';
import type { ReactNode } from 'react';
import { feedAlternates, latestFeedLink } from '../lib/feeds';
import { homePath, peoplePath, projectsPath, reportsPath, searchPath, subjectsPath, tasksPath, SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '../lib/routes';
import { SearchBox } from './components/search-box';
import './globals.css';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  ...(SITE_URL ? { metadataBase: new URL(SITE_URL) } : {}),
  alternates: feedAlternates(latestFeedLink()),
  openGraph: { siteName: SITE_NAME, type: 'website', description: SITE_DESCRIPTION },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <Link href={homePath} className="site-name">
              {SITE_NAME}
            </Link>
            <nav aria-label="Site">
              <ul>
                <li>
                  <Link href={reportsPath}>Reports</Link>
                </li>
                <li>
                  <Link href={subjectsPath}>Subjects</Link>
                </li>
                <li>
                  <Link href={projectsPath}>Projects</Link>
                </li>
                <li>
                  <Link href={peoplePath}>People</Link>
                </li>
                <li>
                  <Link href={tasksPath}>Tasks</Link>
                </li>
                <li>
                  <Link href={searchPath}>Search</Link>
                </li>
              </ul>
            </nav>
            <SearchBox />
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            Built from the FreeBSD status reports. Not an official site of the FreeBSD Project.
          </div>
        </footer>
      </body>
    </html>
  );
}
