import type { MetadataRoute } from 'next';
import { siteRobots } from '../lib/feeds';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return siteRobots();
}
