import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Link } from '../../components/link';
import { ReferenceList } from '../../components/reference-list';
import { getCitationIndex, mostCitedOfKind, WORK_KIND_NAMES, WORK_KINDS, type WorkKind } from '../../../lib/references';
import { referenceKindPath, referencesPath } from '../../../lib/routes';
import { pageMetadata } from '../../../lib/site/page-metadata';

type Props = { params: Promise<{ kind: string }> };

export const dynamicParams = false;

export function generateStaticParams(): Array<{ kind: string }> {
  return WORK_KINDS.map((kind) => ({ kind }));
}

function workKind(kind: string): WorkKind | undefined {
  return (WORK_KINDS as readonly string[]).includes(kind) ? (kind as WorkKind) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = workKind((await params).kind);
  return kind
    ? pageMetadata({
        title: `${WORK_KIND_NAMES[kind]} in the status reports`,
        description: `Every one of the ${WORK_KIND_NAMES[kind].toLowerCase()} the FreeBSD status reports mention, most mentioned first.`,
        path: referenceKindPath(kind),
      })
    : {};
}

export default async function ReferenceKindPage({ params }: Props) {
  const kind = workKind((await params).kind);
  if (!kind) notFound();
  const work = mostCitedOfKind(getCitationIndex(), kind);
  return (
    <>
      <p className="breadcrumb">
        <Link href={referencesPath}>References</Link>
      </p>
      <h1>
        {WORK_KIND_NAMES[kind]} <span className="muted">({work.length})</span>
      </h1>
      <p>Each with the entries that mention it. Most mentioned first.</p>
      <ReferenceList work={work} />
    </>
  );
}
