import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { objectionTypes, validateScenario, isEnding, type RoleplayScenario } from '../domain';
import { localizedText } from './quiz-schema';
import type { ContentProblem } from './problems';

const nodeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');

const choice = z.strictObject({
  text: localizedText,
  step: z.enum(['listen', 'sympathize', 'confirm', 'position', 'affirm', 'none']),
  quality: z.enum(['best', 'ok', 'poor']),
  feedback: localizedText,
  next: nodeId,
});

const dialogueNode = z.strictObject({ customer: localizedText, choices: z.array(choice).min(2).max(4) });
const endingNode = z.strictObject({ ending: z.enum(['won', 'advanced', 'stalled', 'lost']), customer: localizedText.optional(), summary: localizedText });

export const roleplaySchema = z.strictObject({
  id: nodeId,
  objection: z.enum(objectionTypes),
  title: localizedText,
  persona: localizedText,
  start: nodeId,
  nodes: z.record(nodeId, z.union([endingNode, dialogueNode])),
});

export const MIN_DIALOGUE_NODES = 10;
export const MIN_ENDINGS = 3;

/**
 * Validates one role-play file: YAML, schema, the graph rules of `validateScenario`, and the
 * course's own bar (10 dialogue nodes, 3 different endings, id and objection = file name).
 */
export function validateRoleplay(source: string, file: string): { scenario?: RoleplayScenario; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  };
  const problems: ContentProblem[] = doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, message: `YAML error: ${e.message.split('\n')[0]}` }));
  if (problems.length) return { problems };
  const parsed = roleplaySchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({ file, line: lineOf(i.path.slice(0, 2) as (string | number)[]), message: `${i.path.join('.') || '(scenario)'}: ${i.message}` })),
    };
  }
  const scenario = parsed.data as RoleplayScenario;
  const expected = file.split('/').at(-1)!.replace(/\.yaml$/, '');
  if (scenario.id !== expected) problems.push({ file, line: lineOf(['id']), message: `id "${scenario.id}" must equal the file name "${expected}"` });
  if (scenario.objection !== expected) problems.push({ file, line: lineOf(['objection']), message: `objection "${scenario.objection}" must equal the file name "${expected}"` });
  for (const message of validateScenario(scenario)) {
    const id = /^([a-z0-9-]+)[.:[]/.exec(message)?.[1];
    problems.push({ file, line: id && scenario.nodes[id] ? lineOf(['nodes', id]) : undefined, message });
  }
  const nodes = Object.values(scenario.nodes);
  const dialogue = nodes.filter((n) => !isEnding(n)).length;
  const endings = new Set(nodes.filter(isEnding).map((n) => n.ending));
  if (dialogue < MIN_DIALOGUE_NODES) problems.push({ file, message: `${dialogue} dialogue nodes; a scenario needs at least ${MIN_DIALOGUE_NODES}` });
  if (endings.size < MIN_ENDINGS) problems.push({ file, message: `${endings.size} kinds of ending; a scenario needs at least ${MIN_ENDINGS}` });
  return problems.length ? { problems } : { scenario, problems };
}
