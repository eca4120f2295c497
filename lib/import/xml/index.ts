export { readXmlReport, type XmlReportInput } from './read-xml-report';
export {
  createEntityTable,
  expandEntities,
  parseEntityDeclarations,
  WEBSITE_BUILD_ENTITIES,
  type EntityTable,
  type ExpandedDocument,
  type EntityProblem,
} from './entities';
export { readProject, type RawXmlProject } from './read-project';
