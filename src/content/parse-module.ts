import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { allowedParents, componentProps, isComponentName, type ComponentName } from './vocabulary';
import type { ContentProblem } from './problems';

export interface SlideInfo {
  id: string;
  title: string;
  added: boolean;
  /** Planned minutes in the room. */
  minutes: number;
  /** How many hidden parts the trainer reveals one by one in presenter mode (0 for none). */
  reveals: number;
  line: number;
}

export interface ParsedModule {
  file: string;
  frontmatter: unknown;
  /** The line of the frontmatter's `minutes:`, where a sum that does not add up is reported. */
  minutesLine?: number;
  slides: SlideInfo[];
  problems: ContentProblem[];
}

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  value?: unknown;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * Parses one module file (string → data, no file system) and checks it against the closed
 * vocabulary: only known components, literal props that fit their schema, components where
 * they belong, one `<Notes>` closing every slide, nothing but slides at the top level.
 */
export function parseModuleSource(source: string, file: string): ParsedModule {
  const problems: ContentProblem[] = [];
  const report = (node: Node | undefined, message: string) =>
    problems.push({ file, line: node?.position?.start.line, message });

  let tree: Node;
  try {
    tree = processor.parse(source) as unknown as Node;
  } catch (error) {
    const e = error as { message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    problems.push({ file, line: line ?? undefined, message: `MDX syntax error: ${e.message ?? String(error)}` });
    return { file, frontmatter: undefined, slides: [], problems };
  }

  const children = tree.children ?? [];
  let frontmatter: unknown;
  let minutesLine: number | undefined;
  const first = children[0];
  if (first?.type === 'yaml') {
    const offset = String(first.value).split('\n').findIndex((l) => /^minutes\s*:/.test(l));
    if (offset >= 0) minutesLine = (first.position?.start.line ?? 1) + 1 + offset;
    try {
      frontmatter = parseYaml(String(first.value));
    } catch (error) {
      report(first, `frontmatter is not valid YAML: ${(error as Error).message}`);
    }
  } else {
    problems.push({ file, line: 1, message: 'missing frontmatter (--- id, title, summary, minutes, objectives ---)' });
  }

  const slides: SlideInfo[] = [];
  for (const node of children) {
    if (node.type === 'yaml') continue;
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Slide') {
      report(node, `only <Slide> blocks may stand at the top level, found ${describe(node)}`);
      continue;
    }
    const props = checkElement(node, undefined, report) as { id?: string; title?: string; added?: boolean; minutes?: number } | undefined;
    checkSlideBody(node, report);
    const reveals = countReveals(node, report);
    if (props?.id && props.title && props.minutes) {
      slides.push({ id: props.id, title: props.title, added: props.added === true, minutes: props.minutes, reveals, line: node.position?.start.line ?? 0 });
    }
  }
  return { file, frontmatter, minutesLine, slides, problems };
}

function checkSlideBody(slide: Node, report: (n: Node | undefined, m: string) => void) {
  const kids = (slide.children ?? []).filter((c) => !(c.type === 'text' && String(c.value).trim() === ''));
  const notes = kids.filter((c) => isJsx(c) && c.name === 'Notes');
  if (notes.length !== 1) report(slide, `a slide needs exactly one <Notes> block, found ${notes.length}`);
  else if (kids.at(-1) !== notes[0]) report(notes[0], '<Notes> must be the last block of its slide');
  walk(slide.children ?? [], 'Slide', report);
}

/**
 * The slide's reveal steps: a `<CaseStudy hideResult>` is one, a `<StatGrid reveal>` one per
 * figure. One revealing component per slide, so the order the room sees is never in doubt.
 */
function countReveals(slide: Node, report: (n: Node | undefined, m: string) => void): number {
  const revealing: { node: Node; steps: number }[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      const flag = (name: string) => (node.attributes ?? []).some((a) => a.name === name);
      if (isJsx(node) && node.name === 'CaseStudy' && flag('hideResult')) revealing.push({ node, steps: 1 });
      if (isJsx(node) && node.name === 'StatGrid' && flag('reveal'))
        revealing.push({ node, steps: (node.children ?? []).flatMap(statsIn).length });
      if (node.children) visit(node.children);
    }
  };
  visit(slide.children ?? []);
  if (revealing.length > 1) report(revealing[1]!.node, 'a slide may hold only one revealing component (<CaseStudy hideResult> or <StatGrid reveal>)');
  return revealing[0]?.steps ?? 0;
}

/** The `<Stat>`s of a grid, also when MDX wrapped them in a paragraph. */
function statsIn(node: Node): Node[] {
  if (isJsx(node) && node.name === 'Stat') return [node];
  return (node.children ?? []).flatMap(statsIn);
}

function walk(nodes: Node[], parent: ComponentName, report: (n: Node | undefined, m: string) => void) {
  for (const node of nodes) {
    if (node.type === 'mdxjsEsm') report(node, 'import/export statements are not allowed in content');
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      report(node, 'expressions in braces are not allowed in content');
    else if (node.type === 'heading' && node.depth === 1)
      report(node, 'level-1 headings are not allowed: the slide title is the heading; use ### for sub-headings');
    else if (node.type === 'html') report(node, 'raw HTML is not allowed in content');
    else if (node.type === 'table') report(node, 'Markdown tables are not supported; use a component');

    let next = parent;
    if (isJsx(node)) {
      checkElement(node, parent, report);
      if (node.name && isComponentName(node.name)) next = node.name;
    }
    if (node.children) walk(node.children, next, report);
  }
}

function checkElement(node: Node, parent: ComponentName | undefined, report: (n: Node | undefined, m: string) => void) {
  const name = node.name ?? '';
  if (!isComponentName(name)) {
    report(node, `unknown component <${name || 'fragment'}>; use one of the vocabulary in content/AUTHORING.md`);
    return undefined;
  }
  if (name === 'Slide' && parent !== undefined) report(node, '<Slide> cannot be nested');
  const parents = allowedParents[name];
  if (parents && (!parent || !parents.includes(parent)))
    report(node, `<${name}> belongs inside <${parents.join('> or <')}>`);

  const props: Record<string, unknown> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      report(node, `<${name}>: spread attributes are not allowed`);
      continue;
    }
    const value = attr.value;
    if (value === null || value === undefined) props[attr.name] = true;
    else if (typeof value === 'string') props[attr.name] = value;
    else if (NUMBER.test(value.value.trim())) props[attr.name] = Number(value.value.trim());
    else report(node, `<${name} ${attr.name}={…}>: only string, number or flag props are allowed`);
  }
  const result = componentProps[name].safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.') || '(props)';
      report(node, `<${name}> prop ${path}: ${issue.message}`);
    }
    return undefined;
  }
  return result.data;
}

function isJsx(node: Node) {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function describe(node: Node) {
  if (isJsx(node)) return `<${node.name ?? 'fragment'}>`;
  if (node.type === 'paragraph') return 'text';
  return node.type;
}
