import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

// Only what this plugin reads of Rolldown's output.
interface OutputChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
}
type OutputBundle = Record<string, OutputChunk | { type: 'asset'; fileName: string; source: string | Uint8Array }>;

/** Source modules whose chunks the first screen needs, by locale and by route. */
const LOCALE_SOURCES = {
  'zh-CN': ['/src/app/i18n/zh-CN.json', 'virtual:course-manifest/zh-CN'],
  en: ['/src/app/i18n/en.json', 'virtual:course-manifest/en'],
};
const ROUTE_SOURCES = { home: ['/src/features/home/home-page.tsx'], reader: ['/src/features/reader/reader-page.tsx'] };

function chunkFor(bundle: OutputBundle, source: string): OutputChunk | undefined {
  return Object.values(bundle).find((f): f is OutputChunk => f.type === 'chunk' && Boolean(f.facadeModuleId?.replace(/^\0/, '').endsWith(source)));
}

/** A chunk and the chunks it imports, less what the entry already loads. */
function withImports(bundle: OutputBundle, chunk: OutputChunk, skip: Set<string>, out = new Set<string>()): Set<string> {
  if (skip.has(chunk.fileName) || out.has(chunk.fileName)) return out;
  out.add(chunk.fileName);
  for (const name of chunk.imports) {
    const next = bundle[name];
    if (next?.type === 'chunk') withImports(bundle, next, skip, out);
  }
  return out;
}

/**
 * The first screen waits on chunks the entry only finds once it runs: the language's strings and
 * course manifest, and the page's own chunk. A small classic script in <head> (a file, since the
 * CSP allows no inline script) reads the saved language and the path, and asks for exactly those
 * at once, beside the entry, instead of one round trip after another.
 */
export function routePreloadPlugin(base = '/'): Plugin {
  return {
    name: 'sta:route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, output) {
      const bundle = output as unknown as OutputBundle;
      const html = bundle['index.html'];
      const entry = Object.values(bundle).find((f): f is OutputChunk => f.type === 'chunk' && f.isEntry);
      if (!html || html.type !== 'asset' || !entry) return;
      const skip = withImports(bundle, entry, new Set());
      const files = (sources: string[]) => [...new Set(sources.flatMap((s) => {
        const chunk = chunkFor(bundle, s);
        if (!chunk) this.error(`route preload: no chunk for ${s}`);
        return [...withImports(bundle, chunk, skip)];
      }))].map((f) => `${base}${f}`);
      // Each module's text, by module and language: a module page's first heading is in it.
      const modules: Record<string, Record<string, string[]>> = {};
      for (const chunk of Object.values(bundle)) {
        const match = chunk.type === 'chunk' ? /\/content\/modules\/([^/]+)\/([^/]+)\.mdx$/.exec(chunk.facadeModuleId ?? '') : null;
        if (match && chunk.type === 'chunk') (modules[match[1]!] ??= {})[match[2]!] = [...withImports(bundle, chunk, skip)].map((f) => `${base}${f}`);
      }
      const map = {
        locale: Object.fromEntries(Object.entries(LOCALE_SOURCES).map(([l, s]) => [l, files(s)])),
        route: Object.fromEntries(Object.entries(ROUTE_SOURCES).map(([r, s]) => [r, files(s)])),
        modules,
      };
      const code = `(function(){var m=${JSON.stringify(map)},l='zh-CN';try{var s=JSON.parse(localStorage.getItem('sta:settings')||'{}');s=s&&(s.state||s.data||s);if(s&&m.locale[s.locale])l=s.locale}catch(e){}
var p=location.pathname.slice(${JSON.stringify(base.length - 1)}),x=/^\\/modules\\/([^/]+)(\\/[^/]+)?\\/?$/.exec(p),r=p==='/'||p===''?'home':x&&!/\\/(quiz|done)\\/?$/.test(p)?'reader':'';
m.locale[l].concat(r?m.route[r]:[],r==='reader'&&m.modules[x[1]]&&m.modules[x[1]][l]||[]).forEach(function(f){var k=document.createElement('link');k.rel='modulepreload';k.href=f;document.head.appendChild(k)})})();\n`;
      const fileName = `assets/route-preload-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
      const source = typeof html.source === 'string' ? html.source : Buffer.from(html.source).toString('utf8');
      html.source = source.replace('</title>', `</title>\n    <script src="${base}${fileName}"></script>`);
    },
  };
}
