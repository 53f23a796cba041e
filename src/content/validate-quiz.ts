import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import type { QuizBank } from '../domain';
import { quizBankSchema } from './quiz-schema';
import type { ContentProblem } from './problems';

export interface QuizSourceFile {
  moduleId: string;
  file: string;
  source: string;
}

/**
 * Validates one module's question bank (string → data): YAML syntax, the schema of every item,
 * unique item ids, explanations that point at slides the module has, and a draw size the bank
 * can fill. Problems name the file, the line and the item id.
 */
export function validateQuizBank(source: string, file: string, slideIds: readonly string[]): { bank?: QuizBank; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  for (const error of doc.errors)
    problems.push({ file, line: lines.linePos(error.pos[0]).line, message: `YAML error: ${error.message.split('\n')[0]}` });
  if (problems.length) return { problems };

  const items = doc.get('items', true);
  const itemNode = (index: number) => (isSeq(items) ? items.items[index] : undefined);
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  const itemLabel = (index: number) => {
    const node = itemNode(index);
    const id = isMap(node) ? node.get('id') : undefined;
    return typeof id === 'string' ? `item "${id}"` : `item #${index + 1}`;
  };

  const parsed = quizBankSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, ...rest] = issue.path;
      if (head === 'items' && typeof index === 'number')
        problems.push({ file, line: lineOf(itemNode(index)), message: `${itemLabel(index)}: ${rest.join('.') || '(item)'}: ${issue.message}` });
      else problems.push({ file, line: lineOf(head === undefined ? undefined : doc.get(String(head), true)), message: `${issue.path.join('.') || '(bank)'}: ${issue.message}` });
    }
    return { problems };
  }

  const bank: QuizBank = parsed.data;
  const seen = new Set<string>();
  bank.items.forEach((item, index) => {
    const line = lineOf(itemNode(index));
    if (seen.has(item.id)) problems.push({ file, line, message: `item "${item.id}": duplicate id` });
    seen.add(item.id);
    if (!slideIds.includes(item.slide))
      problems.push({ file, line, message: `item "${item.id}": slide "${item.slide}" does not exist in this module` });
  });
  if (bank.drawCount > bank.items.length)
    problems.push({ file, message: `drawCount ${bank.drawCount} is more than the ${bank.items.length} items in the bank` });
  return problems.length ? { problems } : { bank, problems };
}
