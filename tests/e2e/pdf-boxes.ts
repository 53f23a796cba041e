import { inflateSync } from 'node:zlib';

/** One page of a PDF: its size and the box around everything drawn on it, in PDF points from the bottom-left corner. */
export interface PdfPage {
  width: number;
  height: number;
  /**
   * Around every text origin and every filled or stroked rectangle on the page; null for a page
   * with nothing on it. Text counts wherever it is drawn (text off the page is text cut off); a
   * rectangle counts where it shows through its clip, unless it is taller than half the page or
   * wider than it (the background of the page, or of a box running over several pages).
   */
  content: { left: number; bottom: number; right: number; top: number } | null;
  /** Around the origins of the page's text runs alone (backgrounds left out); null without text. */
  textBox: { left: number; bottom: number; right: number; top: number } | null;
  /** How many text runs the page shows. */
  texts: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const;

/**
 * The pages of a PDF as Chromium's `page.pdf()` writes them (pdfjs-dist is not a dependency of
 * this project, so this reads just enough): each page object's MediaBox and content stream
 * (Flate) and the form XObjects it calls, interpreting the graphics state (q, Q, cm, clips made
 * of rectangles) and the text and rectangle operators (BT, Tm, Td, TD, T*, re and the painting
 * operators) to find where things are drawn.
 */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  const objectRe = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = objectRe.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    let stream: Buffer | undefined;
    if (streamAt >= 0 && body.startsWith('<<')) {
      const dataStart = start + streamAt + 'stream'.length + (text[start + streamAt + 6] === '\r' ? 2 : 1);
      const dataEnd = text.lastIndexOf('endstream', end);
      const raw = pdf.subarray(dataStart, dataEnd);
      stream = /\/FlateDecode/.test(body.slice(0, streamAt)) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
  }
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict))!;
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1]);
  const pages: PdfPage[] = [];
  const walk = (id: number, inherited?: number[]) => {
    const node = objects.get(id)!;
    const box = /\/MediaBox\s*\[([^\]]+)\]/.exec(node.dict)?.[1]?.trim().split(/\s+/).map(Number) ?? inherited;
    if (/\/Type\s*\/Pages/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)![1]!.match(/\d+ 0 R/g) ?? [];
      for (const kid of kids) walk(Number(kid.split(' ')[0]), box);
      return;
    }
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(node.dict)?.[1]?.match(/\d+ 0 R/g)?.map((r) => Number(r.split(' ')[0])) ?? [ref(node.dict, 'Contents')];
    const ops = contents.map((c) => objects.get(c)?.stream?.toString('latin1') ?? '').join('\n');
    // Chromium draws a page's content in form XObjects it calls with Do: their streams, by name.
    const form = (dict: string) => (name: string) => {
      const id = Number(new RegExp(`/${name}\\s+(\\d+) 0 R`).exec(/\/XObject\s*<<([^>]*)>>/.exec(dict)?.[1] ?? '')?.[1]);
      const o = objects.get(id);
      if (!o?.stream || !/\/Subtype\s*\/Form/.test(o.dict)) return undefined;
      const matrix = /\/Matrix\s*\[([^\]]+)\]/.exec(o.dict)?.[1]?.trim().split(/\s+/).map(Number) as Matrix | undefined;
      return { ops: o.stream.toString('latin1'), matrix: matrix ?? ([1, 0, 0, 1, 0, 0] as Matrix), forms: form(o.dict) };
    };
    const width = box![2]! - box![0]!;
    const height = box![3]! - box![1]!;
    pages.push({ width, height, ...contentBox(ops, form(node.dict), width, height) });
  };
  walk(ref(catalog.dict, 'Pages'));
  return pages;
}

type Box = { left: number; bottom: number; right: number; top: number };
const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.min(a.right, b.right), top: Math.min(a.top, b.top) });

type Forms = (name: string) => { ops: string; matrix: Matrix; forms: Forms } | undefined;

