import type { Finding } from '../../model/finding';
import { finding } from '../context';
import { describePeriod, ELIGIBILITY_SOURCE, type EligibilityCheck, openOn } from './common';

/**
 * elig-hospice: a hospice election or home-health episode open on the date of service. Services
 * related to the terminal illness go to the hospice; a home-health episode bundles many services.
 * On a Part B claim mod-hospice says it per line (which lines lack GW/GV), so it is not said twice.
 */
export const checkEligHospice: EligibilityCheck = ({
  eligibility,
  dos,
  claimIndex,
  lines,
  hospiceByLine,
}) => {
  const out: Finding[] = [];
  const hospice = hospiceByLine ? undefined : eligibility.hospice.find((p) => openOn(p, dos));
  if (hospice) {
    out.push(
      finding('elig-hospice', claimIndex, {
        severity: 'warning',
        lines,
        message: `A hospice election is open on ${dos}: ${describePeriod(hospice)}.`,
        action:
          'Services related to the terminal illness are billed by the hospice. Bill unrelated services with GW (attending physician: GV) and a diagnosis that shows they are unrelated.',
        source: ELIGIBILITY_SOURCE,
      }),
    );
  }
  const episode = eligibility.homeHealth.find((p) => openOn(p, dos));
  if (episode) {
    out.push(
      finding('elig-hospice', claimIndex, {
        severity: 'warning',
        lines,
        message: `A home health episode is open on ${dos}: ${describePeriod(episode)}.`,
        action:
          'Therapy and supplies during the episode are bundled to the home health agency (consolidated billing): bill the agency, not Medicare.',
        source: ELIGIBILITY_SOURCE,
      }),
    );
  }
  return out;
};
