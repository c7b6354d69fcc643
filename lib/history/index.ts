// The history of denials (DESIGN.md Contract 3): open, record, query, export and import.
export { DB_NAME, DB_VERSION, MIGRATIONS, STORE, type Migration } from './schema';
export { fingerprint, identityOf, FINGERPRINT_VERSION } from './fingerprint';
export { type HistoryHealth, type OpenOptions } from './open';
export {
  History,
  openHistory,
  clampCap,
  DEFAULT_CAP,
  MIN_CAP,
  MAX_CAP,
  type HistoryOptions,
  type Sighting,
  type WriteError,
  type WriteResult,
} from './store';
export { filterRecords, facets, matcher, parseSearch, serviceOf, type Facets, type HistoryQuery } from './query';
export {
  exportCsv,
  exportJson,
  parseImport,
  csvCell,
  CSV_COLUMNS,
  MAX_IMPORT_BYTES,
  type ImportError,
  type ParsedImport,
} from './transfer';
export { sanitizeFinding, toRecord, isPageUrl } from './validate';
