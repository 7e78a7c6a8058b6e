import type { PortalAdapter } from './adapter';
import { availityClaimDetail } from './availity/claim-detail';

/** Every portal adapter, in the order they are tried. README's "Supported pages" table lists these. */
export const ADAPTERS: readonly PortalAdapter[] = [availityClaimDetail];
