import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GENERIC_READER_KEY } from '../utils/portals/generic/global';
import { readGeneric } from '../utils/portals/generic/read';

/**
 * generic.js: the generic reader, injected by the background into a portal frame whose page no adapter
 * reads completely (and registered together with the content script for user-added sites). It only
 * hands the reader to the content script; it reads nothing and changes nothing by itself.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[GENERIC_READER_KEY] = readGeneric;
});
