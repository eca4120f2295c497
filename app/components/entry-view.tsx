import type { Entry } from '../../lib/model';
import { contactAddresses, contactLines, linkShown, mailtoHref, sponsorHref } from '../../lib/content';
import { contactSlugs } from '../../lib/people';
import { getPeople } from '../../lib/people/site';
import { personPath } from '../../lib/routes';
import { Heading, type HeadingLevel } from './heading';
import { Markdown } from './markdown';

/**
 * An entry's contacts, links and sponsors, its text and its open tasks: everything but the
 * title, which the page places itself. `level` is the level of the entry's own sub-headings.
 */
export function EntryView({ entry, level }: { entry: Entry; level: HeadingLevel }) {
  return (
    <>
      <EntryMeta entry={entry} />
      <Markdown text={entry.body} minHeadingLevel={level} className="entry-body" />
      {entry.tasks.length > 0 && (
        <div className="entry-tasks">
          <Heading level={level}>{entry.tasksHeading ?? 'Open tasks'}</Heading>
          {entry.tasksIntro && <Markdown text={entry.tasksIntro} className="tasks-intro" />}
          {/* Bullets: authors listed what needs doing, seldom in an order. */}
          <ul>
            {/* Tasks hold Markdown too (links, `code`), rendered like the text. */}
            {entry.tasks.map((task, i) => (
              <li key={i}>
                <Markdown text={task} className="task" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function EntryMeta({ entry }: { entry: Entry }) {
  const { contacts, links, sponsors } = entry;
  if (contacts.length + links.length + sponsors.length === 0) return null;
  const lines = contactLines(contacts);
  const slugs = contactSlugs(getPeople(), entry.id, lines);
  return (
    <dl className="entry-meta">
      {contacts.length > 0 && (
        <>
          <dt>{contacts.length === 1 ? 'Contact' : 'Contacts'}</dt>
          <dd>
            <ul className="plain-list contacts">
              {lines.map(({ name, emails }, i) => (
                <li key={i}>
                  <ContactLine name={name} emails={emails} personSlug={slugs.get(name)} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {links.length > 0 && (
        <>
          <dt>{links.length === 1 ? 'Link' : 'Links'}</dt>
          <dd>
            <ul className="plain-list">
              {links.map((link, i) => {
                const { href, text } = linkShown(link);
                return <li key={i}>{href ? <a href={href}>{text}</a> : text}</li>;
              })}
            </ul>
          </dd>
        </>
      )}
      {sponsors.length > 0 && (
        <>
          <dt>{sponsors.length === 1 ? 'Sponsor' : 'Sponsors'}</dt>
          <dd>
            <ul className="inline-list">
              {sponsors.map((s, i) => {
                const href = sponsorHref(s, links);
                return <li key={i}>{href ? <a href={href}>{s}</a> : s}</li>;
              })}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

/** A contact's name, leading to their page where the site knows who it is, and their addresses (an IRC channel as a channel). */
function ContactLine({ name, emails, personSlug }: { name: string; emails: readonly string[]; personSlug: string | undefined }) {
  return (
    <>
      {personSlug ? (
        <a href={personPath(personSlug)}>{name}</a>
      ) : mailtoHref(name) ? (
        <a href={mailtoHref(name)} className="email">
          {name}
        </a>
      ) : (
        name
      )}
      {contactAddresses(name, emails).map((address) => (
        <span key={address.text}>
          {' '}
          {address.kind === 'mail' ? (
            <a href={address.href} className="email">
              &lt;{address.text}&gt;
            </a>
          ) : address.kind === 'channel' ? (
            <span className="channel">{address.text}</span>
          ) : (
            <span className="email">&lt;{address.text}&gt;</span>
          )}
        </span>
      ))}
    </>
  );
}
