/**
 * What each adapter reads (the README's supported-pages table) and the URLs it is for (the detection
 * test checks each matches only its own URL family). Kept out of the adapters so none of this text
 * ships in the content script.
 */
export const ADAPTER_INFO: Record<string, { title: string; examples: string[] }> = {
  'mac/eligibility': {
    title:
      'Medicare (HETS) eligibility on MAC portals: Part A/B, deductible, MA, MSP, hospice, home health, QMB',
    examples: [
      'https://www.noridianmedicareportal.com/web/nmp/eligibility/results',
      'https://www.mycgsportal.com/mycgs/eligibility/beneficiary',
    ],
  },
  'mac/claim-detail': {
    title:
      'Medicare (MAC) claim detail: header list and line items with procedure, modifiers, units, pointer, CARC/RARC',
    examples: ['https://www.noridianmedicareportal.com/web/nmp/claims/status?results=1'],
  },
  'mac/claim-status': {
    title: 'Medicare (MAC) claim status results: ICN/DCN, DOS, status, billed, paid',
    examples: ['https://www.noridianmedicareportal.com/web/nmp/claims/status?results=1'],
  },
  'uhc/claim-detail': {
    title: 'UnitedHealthcare claim detail (summary cards over a line table with CARC/RARC)',
    examples: ['https://secure.uhcprovider.com/claims/claim-details?claimNumber=1'],
  },
  'uhc/claim-entry': {
    title: 'UnitedHealthcare professional claim entry (per-row ids, rows added live)',
    examples: ['https://provider-apps.linkhealth.com/claims/professional/#/claim-entry'],
  },
  'availity/eligibility': {
    title:
      'Availity eligibility and benefits: coverage, plan dates, deductible / out-of-pocket, copay, coinsurance',
    examples: ['https://essentials.availity.com/static/web/pres/web/eligibility/#/results?transactionId=1'],
  },
  'availity/claim-detail': {
    title: 'Availity claim status: claim detail (header panels, service lines, remark rows)',
    examples: [
      'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/#/claim-detail?id=1',
      'https://apps.availity.com/static/web/post/cs/enhanced-claim-status-ui/#/dashboard?activeTab=by276',
    ],
  },
  'availity/claim-entry': {
    title:
      'Availity professional claim (CMS-1500) entry: dotted-id inputs, react-select comboboxes, rows added live',
    examples: [
      'https://essentials.availity.com/web/pre-claim/claims-correction-ui/#/ORG1/ZZPAYER/professional',
    ],
  },
  'availity/claim-status': {
    title: 'Availity claim status: results table, not-found and still-loading alerts',
    examples: [
      'https://essentials.availity.com/static/web/post/cs/enhanced-claim-status-ui/#/dashboard?payerId=ZZ&activeTab=by276',
    ],
  },
  'availity/remittance': {
    title: 'Availity remittance viewer: remit results and claim details (ARIA grids, nested adjustment rows)',
    examples: ['https://essentials.availity.com/static/web/post/rm/remitviewerui/#/claim-details?remitId=1'],
  },
  'office-ally/claim-entry': {
    title:
      'Office Ally CMS-1500 online entry and Claim Fix (inside #Iframe9): 12–50 line rows, split dates, boxes 21 A–L',
    examples: [
      'https://www.officeally.com/OA/Claims/HCFA1500.aspx?Mode=OnlineEntry',
      'https://pm.officeally.com/OA/Claims/HCFA1500.aspx?Mode=ClaimFix&ClaimID=7000000005',
    ],
  },
  'availity/shell': {
    title: 'Availity navigation shell (the app is read inside iframe#newBodyFrame)',
    examples: [
      'https://essentials.availity.com/static/web/onb/onboarding-ui-apps/navigation/#/loadApp/?appUrl=%2Fstatic',
    ],
  },
  'office-ally/shell': {
    title: 'Office Ally shell secure_oa.asp (the form is read inside #Iframe9)',
    examples: ['https://www.officeally.com/secure_oa.asp?GOTO=OnlineEntry&TaskAction=Manage'],
  },
};
