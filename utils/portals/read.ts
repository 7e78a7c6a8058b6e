import type { PageSnapshot } from '../model/snapshot';
import { readGeneric } from './generic/read';
import { readWith } from './read-core';

/**
 * Every reader at once: the adapters and the generic reader (tests, inspect, the benchmarks). The
 * content script uses readWith with the generic reader loaded only where a frame needs it.
 */
export const readPage = (doc: Document, href: string): PageSnapshot => readWith(readGeneric, doc, href);
