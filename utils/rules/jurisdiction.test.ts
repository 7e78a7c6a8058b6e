import { expect, test } from 'vitest';
import {
  contractorInJurisdiction,
  describeJurisdiction,
  Jurisdiction,
  NO_JURISDICTION,
  parseStates,
  presetFromPortal,
} from './jurisdiction';

const CGS_OH = { number: '15202', name: 'CGS Administrators, LLC', states: ['OH'], dme: false };
const NORIDIAN_WA = {
  number: '02202',
  name: 'Noridian Healthcare Solutions, LLC',
  states: ['WA'],
  dme: false,
};

test('the MAC portal in use presets the jurisdiction once, never over what the biller set', () => {
  expect(presetFromPortal(NO_JURISDICTION, 'noridian')).toEqual({
    ...NO_JURISDICTION,
    presetFrom: 'noridian',
  });
  expect(presetFromPortal(NO_JURISDICTION, 'availity')).toBeNull();
  expect(presetFromPortal({ ...NO_JURISDICTION, states: ['OH'] }, 'noridian')).toBeNull();
  expect(presetFromPortal({ ...NO_JURISDICTION, presetFrom: 'cgs' }, 'noridian')).toBeNull();
});

test('states or contractor numbers set win over the portal preset', () => {
  const preset = { ...NO_JURISDICTION, presetFrom: 'noridian' as const };
  expect(contractorInJurisdiction(NORIDIAN_WA, preset)).toBe(true);
  expect(contractorInJurisdiction(CGS_OH, preset)).toBe(false);
  const ohio = { ...preset, states: ['OH'] };
  expect(contractorInJurisdiction(NORIDIAN_WA, ohio)).toBe(false);
  expect(contractorInJurisdiction(CGS_OH, ohio)).toBe(true);
  expect(contractorInJurisdiction(NORIDIAN_WA, { ...NO_JURISDICTION, contractors: ['02202'] })).toBe(true);
  expect(describeJurisdiction({ states: ['OH', 'KY'], contractors: ['15202'], presetFrom: null })).toBe(
    'OH, KY; contractor 15202',
  );
});

test('a stored value that does not fit is refused, not half used', () => {
  expect(Jurisdiction.safeParse({ states: ['Ohio'] }).success).toBe(false);
  expect(Jurisdiction.safeParse({ presetFrom: 'availity' }).success).toBe(false);
  expect(Jurisdiction.parse({})).toEqual(NO_JURISDICTION);
  expect(parseStates('oh, ky; CNMI x1')).toEqual({ states: ['OH', 'KY', 'CNMI'], invalid: ['X1'] });
});
