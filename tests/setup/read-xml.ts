/** An XML element as read back: its name, attributes, child elements and text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** XML's five escapes undone. */
export const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Reads an XML document into its tree of elements (no namespaces resolved, no DTDs): enough to
 * check which elements a written part holds, in which order, with which attributes. Throws on
 * a closing tag that does not match, so badly nested output fails the test that reads it.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '', attrs: {}, children: [], text: '' };
  const open = [root];
  for (const [token] of xml.matchAll(/<[^>]*>|[^<]+/g)) {
    const parent = open[open.length - 1]!;
    if (!token.startsWith('<')) parent.text += unescape(token);
    else if (token.startsWith('<?') || token.startsWith('<!')) continue;
    else if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      if (name !== parent.name) throw new Error(`</${name}> closes <${parent.name}>`);
      open.pop();
    } else {
      const name = /^<([^\s/>]+)/.exec(token)![1]!;
      const attrs = Object.fromEntries([...token.matchAll(/([^\s=]+)="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]));
      const element: XmlElement = { name, attrs, children: [], text: '' };
      parent.children.push(element);
      if (!token.endsWith('/>')) open.push(element);
    }
  }
  if (open.length !== 1 || root.children.length !== 1) throw new Error('not one well-nested root element');
  return root.children[0]!;
}

/** The children of a worksheet in the order ECMA-376's CT_Worksheet sequence requires (Excel refuses any other). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios',
  'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
] as const;

/** Whether elements' names follow `order`, each at most once (`cols` may repeat, as the schema allows). */
export function inSchemaOrder(names: readonly string[], order: readonly string[] = WORKSHEET_ORDER): boolean {
  const at = names.map((n) => order.indexOf(n));
  return at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]! || (i === at[k - 1] && names[k] === 'cols')));
}
