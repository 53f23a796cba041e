import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './problems';
import { scenarioSchema, type Scenario } from './scenario-schema';

export interface ScenarioSourceFile {
  file: string;
  source: string;
}

/** Validates one scenario file; the id must be the file name. */
export function validateScenario({ file, source }: ScenarioSourceFile): { scenario?: Scenario; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const problems: ContentProblem[] = doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, message: `YAML error: ${e.message.split('\n')[0]}` }));
  if (problems.length) return { problems };
  const parsed = scenarioSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = doc.getIn(issue.path.slice(0, 2) as (string | number)[], true) as { range?: [number] } | undefined;
      problems.push({ file, line: node?.range ? lines.linePos(node.range[0]).line : undefined, message: `${issue.path.join('.') || '(scenario)'}: ${issue.message}` });
    }
    return { problems };
  }
  const expected = file.split('/').at(-1)!.replace(/\.yaml$/, '');
  if (parsed.data.id !== expected) return { problems: [{ file, line: 1, message: `id "${parsed.data.id}" must equal the file name "${expected}"` }] };
  return { scenario: parsed.data, problems };
}
