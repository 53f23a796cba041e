import { strFromU8, unzipSync } from 'fflate';
import { unescape } from './read-xml';


function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Reads a workbook back as a spreadsheet program would see it: each sheet's name and its rows,
 * numbers as numbers, inline or shared strings as text. Enough to check what the exports wrote.
 */
export function readXlsx(bytes: Uint8Array): { name: string; rows: (string | number | null)[][] }[] {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`the workbook has no ${path}`);
    return strFromU8(f);
  };
  const shared = files['xl/sharedStrings.xml'] ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''))) : [];
  const rels = Object.fromEntries([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((sheet) => {
    const target = String(rels[sheet[2]!]).replace(/^\/?(xl\/)?/, '');
    const rows: (string | number | null)[][] = [];
    for (const row of text(`xl/${target}`).matchAll(/<row [^>]*r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: (string | number | null)[] = [];
      for (const cell of row[2]!.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
        const type = /t="(\w+)"/.exec(cell[2]!)?.[1];
        const body = cell[3]!;
        let value: string | number | null;
        if (type === 'inlineStr') value = unescape([...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
        else if (type === 's') value = shared[Number(/<v>([^<]*)<\/v>/.exec(body)?.[1])] ?? null;
        else {
          const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
          value = v === undefined ? null : type === 'str' ? unescape(v) : Number(v);
        }
        const at = columnIndex(cell[1]!);
        while (cells.length < at) cells.push(null);
        cells[at] = value;
      }
      rows[Number(row[1]) - 1] = cells;
    }
    return { name: unescape(sheet[1]!), rows: Array.from(rows, (r) => r ?? []) };
  });
}
