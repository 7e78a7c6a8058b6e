import type { Eligibility } from '../../../utils/model/eligibility';
import type { Claim, PortalId } from '../../../utils/model/snapshot';
import type { SeedClaim, SeedEligibility, SeedEntry, SeedListClaim } from '../model';

/** One rendered page: its path on the style's host, its HTML, and what a biller reads on it. */
export interface Rendered {
  path: string;
  html: string;
  claims?: Claim[];
  eligibility?: Eligibility | null;
  /** Documents in iframes: path on the same host → HTML. */
  frames?: { path: string; html: string }[];
  note?: string;
}

/** A markup style: one family of portal pages, rendering whichever page kinds it has. */
export interface Style {
  name: string;
  host: string;
  portal?: PortalId;
  about: string;
  claimDetail?(c: SeedClaim, i: number): Rendered;
  remittance?(c: SeedClaim, i: number): Rendered;
  /** One payment (check or EFT) covering several claims, each with its own lines. */
  remittanceCheck?(claims: SeedClaim[]): Rendered;
  claimStatus?(list: SeedListClaim[]): Rendered;
  claimEntry?(e: SeedEntry, i: number): Rendered;
  eligibility?(e: SeedEligibility): Rendered | null;
}
