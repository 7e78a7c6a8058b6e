import type { SidePanelProps } from '../SidePanel';

/** Messages from the integrator, inside the main landmark and announced; text only. */
export function Messages({
  problem,
  statusMessage,
  onStatusUndo,
}: Pick<SidePanelProps, 'problem' | 'statusMessage' | 'onStatusUndo'>) {
  return (
    <>
      {problem ? (
        <p class="problem-message" role="alert" data-testid="problem">
          {problem}
        </p>
      ) : null}
      {/* Always present: a status region added together with its text is often not announced. */}
      <div role="status">
        {statusMessage ? (
          <p class="status-message" data-testid="status-message">
            {statusMessage}
            {onStatusUndo ? (
              <button type="button" class="quiet small" data-testid="status-undo" onClick={onStatusUndo}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </>
  );
}
