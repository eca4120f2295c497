import { redirect } from 'next/navigation';
import { subjectsPath } from '../../lib/routes';

/** `/wiki` names no page: its readers look for what wiki pages are mostly about, the subjects. */
export default function WikiIndex() {
  redirect(subjectsPath);
}
