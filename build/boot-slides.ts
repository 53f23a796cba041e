// What a module page's plain first screen shows before the app's code has run: per language and
// module, the module's title and, per slide, its title and its opening paragraph as HTML (the
// text a phone shows first, and usually the largest on screen). Read from the same MDX files
// the build compiles; anything else on the slide (figures, cards) waits for the app.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { ModuleSourceFile } from '../src/content/validate-course';
import type { CourseManifest, ModuleMeta } from '../src/content/schema';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** [slide id, slide title, opening paragraph] as HTML (the paragraph '' when the slide opens with something else). */
export type BootSlide = [string, string, string];
/** Per language, per module: [module title as HTML, its slides]. */
export type BootSlides = Record<string, Record<string, [string, BootSlide[]]>>;

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown as the MDX build draws it; a component inside a sentence keeps only its text. */
function inline(nodes: Node[]): string {
  return nodes
    .map((node) => {
      const inner = () => inline(node.children ?? []);
      switch (node.type) {
        case 'text':
          return escapeHtml(String(node.value));
        case 'strong':
          return `<strong>${inner()}</strong>`;
        case 'emphasis':
          return `<em>${inner()}</em>`;
        case 'inlineCode':
          return `<code>${escapeHtml(String(node.value))}</code>`;
        case 'break':
          return '<br>';
        case 'link':
          return `<a href="${escapeHtml(node.url ?? '')}">${inner()}</a>`;
        default:
          return inner();
      }
    })
    .join('');
}

function slideId(node: Node): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function bootSlides(files: ModuleSourceFile[], manifest: CourseManifest): BootSlides {
  const out: BootSlides = {};
  for (const file of files) {
    const module = (manifest.modules as Record<string, Record<string, ModuleMeta | undefined>>)[file.locale]?.[file.moduleId];
    if (!module) continue;
    const tree = processor.parse(file.source) as unknown as Node;
    const opening = new Map<string, string>();
    for (const node of tree.children ?? []) {
      const id = node.type === 'mdxJsxFlowElement' && node.name === 'Slide' ? slideId(node) : undefined;
      const first = (node.children ?? []).find((c) => !(c.type === 'text' && String(c.value).trim() === ''));
      if (id && first?.type === 'paragraph') opening.set(id, `<p>${inline(first.children ?? [])}</p>`);
    }
    // A slide marked as added shows a notice above its text: its plain screen keeps to the title.
    const slides = module.slides.map((s): BootSlide => [s.id, escapeHtml(s.title), s.added ? '' : (opening.get(s.id) ?? '')]);
    (out[file.locale] ??= {})[file.moduleId] = [escapeHtml(module.title), slides];
  }
  return out;
}
