/** The rule-data importer's public face: what the options page's worker and the background call. */
export { importFiles } from './run';
export type { BadRow, ImportOptions, ImportStep, InputFile, SetReport, SetStatus } from './types';
export { cleanOrphans, QUOTA_MESSAGE } from './write';
