// People named as contacts. `getPeople` (site.ts) is the site's memo; it is not re-exported here
// so that modules the threading may use never pull in the content folder.
export { collectPeople, collectPeopleIndex } from './collect';
export { decideContactKind, isBareAddress, isPlaceholderName } from './kind';
export { contactSlugs, personNamed } from './lookup';
