import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Options } from '../../components/Options';
import { getDb } from '../../utils/ruledata/db';
import type { DataSetInfo } from '../../utils/ruledata/types';

function App() {
  const [datasets, setDatasets] = useState<DataSetInfo[] | null>(null);
  useEffect(() => {
    void getDb()
      .datasets.toArray()
      .then(setDatasets)
      .catch(() => setDatasets([]));
  }, []);
  return <Options datasets={datasets} />;
}

render(<App />, document.getElementById('app')!);
