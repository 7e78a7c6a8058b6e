/** storage.local keys the background writes for the options page. Neither holds patient data. */
export const IMPORT_NOTICE_KEY = 'notice:import-interrupted';
/** The newest date of service seen on any page (a date only), for the "data is older" warning. */
export const NEWEST_DOS_KEY = 'stats:newestDateOfService';
