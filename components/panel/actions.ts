import type { Finding } from '../../utils/model/finding';

/** Who a dismissal is for: the id it is stored under and the claim it belongs to. */
export interface DismissTarget {
  id: string;
  claimNumber: string;
}

export type OptionsSection = 'rule-data' | 'settings';

/**
 * What the panel asks the integrator to do. Every event is optional: a control whose event is not
 * wired is not shown, so the panel never offers a button that does nothing.
 */
export interface PanelActions {
  onDismiss?: (finding: Finding, reason: string, target: DismissTarget) => void;
  onUndoDismiss?: (dismissalId: string) => void;
  onCopyNote?: () => void;
  onReadThisSite?: () => void;
  onReread?: () => void;
  onOpenOptions?: (section?: OptionsSection) => void;
}
