/**
 * Problems the biller must hear about on the page they are using (options page, side panel): a
 * setting that was not written, a note that was not kept, a permission the browser refused. A tiny
 * store the page's components subscribe to; each problem says what was lost and what to do.
 * Problems that lose the biller nothing go to utils/log.ts instead.
 */
export type ProblemListener = (problems: readonly string[]) => void;

export interface Problems {
  report(problem: string): void;
  /** For promise chains: `.catch(problems.whenFails('Your note templates were not saved'))`. */
  whenFails(what: string): (error: unknown) => undefined;
  dismiss(problem: string): void;
  subscribe(listener: ProblemListener): () => void;
  current(): readonly string[];
}

const MAX_PROBLEMS = 5;

export function createProblems(): Problems {
  let list: readonly string[] = [];
  const listeners = new Set<ProblemListener>();
  const set = (next: readonly string[]) => {
    list = next;
    for (const l of listeners) l(list);
  };
  const report = (problem: string) => {
    if (!list.includes(problem)) set([...list, problem].slice(-MAX_PROBLEMS));
  };
  return {
    report,
    whenFails: (what) => (error) => {
      const why = error instanceof Error ? error.message : String(error);
      report(`${what}: ${why.slice(0, 300)}`);
      return undefined;
    },
    dismiss: (problem) => set(list.filter((p) => p !== problem)),
    subscribe(listener) {
      listeners.add(listener);
      listener(list);
      return () => listeners.delete(listener);
    },
    current: () => list,
  };
}
