// `npm run eval:roleplay [-- --dev] [-- --misses]`: how often classifyReply agrees with the labeled
// corpus. By default the held-out part only; `--dev` shows the development part (the written
// variants plus the six role-plays' replies), the one the rules may be tuned on.
import { classifyReply, evaluateClassifier, replySteps, replyWarnings, type ClassifierReport, type Labelled } from '../src/domain';
import { readCorpus, readRoleplayReplies } from './roleplay/corpus';

const dev = process.argv.includes('--dev');
const showMisses = process.argv.includes('--misses');
const corpus = readCorpus();
const items: Labelled[] = dev ? [...corpus.filter((r) => r.split === 'dev'), ...readRoleplayReplies()] : corpus.filter((r) => r.split === 'test');
const report = evaluateClassifier(items, (item) => classifyReply(item).step);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function matrix(r: ClassifierReport): string[] {
  const w = 11;
  const head = ['expected \\ got'.padEnd(16), ...replySteps.map((s) => s.padStart(w)), 'recall'.padStart(9)].join('');
  const rows = replySteps.map((s) =>
    [s.padEnd(16), ...replySteps.map((p) => String(r.confusion[s][p]).padStart(w)), pct(r.recall[s].recall).padStart(9)].join(''),
  );
  return [head, ...rows];
}

console.log(`classifyReply on the ${dev ? 'development' : 'held-out'} part: ${report.total} replies`);
for (const line of matrix(report)) console.log(line);
console.log(`overall ${pct(report.accuracy)} (${report.correct}/${report.total})`);
for (const [locale, l] of Object.entries(report.byLocale)) console.log(`${locale.padEnd(6)} ${pct(l.accuracy)} (${l.correct}/${l.total})`);
// The corpus also labels warnings; how many of the labeled ones the checker raises.
for (const warning of replyWarnings) {
  const labeled = corpus.filter((r) => (dev ? r.split === 'dev' : r.split === 'test') && r.warnings.includes(warning));
  const raised = labeled.filter((r) => classifyReply(r).warnings.includes(warning));
  const missed = showMisses ? labeled.filter((r) => !raised.includes(r)).map((r) => `\n  missed ${warning}: ${r.text}`).join('') : '';
  console.log(`warning ${warning}: raised on ${raised.length}/${labeled.length} labeled replies${missed}`);
}
if (showMisses) for (const m of report.misses) console.log(`  ${m.locale} ${m.expected} → ${m.predicted}: ${m.text}`);
