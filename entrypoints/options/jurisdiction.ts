import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db';
import type { CoverageContractor } from '../../utils/ruledata/coverage';
import { decodeContractor, MCD_CONTRACTORS_KEY } from '../../utils/ruledata/import/mcd-layout';
import type { DataSetInfo } from '../../utils/ruledata/types';
import { type Jurisdiction, NO_JURISDICTION } from '../../utils/rules/jurisdiction';
import { JURISDICTION_KEY, loadJurisdiction, saveJurisdiction } from '../../utils/settings';

/** Wiring for "Medicare jurisdiction": its own storage key, the contractors of the imported articles. */
export function useJurisdiction(datasets: DataSetInfo[] | null) {
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(NO_JURISDICTION);
  const [contractors, setContractors] = useState<CoverageContractor[] | null>(null);

  useEffect(() => {
    void loadJurisdiction().then(setJurisdiction);
    // The background presets it when the biller opens a MAC portal: show that here too.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && JURISDICTION_KEY in changes) void loadJurisdiction().then(setJurisdiction);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const mcd = datasets?.find((d) => d.kind === 'mcd')?.id ?? null;
  useEffect(() => {
    if (!mcd) {
      setContractors(null);
      return;
    }
    void getDb()
      .ruleRecords.get([mcd, MCD_CONTRACTORS_KEY])
      .then((row) => {
        const list = Array.isArray(row?.data) ? row.data : [];
        setContractors(list.flatMap((e: unknown) => decodeContractor(e) ?? []).filter((c) => !c.dme));
      })
      .catch(() => setContractors(null));
  }, [mcd]);

  return {
    jurisdiction,
    contractors,
    onChange(next: Jurisdiction) {
      setJurisdiction(next);
      void saveJurisdiction(next);
    },
  };
}
