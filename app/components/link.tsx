import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's internal link: next/link's navigation, without its prefetching of every link that
 * scrolls into view. What a page links to is often heavy (every project, every person, a whole
 * neighbouring report), and fetching and parsing it while the page loads kept a phone's main
 * thread busy (Lighthouse's blocking time); the pages are static and come quickly on a click.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
