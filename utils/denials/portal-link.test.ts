import { expect, test } from 'vitest';
import { portalLink } from './portal-link';

/** Medicare-id-shaped, made up (no literal in the repository looks like a real one). */
const MBI = ['7', 'TT', '7', 'TT', '7', 'TT', '77'].join('');

test.each([
  // Claim numbers and navigation are kept.
  [
    'https://secure.uhcprovider.com/claims/claim-details?claimNumber=7000000007',
    'https://secure.uhcprovider.com/claims/claim-details?claimNumber=7000000007',
  ],
  [
    'https://essentials.availity.com/static/web/post/rm/remitviewerui/#/claim-details?payerClaimControlNumber=7000000006',
    'https://essentials.availity.com/static/web/post/rm/remitviewerui/#/claim-details?payerClaimControlNumber=7000000006',
  ],
  // Member ids, names and birth dates are dropped, in the query and in the app's route.
  [
    'https://www.example-portal.com/claims?memberId=ZZX000000001&claimId=7000000009&lastName=TESTPATIENT&dob=1961-03-14',
    'https://www.example-portal.com/claims?claimId=7000000009',
  ],
  [
    'https://essentials.availity.com/app/#/claim?subscriberId=W123456789&patientFirstName=ALEX&claimNumber=7000000001',
    'https://essentials.availity.com/app/#/claim?claimNumber=7000000001',
  ],
  // A Medicare id in a kept parameter, or a value that is not an id, is dropped too.
  [
    `https://www.noridianmedicareportal.com/claims?claim=${MBI}`,
    'https://www.noridianmedicareportal.com/claims',
  ],
  ['https://portal.example.com/c?claimId=ALEX%20TESTPATIENT', 'https://portal.example.com/c'],
  // A path that names a person is cut after the segment that says so.
  ['https://portal.example.com/members/ZZX000000001/claims/7000000009', 'https://portal.example.com/members'],
  [`https://portal.example.com/claims/${MBI}/detail`, 'https://portal.example.com/claims'],
  // User names and passwords never survive.
  ['https://user:secret@portal.example.com/claims?claimId=1', 'https://portal.example.com/claims?claimId=1'],
])('%s → %s', (url, link) => {
  expect(portalLink(url)).toBe(link);
});

test('only https addresses are kept', () => {
  expect(portalLink('http://portal.example.com/claims')).toBeNull();
  expect(portalLink('javascript:alert(1)')).toBeNull();
  expect(portalLink('not a url')).toBeNull();
});
