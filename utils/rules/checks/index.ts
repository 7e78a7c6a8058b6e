import type { RuleId } from '../../model/finding';
import { type Check, needsModifiers } from '../context';
import { checkDenial } from '../denial/denial';
import { checkAbn } from './abn';
import { checkAddon } from './addon';
import { checkAssistant } from './asst';
import { checkBilateral } from './bilateral';
import { checkCodeValid } from './code-valid';
import { checkDuplicate } from './duplicate';
import { checkDxAgeSex } from './dx-age-sex';
import { checkDxPointer } from './dx-pointer';
import { checkGlobal } from './global';
import { checkHistory } from './history';
import { checkJwJz } from './jwjz';
import { checkKx } from './kx';
import { checkMedNecessity } from './med-necessity';
import { checkMod25 } from './mod-25';
import { checkMod59 } from './mod-59';
import { checkModAmbulance } from './mod-ambulance';
import { checkModAnesthesia } from './mod-anesthesia';
import { checkModExcluded } from './mod-excluded';
import { checkModHospice } from './mod-hospice';
import { checkModTherapy } from './mod-therapy';
import { checkMue } from './mue';
import { checkPayerRule } from './payer-rule';
import { checkPctc } from './pctc';
import { checkPos } from './pos';
import { checkPtp } from './ptp';
import { checkTelehealth } from './telehealth';
import { checkTimelyFiling } from './timely-filing';

/** Every claim check, by its rule id (utils/rules/README.md). Eligibility checks run separately (they read the page's 271). */
export const CLAIM_CHECKS: ReadonlyArray<readonly [RuleId, Check]> = [
  ['ptp', checkPtp],
  ['mue', checkMue],
  ['addon', checkAddon],
  ['bilateral', checkBilateral],
  ['pctc', checkPctc],
  ['global', checkGlobal],
  ['asst', checkAssistant],
  ['mod-59', checkMod59],
  ['mod-25', checkMod25],
  ['mod-therapy', needsModifiers('mod-therapy', 'the therapy modifiers (GP/GO/GN, CQ/CO)', checkModTherapy)],
  [
    'mod-anesthesia',
    needsModifiers('mod-anesthesia', 'the anesthesia pricing modifiers', checkModAnesthesia),
  ],
  [
    'mod-ambulance',
    needsModifiers('mod-ambulance', 'the ambulance origin/destination modifiers', checkModAmbulance),
  ],
  ['mod-hospice', needsModifiers('mod-hospice', 'GW/GV on the hospice lines', checkModHospice)],
  ['mod-excluded', needsModifiers('mod-excluded', 'GY on excluded services', checkModExcluded)],
  ['telehealth', checkTelehealth],
  ['abn', checkAbn],
  ['jwjz', checkJwJz],
  ['kx', checkKx],
  ['code-valid', checkCodeValid],
  ['med-necessity', checkMedNecessity],
  ['dx-pointer', checkDxPointer],
  ['dx-age-sex', checkDxAgeSex],
  ['duplicate', checkDuplicate],
  ['pos', checkPos],
  ['payer-rule', checkPayerRule],
  ['timely-filing', checkTimelyFiling],
  ['denial', checkDenial],
  ['history', checkHistory],
];
