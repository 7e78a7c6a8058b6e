import type { Finding } from '../../model/finding';
import { type Check, couldNotRead, finding, unread } from '../context';
import { codeInList } from '../payer-pack';

/**
 * payer-rule: the requirements of the payer packs matching this claim's payer — modifiers a code
 * must carry, and codes that need prior authorisation (satisfied when the claim shows an auth number).
 */
export const checkPayerRule: Check = (claim, _data, ctx) => {
  const findings: Finding[] = [];
  // A page that does not show the authorization number (or the modifiers) cannot say they are missing.
  const authUnread = unread(claim, 'priorAuthorization');
  const modifiersUnread = unread(claim, 'modifiers');
  // The eligibility response on the same page can say that authorization is required (CO-197 risk).
  const authNeeded = ctx.snapshot.eligibility?.priorAuthRequired && claim.serviceLines.length > 0;
  if (authNeeded && !claim.priorAuthorization && authUnread) {
    findings.push(
      couldNotRead('payer-rule', ctx, 'the prior authorization the plan requires', 'priorAuthorization'),
    );
  } else if (authNeeded && !claim.priorAuthorization) {
    findings.push(
      finding('payer-rule', ctx.claimIndex, {
        severity: 'warning',
        message:
          'The eligibility response says this plan requires prior authorization or a referral, and the claim shows no authorization number.',
        action:
          'Enter the authorization or referral number; if there is none, request it before billing (otherwise expect CO-197).',
        source: 'Eligibility response on this page (271/HETS)',
      }),
    );
  }
  for (const pack of ctx.packs) {
    const source = `Payer pack "${pack.name}" ${pack.version}`;
    for (const rule of pack.requiredModifiers) {
      for (const line of claim.serviceLines) {
        if (!line.code || !codeInList(line.code, rule.codes)) continue;
        if (line.modifiers.some((m) => rule.anyOf.includes(m))) continue;
        if (modifiersUnread) {
          findings.push(
            couldNotRead('payer-rule', ctx, `${rule.anyOf.join(' or ')} on ${line.code}`, 'modifiers', [
              line.line,
            ]),
          );
          continue;
        }
        findings.push(
          finding('payer-rule', ctx.claimIndex, {
            severity: rule.severity,
            lines: [line.line],
            message:
              rule.message ??
              `${claim.payer ?? 'This payer'} requires ${rule.anyOf.join(' or ')} on ${line.code}.`,
            action: `Add ${rule.anyOf.length === 1 ? rule.anyOf[0] : `one of ${rule.anyOf.join(', ')}`} to line ${line.line}.`,
            source,
          }),
        );
      }
    }
    if (claim.priorAuthorization) continue;
    for (const rule of pack.priorAuthorization) {
      const lines = claim.serviceLines.filter((l) => l.code && codeInList(l.code, rule.codes));
      if (lines.length === 0) continue;
      if (authUnread) {
        findings.push(
          couldNotRead(
            'payer-rule',
            ctx,
            `the prior authorization ${pack.name} requires`,
            'priorAuthorization',
            lines.map((l) => l.line),
          ),
        );
        continue;
      }
      findings.push(
        finding('payer-rule', ctx.claimIndex, {
          severity: rule.severity,
          lines: lines.map((l) => l.line),
          message:
            rule.message ??
            `${claim.payer ?? 'This payer'} requires prior authorization for ${[...new Set(lines.map((l) => l.code))].join(', ')} and the claim shows no authorization number.`,
          action:
            'Enter the authorization number on the claim, or get one (retro-authorization) before billing; otherwise expect CO-197.',
          source,
        }),
      );
    }
  }
  return findings;
};
