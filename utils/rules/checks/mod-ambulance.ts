import type { Finding } from '../../model/finding';
import { type Check, finding } from '../context';
import { isAmbulanceCode, isPlacePair, isValidPlacePair, OTHER_MEANING, PLACES } from '../data/ambulance';

/**
 * mod-ambulance: every ambulance transport line (A0425–A0436 and the other trip codes) carries one
 * origin/destination modifier — origin letter then destination letter from D, E, G, H, I, J, N, P, R, S,
 * X, with X (a stop at a physician's office on the way to the hospital) as destination only
 * (Pub. 100-04 ch. 15 §30 A). Missing, malformed or two pairs on one line: an error, for every payer
 * (the modifiers are the national HCPCS convention; payer switches can lower it). A pair that is
 * nothing but an ambulance modifier (RH, NH…) on another code is reported here, once (code-valid
 * leaves these to this check).
 */
const SOURCE = 'ClaimLens modifier rules 2026-11 (Pub. 100-04 ch. 15 §30 A)';
const place = (letter: string) => PLACES[letter] ?? letter;

export const checkModAmbulance: Check = (claim, _data, ctx) => {
  const findings: Finding[] = [];
  const report = (line: number, message: string, action: string) =>
    findings.push(
      finding('mod-ambulance', ctx.claimIndex, {
        severity: 'error',
        lines: [line],
        message,
        action,
        source: SOURCE,
      }),
    );
  for (const l of claim.serviceLines) {
    if (!l.code) continue;
    const pairs = l.modifiers.filter(isPlacePair);
    if (!isAmbulanceCode(l.code)) {
      const only = pairs.filter((m) => !OTHER_MEANING.has(m));
      if (only.length > 0)
        report(
          l.line,
          `${l.code} on line ${l.line} has ${only.join(' and ')}, an ambulance origin/destination modifier, but it is not an ambulance code.`,
          `Remove ${only.join(' and ')} from line ${l.line}.`,
        );
      continue;
    }
    if (pairs.length === 0) {
      report(
        l.line,
        `Ambulance ${l.code} on line ${l.line} has no origin/destination modifier.`,
        `Add the pair for the trip to line ${l.line}: origin then destination, e.g. RH (residence to hospital), SH (scene to hospital), HN (hospital to skilled nursing facility).`,
      );
    } else if (pairs.length > 1) {
      report(
        l.line,
        `Ambulance ${l.code} on line ${l.line} has ${pairs.join(' and ')}: one origin/destination modifier per line.`,
        'Keep the pair for this trip; bill another leg of the journey on its own lines.',
      );
    } else if (!isValidPlacePair(pairs[0] ?? '')) {
      const pair = pairs[0] ?? '';
      report(
        l.line,
        `${pair} on ambulance ${l.code} (line ${l.line}) is not a valid origin/destination pair: X (${place('X')}) is used only as the destination.`,
        `Put the trip's origin first and its destination second, X only second (e.g. RX: residence to a physician's office on the way to the hospital).${OTHER_MEANING.has(pair) ? ` (${pair} means something else on other codes; on an ambulance line this place is for the trip's pair.)` : ''}`,
      );
    }
  }
  return findings;
};
