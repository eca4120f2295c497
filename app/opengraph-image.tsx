import { getKnowledgeBase } from '../lib/content';
import { getProjectIndex } from '../lib/projects';
import { siteCard } from '../lib/site/og-card';
import { SITE_NAME } from '../lib/routes';
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, renderOgImage } from './components/og-image';

// Every page without a picture of its own: the site's.
export const alt = SITE_NAME;
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;

export default function Image() {
  const { reports, entries } = getKnowledgeBase();
  return renderOgImage(siteCard({ reports: reports.length, entries: entries.length, projects: getProjectIndex().projects.length }));
}