function contentBox(pageOps: string, pageForms: Forms, pageWidth: number, pageHeight: number): Pick<PdfPage, 'content' | 'textBox' | 'texts'> {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let clip: Box = { left: -Infinity, bottom: -Infinity, right: Infinity, top: Infinity };
  let path: Box[] = [];
  let clipping = false;
  const stack: { ctm: Matrix; clip: Box }[] = [];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let line: Matrix = tm;
  let leading = 0;
  let texts = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  const tx: number[] = [];
  const ty: number[] = [];
  const mark = (m: Matrix, x: number, y: number, isText = false) => {
    const [px, py] = apply(m, x, y);
    xs.push(px);
    ys.push(py);
    if (isText) {
      tx.push(px);
      ty.push(py);
    }
  };
  const run = (ops: string, forms: Forms, depth: number) => {
  const operands: number[] = [];
  let name = '';
  // Strings, hex strings and dictionaries carry no positions: they are skipped whole; a name is kept for Do.
  const tokens = ops.replace(/\((?:\\.|[^\\)])*\)|<<.*?>>|<[0-9A-Fa-f\s]*>/gs, ' ').split(/\s+/);
  for (const token of tokens) {
    if (!token) continue;
    if (token.startsWith('/')) {
      name = token.slice(1);
      continue;
    }
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(token)) {
      operands.push(Number(token));
      continue;
    }
    const n = operands.splice(0);
    switch (token) {
      case 'q':
        stack.push({ ctm, clip });
        break;
      case 'Q': {
        const saved = stack.pop();
        if (saved) ({ ctm, clip } = saved);
        break;
      }
      case 'cm':
        ctm = multiply(n as Matrix, ctm);
        break;
      case 'BT':
        tm = line = [1, 0, 0, 1, 0, 0];
        break;
      case 'Tm':
        tm = line = n as Matrix;
        break;
      case 'TL':
        leading = n[0]!;
        break;
      case 'Td':
      case 'TD':
        if (token === 'TD') leading = -n[1]!;
        tm = line = multiply([1, 0, 0, 1, n[0]!, n[1]!], line);
        break;
      case 'T*':
        tm = line = multiply([1, 0, 0, 1, 0, -leading], line);
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"':
        texts += 1;
        mark(multiply(tm, ctm), 0, 0, true);
        break;
      case 're': {
        const [x, y, w, h] = n as [number, number, number, number];
        const [x0, y0] = apply(ctm, x, y);
        const [x1, y1] = apply(ctm, x + w, y + h);
        path.push({ left: Math.min(x0, x1), bottom: Math.min(y0, y1), right: Math.max(x0, x1), top: Math.max(y0, y1) });
        break;
      }
      case 'W':
      case 'W*':
        clipping = true;
        break;
      case 'n':
        // A clip path: later shapes count only where they show through it.
        if (clipping) for (const r of path) clip = intersect(clip, r);
        path = [];
        clipping = false;
        break;
      case 'f':
      case 'F':
      case 'f*':
      case 'S':
      case 's':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        for (const r of path) {
          const shown = intersect(clip, r);
          // Hidden by its clip, or for less than a point (an edge rounded into the next page): not shown.
          if (shown.top - shown.bottom < 1 || shown.right - shown.left < 1) continue;
          if (r.top - r.bottom > pageHeight / 2 || r.right - r.left > pageWidth + 1) continue;
          for (const [px, py] of [[r.left, r.bottom], [r.right, r.top]] as const) {
            xs.push(px);
            ys.push(py);
          }
        }
        path = [];
        clipping = false;
        break;
      case 'Do': {
        const f = depth < 8 ? forms(name) : undefined;
        if (!f) break;
        const saved = { ctm, clip };
        ctm = multiply(f.matrix, ctm);
        run(f.ops, f.forms, depth + 1);
        ({ ctm, clip } = saved);
        break;
      }
    }
  }
  };
  run(pageOps, pageForms, 0);
  const box = (x: number[], y: number[]) => (x.length ? { left: Math.min(...x), bottom: Math.min(...y), right: Math.max(...x), top: Math.max(...y) } : null);
  return { content: box(xs, ys), textBox: box(tx, ty), texts };
}
