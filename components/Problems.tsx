import { useEffect, useState } from 'preact/hooks';
import type { Problems as ProblemStore } from '../utils/problems';

/** What the biller lost and what to do, announced at once; each can be closed once read. Text only. */
export function Problems({ store }: { store: ProblemStore }) {
  const [problems, setProblems] = useState<readonly string[]>(store.current());
  useEffect(() => store.subscribe(setProblems), [store]);
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert" data-testid="problems">
      {problems.map((p) => (
        <p key={p} class="problem-message">
          {p}{' '}
          <button type="button" onClick={() => store.dismiss(p)}>
            Close
          </button>
        </p>
      ))}
    </div>
  );
}
