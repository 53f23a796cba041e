import { isEnding, LSCPA, type RoleplayScenario } from './types';

/** The path a strong seller takes: the best reply at every turn, from the start to an ending. */
export function bestPath(s: RoleplayScenario): { nodeId: string; choiceIndex: number }[] {
  const path: { nodeId: string; choiceIndex: number }[] = [];
  const seen = new Set<string>();
  let id = s.start;
  for (let node = s.nodes[id]; node && !isEnding(node) && !seen.has(id); node = s.nodes[id]) {
    seen.add(id);
    const index = node.choices.findIndex((c) => c.quality === 'best');
    if (index < 0) break;
    path.push({ nodeId: id, choiceIndex: index });
    id = node.choices[index]!.next;
  }
  return path;
}

function reachableFrom(s: RoleplayScenario, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    const node = s.nodes[id];
    if (seen.has(id) || !node) continue;
    seen.add(id);
    if (!isEnding(node)) for (const c of node.choices) stack.push(c.next);
  }
  return seen;
}

/** Nodes from which some ending can be reached (a reverse search from the endings). */
function canFinish(s: RoleplayScenario): Set<string> {
  const ok = new Set(Object.keys(s.nodes).filter((id) => isEnding(s.nodes[id])));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, node] of Object.entries(s.nodes))
      if (!ok.has(id) && !isEnding(node) && node.choices.some((c) => ok.has(c.next))) {
        ok.add(id);
        grew = true;
      }
  }
  return ok;
}

function textProblems(value: unknown, where: string): string[] {
  const t = value as Record<string, unknown> | undefined;
  const missing = ['zh-CN', 'en'].filter((l) => typeof t?.[l] !== 'string' || !(t[l] as string).trim());
  return missing.length ? [`${where}: missing translation (${missing.join(', ')})`] : [];
}

/**
 * The problems of a role-play graph: a missing start, unknown `next` ids, nodes not reachable
 * from the start, nodes from which no ending can be reached (including loops with no way out),
 * missing translations, and a best path that does not walk Listen → Sympathize → Confirm →
 * Position → Affirm to a won ending. An empty list means the scenario is playable.
 */
export function validateScenario(s: RoleplayScenario): string[] {
  const problems: string[] = [];
  if (!s.nodes[s.start]) return [`start "${s.start}" is not a node`];
  problems.push(...textProblems(s.title, 'title'), ...textProblems(s.persona, 'persona'));

  for (const [id, node] of Object.entries(s.nodes)) {
    if (isEnding(node)) {
      problems.push(...textProblems(node.summary, `${id}.summary`));
      if (node.customer) problems.push(...textProblems(node.customer, `${id}.customer`));
      continue;
    }
    problems.push(...textProblems(node.customer, `${id}.customer`));
    if (node.choices.length < 2) problems.push(`${id}: a turn needs at least two replies to choose from`);
    node.choices.forEach((c, i) => {
      if (!s.nodes[c.next]) problems.push(`${id}.choices[${i}]: next "${c.next}" is not a node`);
      problems.push(...textProblems(c.text, `${id}.choices[${i}].text`), ...textProblems(c.feedback, `${id}.choices[${i}].feedback`));
    });
    if (!node.choices.some((c) => c.quality === 'best')) problems.push(`${id}: no best reply`);
  }

  const reachable = reachableFrom(s, s.start);
  for (const id of Object.keys(s.nodes)) if (!reachable.has(id)) problems.push(`${id}: not reachable from the start`);

  const finishing = canFinish(s);
  const stuck = [...reachable].filter((id) => s.nodes[id] && !finishing.has(id));
  for (const id of stuck) {
    const loop = findLoop(s, id, new Set(stuck));
    problems.push(loop ? `${id}: a loop with no way out (${loop.join(' → ')})` : `${id}: no ending can be reached from here`);
  }

  const best = bestPath(s);
  const last = best.at(-1);
  const endId = last ? (s.nodes[last.nodeId] as { choices: { next: string }[] }).choices[last.choiceIndex]!.next : s.start;
  const end = s.nodes[endId];
  const steps = best.map(({ nodeId, choiceIndex }) => (s.nodes[nodeId] as { choices: { step: string }[] }).choices[choiceIndex]!.step).filter((x) => x !== 'none');
  if (steps.join(',') !== LSCPA.join(','))
    problems.push(`the best path must walk ${LSCPA.join(' → ')}, it walks ${steps.join(' → ') || 'no step'}`);
  if (!isEnding(end) || end.ending !== 'won') problems.push('the best path must end "won"');
  return problems;
}

function findLoop(s: RoleplayScenario, from: string, within: Set<string>): string[] | undefined {
  const path: string[] = [];
  const onPath = new Set<string>();
  const explored = new Set<string>();
  const walk = (id: string): string[] | undefined => {
    if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id];
    if (!within.has(id) || explored.has(id)) return undefined;
    const node = s.nodes[id];
    if (!node || isEnding(node)) return undefined;
    path.push(id);
    onPath.add(id);
    for (const c of node.choices) {
      const loop = walk(c.next);
      if (loop) return loop;
    }
    path.pop();
    onPath.delete(id);
    explored.add(id);
    return undefined;
  };
  return walk(from);
}
