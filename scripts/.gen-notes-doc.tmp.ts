import { readFileSync, writeFileSync } from 'node:fs';
import { noteContext } from '../utils/notes/context';
import { PLACEHOLDERS } from '../utils/notes/placeholders';
import { renderNote } from '../utils/notes/render';
import { describeSample, sampleFindings, sampleSnapshot } from '../utils/notes/sample';
import { defaultTemplates } from '../utils/notes/templates';
const p =../docs/notes.md';
let doc = readFileSync(p, 'utf8');
const start = doc.indexOf('### Default templates');
const end = doc.indexOf('## Note settings');
let out = '### Default templates\n\n';
for (const [kind, template] of Object.entries(defaultTemplates)) {
  const ctx = noteContext(sampleSnapshot(kind as never), sampleFindings(kind as never), { today: '2026-11-27', initials: 'JD', describeCode: describeSample });
  out += `**${kind}**\n\n\`\`\`text\n${template}\n\`\`\`\n\nOn the sample page:\n\n\`\`\`text\n${renderNote(template, ctx)}\n\`\`\`\n\n`;
}
doc = doc.slice(0, start) + out + '\n' + doc.slice(end);
// Placeholder table
const tStart = doc.indexOf('| placeholder | what it shows |');
const tEnd = doc.indexOf('\n\n', tStart);
const table = ['| placeholder | what it shows |', '|---|---|', ...PLACEHOLDERS.map((x) => `| \`{${x.name}}\` | ${x.description} |`)].join('\n');
doc = doc.slice(0, tStart) + table + doc.slice(tEnd);
writeFileSync(p, doc);
