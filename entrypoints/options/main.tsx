import { render } from 'preact';
import { RuleData } from '../../components/options/RuleData';
import { useRuleData } from './rule-data';

function App() {
  const ruleData = useRuleData();
  return (
    <main class="panel options">
      <h1>ClaimLens options</h1>
      <RuleData {...ruleData} />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
