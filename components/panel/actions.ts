import type { Finding, RuleId } from '../../utils/model/finding';

/** Who a dismissal is for: the id it is stored under and the claim it belongs to. */
export interface DismissTarget {
  id: string;
  claimNumber: string;
}

/** Options page sections the panel links to (their element ids on options.html). */
export type OptionsSection = 'rule-data' | 'checks';

/**
 * What the panel asks the integrator to do. Every event is optional: a control whose event is not
 * wired is not shown, so the panel never offers a button that does nothing.
 */
export interface PanelActions {
  /** One item dismissed: every finding shown in it, each with its own target. */
  onDismiss?: (findings: Finding[], reason: string, targets: DismissTarget[]) => void;
  onUndoDismiss?: (dismissalIds: string[]) => void;
  onCopyNote?: () => void;
  /** The biller edited the note (null: back to the composed note). */
  onNoteEdit?: (text: string | null) => void;
  onActionTaken?: (text: string) => void;
  /** The claim the note is about (a row picked in a claims list). */
  onSelectClaim?: (claimIndex: number) => void;
  /** "Turn off for this payer": the check stops running for payers whose name contains `payer`. */
  onTurnOffForPayer?: (rule: RuleId, payer: string) => void;
  /** "Change the filing limit for this payer". */
  onFilingLimit?: (payer: string, days: number) => void;
  onReadThisSite?: () => void;
  onReread?: () => void;
  onOpenOptions?: (section?: OptionsSection) => void;
}
