import { type DenialGuide, describeCode } from './carc';
import { RARC_MEANINGS } from './rarc-meanings';

/** Remittance advice remark codes (RARC): meaning and general next step from the guidance table. */
export const describeRarc = (code: string): DenialGuide | null => describeCode('rarc', code);

export const KNOWN_RARCS: readonly string[] = Object.keys(RARC_MEANINGS);
