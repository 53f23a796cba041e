import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readCourseFiles, readQuizFiles, readScenarioFiles } from '../src/content/read-course-files';
import type { Scenario } from '../src/content/scenario-schema';
import { validateScenario } from '../src/content/validate-scenario';
import { validateCourse } from '../src/content/validate-course';
import { locales, type Locale } from '../src/content/locales';
import type { CourseManifest } from '../src/content/schema';
import { localeDataName } from './course-plugin';
import { bootSlides, escapeHtml as escape } from './boot-slides';

// Only what this plugin reads of Rolldown's output.
interface OutputChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
}
type OutputBundle = Record<string, OutputChunk | { type: 'asset'; fileName: string; names?: string[]; source: string | Uint8Array }>;

/** Source modules whose chunks the first screen needs, by route (each language's data: `localeDataName`). */
const ROUTE_SOURCES = {
  home: ['/src/features/home/home-page.tsx'],
  reader: ['/src/features/reader/reader-page.tsx', '/src/content/module-loader.ts'],
  smart: ['/src/features/smart/smart-page.tsx'],
  sandbox: ['/src/features/sandbox/sandbox-page.tsx'],
  // A phone that scanned the room's code: the join form is the first thing a whole room waits for.
  join: ['/src/features/live/join-page.tsx'],
};
/**
 * The practice pages whose first screen (heading and lead) index.html shows as plain HTML, as
 * module pages show their slide: by their name in `/practice/<name>`, the feature whose strings
 * hold their words. Their tools below need the page's code; the words a phone reads first do not.
 */
const PRACTICE_PAGES = { smart: 'smart', sandbox: 'sandbox' } as const;
/**
 * The pages whose first render waits for their feature's strings as well as their code and
 * stylesheets (a stylesheet a chunk imports is loaded before the chunk's import resolves): by
 * route, the feature whose strings they read.
 */
const STYLED_PAGES: Partial<Record<keyof typeof ROUTE_SOURCES, string>> = { ...PRACTICE_PAGES, join: 'live' };
/** The app's start (main.tsx imports it once the first screen is painted): asked for at once on every page. */
const START_SOURCES = ['/src/app/start.tsx'];
/** How every page but the home page loads (the router asks for it first): asked for at once on those. */
const PAGE_LOADER_SOURCES = ['/src/app/page-loaders.tsx'];

function chunkFor(bundle: OutputBundle, source: string): OutputChunk | undefined {
  return Object.values(bundle).find((f): f is OutputChunk => f.type === 'chunk' && Boolean(f.facadeModuleId?.replace(/^\0/, '').endsWith(source)));
}

/** A chunk and the chunks it imports, less what the entry already loads; with `css`, their stylesheets too. */
function withImports(bundle: OutputBundle, chunk: OutputChunk, skip: Set<string>, out = new Set<string>(), css = false): Set<string> {
  if (skip.has(chunk.fileName) || out.has(chunk.fileName)) return out;
  out.add(chunk.fileName);
  if (css) for (const sheet of chunk.viteMetadata?.importedCss ?? []) out.add(sheet);
  for (const name of chunk.imports) {
    const next = bundle[name];
    if (next?.type === 'chunk') withImports(bundle, next, skip, out, css);
  }
  return out;
}

/**
 * The app waits on chunks the entry only finds once it runs: the language's strings and course
 * manifest, and the page's own chunk. A small classic script in <head> (a file, since the CSP
 * allows no inline script) reads the saved language and the path, and asks for exactly those all
 * at once, instead of one round trip after another. It asks right after the plain first screen
 * (below) is painted, not before: on a slow phone network the app's chunks would otherwise share
 * the line with the stylesheet that screen waits for, and hold it back. On a module page it also
 * queues the slide keys (← → PageUp PageDown) pressed before the reader is there to turn the
 * slides; the reader (`useSlideKeys`) turns them once it is. On the join page, with nothing saved,
 * it takes the phone's own language as the page will (`usePhoneLocale`): a room's phones scanned
 * a code, and most have never chosen one; guessed wrong, the page would fetch both languages'
 * strings one after the other before its form shows. An end-to-end test holds the two to the same answer.
 * It also asks for config.json (who is signed in, where records go), which a first visit's first
 * render waits for: beside the app's start rather than once the start has arrived and run, a
 * round trip sooner on a phone's network. The app takes that answer (`loadRecordsConfig`); if
 * the app got there first, the script leaves it to the app.
 */
type Strings = { app: Record<string, string>; home: Record<string, string>; reader: Record<string, string> };
const readStrings = (root: string, locale: string) => JSON.parse(readFileSync(join(root, 'src', 'app', 'i18n', `${locale}.json`), 'utf8')) as Strings;
const featureLocale = (feature: string, locale: string) => `/src/features/${feature}/locales/${locale}.json`;
const readFeatureStrings = (root: string, feature: string, locale: string) => JSON.parse(readFileSync(join(root, featureLocale(feature, locale)), 'utf8')) as Record<string, Record<string, string>>;

/** The virtual companies, in the order the SMART page lists them (by file name). */
function readScenarios(root: string): Scenario[] {
  return readScenarioFiles(root).flatMap((file) => validateScenario(file).scenario ?? []);
}

/**
 * What a practice page draws below its lead that is worth showing before its code runs: on the
 * SMART page, the companies to choose from, marked up as `ScenarioPicker` draws them on a first
 * visit (the first one chosen; its figures, and the fields below, come with the page). Their
 * text is the largest on a phone's screen, so drawn here it is on screen with the heading rather
 * than a few seconds later. `inert`: a tap before the page can answer it does nothing. No `name`:
 * both languages' screens are in the page, and one group by name would keep only one checked.
 */
const PRACTICE_EXTRAS: Partial<Record<keyof typeof PRACTICE_PAGES, (words: Record<string, string>, locale: Locale, scenarios: readonly Scenario[]) => string>> = {
  smart: (words, locale, scenarios) =>
    `<div class="smart-layout" inert><div class="smart-layout__input"><fieldset class="scenario-picker"><legend>${escape(words.scenario!)}</legend>${scenarios
      .map(
        (s, i) =>
          `<label class="choice"><input type="radio"${i === 0 ? ' checked' : ''}><span class="scenario-option__body"><span class="scenario-option__name">${escape(s.name[locale])} · ${escape(s.industry[locale])}</span><span class="scenario-option__summary">${escape(s.summary[locale])}</span></span></label>`,
      )
      .join('')}</fieldset></div></div>`,
};

/**
 * The first screen as plain HTML, in both languages (the head script shows the saved one): the
 * header on every page, the home page's hero, and on a module page the slide's title and opening
 * text (an element the head script fills in, from `bootSlides`), as React will draw them. It is on
 * screen as soon as the CSS is, and React replaces it with the same thing once the page's code has run.
 */
function bootMarkup(root: string, manifest: CourseManifest): string {
  const scenarios = readScenarios(root);
  return (['zh-CN', 'en'] as const)
    .map((locale) => {
      const strings = readStrings(root, locale);
      const modules = manifest.moduleIds.map((id) => manifest.modules[locale][id]!);
      const number = new Intl.NumberFormat(locale);
      const intro = strings.home.intro!.replace('{{modules}}', number.format(modules.length)).replace('{{minutes}}', number.format(modules.reduce((sum, m) => sum + m.minutes, 0)));
      const name = escape(strings.app.name!);
      // A practice page's heading and lead, as the page draws them above its tools.
      const practice = Object.entries(PRACTICE_PAGES)
        .map(([route, feature]) => {
          const words = readFeatureStrings(root, feature, locale)[feature]!;
          const extra = PRACTICE_EXTRAS[route as keyof typeof PRACTICE_PAGES]?.(words, locale, scenarios) ?? '';
          return `<div class="page ${route}-page" data-boot-page="${route}"><h1>${escape(words.title!)}</h1><p class="lead">${escape(words.intro!)}</p>${extra}</div>`;
        })
        .join('');
      return `<div class="shell boot" data-boot-for="${locale}" lang="${locale}"><header class="shell__header"><a class="brand" href="/"><span class="brand__mark" aria-hidden="true">◎</span><span class="brand__name">${name}</span></a></header><main class="shell__main"><div class="page home"><section class="hero"><div class="hero__text"><h1>${name}</h1><p class="hero__tagline">${escape(strings.app.tagline!)}</p><p>${escape(intro)}</p></div></section></div>${practice}<sta-boot-reader></sta-boot-reader></main></div>`;
    })
    .join('');
}

// `html .boot`: more specific than the stylesheet's `.shell` (display: flex), which comes after it in the page.
const BOOT_STYLE = `<style>html .boot{display:none}html[data-boot-locale="zh-CN"] .boot[data-boot-for="zh-CN"],html[data-boot-locale="en"] .boot[data-boot-for="en"]{display:flex}html:not([data-boot-route="home"]) .boot .home{display:none}${Object.keys(PRACTICE_PAGES).map((r) => `html:not([data-boot-route="${r}"]) .boot [data-boot-page="${r}"]`).join(',')}{display:none}sta-boot-reader{display:contents}</style>`;

/**
 * The head script writes slide numbers as plain digits, as Intl writes them in both languages: no
 * Intl there, since its first use loads locale data, tens of milliseconds on a phone before the
 * first paint. The build stops if a language ever writes them otherwise.
 */
function checkDigits() {
  for (const l of locales) {
    const n = new Intl.NumberFormat(l);
    for (let i = 1; i <= 99; i++) if (n.format(i) !== String(i)) throw new Error(`route preload: ${l} writes ${i} as ${n.format(i)}; format slide numbers at build time`);
  }
}

export function routePreloadPlugin(root: string, base = '/'): Plugin {
  return {
    name: 'sta:route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, output) {
      const bundle = output as unknown as OutputBundle;
      const html = bundle['index.html'];
      const entry = Object.values(bundle).find((f): f is OutputChunk => f.type === 'chunk' && f.isEntry);
      if (!html || html.type !== 'asset' || !entry) return;
      // Every chunk and data file is under assets/: the script adds that (and the base) back.
      const short = (file: string) => (file.startsWith('assets/') ? file.slice('assets/'.length) : this.error(`route preload: ${file} is not under assets/`));
      const entryFiles = withImports(bundle, entry, new Set());
      const chunkFiles = (sources: string[], skip: Set<string>) => [...new Set(sources.flatMap((s) => {
        const chunk = chunkFor(bundle, s);
        if (!chunk) this.error(`route preload: no chunk for ${s}`);
        return [...withImports(bundle, chunk, skip)];
      }))];
      // The start (and what it imports) is asked for on every page; the lists by route and module leave it out.
      const startFiles = chunkFiles(START_SOURCES, entryFiles);
      const skip = new Set([...entryFiles, ...startFiles]);
      const files = (sources: string[]) => chunkFiles(sources, skip).map(short);
      const chunkOf = (source: string) => chunkFor(bundle, source) ?? this.error(`route preload: no chunk for ${source}`);
      // Each module's text, by module and language: a module page's first heading is in it.
      const modules: Record<string, Record<string, string[]>> = {};
      for (const chunk of Object.values(bundle)) {
        const match = chunk.type === 'chunk' ? /\/content\/modules\/([^/]+)\/([^/]+)\.mdx$/.exec(chunk.facadeModuleId ?? '') : null;
        if (match && chunk.type === 'chunk') (modules[match[1]!] ??= {})[match[2]!] = [...withImports(bundle, chunk, skip)].map(short);
      }
      checkDigits();
      const courseFiles = readCourseFiles(root);
      const { manifest } = validateCourse(courseFiles, readQuizFiles(root));
      const map = {
        // The language's strings and course manifest, fetched as JSON.
        data: Object.fromEntries(
          locales.map((l) => [
            l,
            (['strings', 'course'] as const).map((kind) => {
              const name = `${localeDataName(kind, l)}.json`;
              const asset = Object.values(bundle).find((f) => f.type === 'asset' && f.names?.includes(name));
              if (!asset) this.error(`route preload: no asset ${name}`);
              return short(asset.fileName);
            }),
          ]),
        ),
        // A page's stylesheets too: its first render waits for them (a module page's, for the
        // slides' components, would otherwise be asked for only once their chunk had arrived).
        route: Object.fromEntries(Object.entries(ROUTE_SOURCES).map(([r, s]) => [r, [...new Set(s.flatMap((source) => [...withImports(bundle, chunkOf(source), skip, new Set(), true)]))].map(short)])),
        // Such a page's strings, by language (its heading is in them).
        strings: Object.fromEntries(Object.entries(STYLED_PAGES).map(([r, feature]) => [r, Object.fromEntries(locales.map((l) => [l, [...withImports(bundle, chunkOf(featureLocale(feature, l)), skip)].map(short)]))])),
        pages: files(PAGE_LOADER_SOURCES),
        modules,
        start: startFiles.map(short),
      };
      // A module page's plain first screen: its words (escaped HTML) and the reader's labels, as a
      // data block in the page (markup, not code: it costs the app's JavaScript budget nothing).
      const bootData = {
        boot: bootSlides(courseFiles, manifest),
        text: Object.fromEntries(locales.map((l) => [l, [escape(readStrings(root, l).reader.showContents!), escape(readStrings(root, l).reader.position!)]])),
      };
      const bootBlock = `<script type="application/json" id="sta-boot-slides">${JSON.stringify(bootData).replace(/</g, '\\u003c')}</script>`;
      const code = `(function(){var m=${JSON.stringify(map)},l='zh-CN',n=null,s;try{n=localStorage.getItem('sta:settings');s=JSON.parse(n||'{}');s=s&&(s.state||s.data||s);if(s&&m.data[s.locale])l=s.locale}catch(e){}
var p=location.pathname.slice(${JSON.stringify(base.length - 1)}),x=/^\\/modules\\/([^/]+)(\\/[^/]+)?\\/?$/.exec(p),P=/^\\/practice\\/(${Object.keys(PRACTICE_PAGES).join('|')})\\/?$/.exec(p),r=p==='/'||p===''?'home':x&&!/\\/(quiz|done)\\/?$/.test(p)?'reader':P?P[1]:/^\\/join\\/?$/.test(p)?'join':'';
if(r==='join'&&n===null){var L=navigator.languages||[navigator.language];for(var i=0;i<L.length;i++){var w=String(L[i]).toLowerCase();if(!w.indexOf('zh')){l='zh-CN';break}if(!w.indexOf('en')){l='en';break}}}
var d=document.documentElement;d.lang=l;d.setAttribute('data-boot-locale',l);d.setAttribute('data-boot-route',r);if(s&&(s.theme==='light'||s.theme==='dark'))d.setAttribute('data-theme',s.theme);
function a(f,j){var k=document.createElement('link'),c=/\\.css$/.test(f);k.rel=j||c?'preload':'modulepreload';if(j){k.as='fetch';k.crossOrigin='anonymous'}if(c)k.as='style';k.href=${JSON.stringify(`${base}assets/`)}+f;document.head.appendChild(k)}
if(r==='reader'&&x[2]&&window.customElements)customElements.define('sta-boot-reader',class extends HTMLElement{connectedCallback(){var o=this.closest('[data-boot-for]'),D,B,S,T,k=-1,i,q=x[2].slice(1);if(!o||o.getAttribute('data-boot-for')!==l)return;
try{D=JSON.parse(document.getElementById('sta-boot-slides').textContent)}catch(e){return}B=D.boot[l]&&D.boot[l][x[1]];T=D.text[l];if(B)for(i=0;i<B[1].length;i++)if(B[1][i][0]===q)k=i;if(k<0)return;S=B[1][k];
this.innerHTML='<div class="reader"><div class="toc" data-open="false"><div class="toc__toggle button" aria-hidden="true">'+T[0]+'</div></div><article class="reader__main"><header class="reader__header"><h1 class="reader__module-title">'+B[0]+'</h1><div class="progress progress--compact"><div class="progress__track"><div class="progress__fill"></div></div></div><p class="reader__position">'+T[1].replace('{{current}}',k+1).replace('{{total}}',B[1].length)+'</p></header><div class="slide-frame"><section class="slide"><h2 class="slide__title">'+S[1]+'</h2><div class="slide__body">'+S[2]+'</div></section></div></article></div>'}})
if(r==='reader'){var K=window.staEarlyKeys=[];document.addEventListener('keydown',function(e){var t=e.target,d=e.key==='ArrowRight'||e.key==='PageDown'?1:e.key==='ArrowLeft'||e.key==='PageUp'?-1:0;
if(window.staEarlyKeys!==K||!d||e.defaultPrevented||e.altKey||e.ctrlKey||e.metaKey||e.shiftKey||t&&t.closest&&t.closest('input, textarea, select, [contenteditable="true"]'))return;e.preventDefault();K.push(d)})}
function g(){if(window.staConfig===undefined&&window.fetch){var C=window.staConfig=fetch(${JSON.stringify(`${base}config.json`)},{cache:'no-cache'});C.catch(function(){})}
m.data[l].forEach(function(f){a(f,1)});m.start.concat(r?m.route[r]:[],r==='home'?[]:m.pages,m.strings[r]&&m.strings[r][l]||[]).concat(r==='reader'&&m.modules[x[1]]&&m.modules[x[1]][l]||[]).forEach(function(f){a(f)})}
requestAnimationFrame(function(){setTimeout(g)})})();\n`;
      const fileName = `assets/route-preload-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
      const source = typeof html.source === 'string' ? html.source : Buffer.from(html.source).toString('utf8');
      html.source = source
        .replace('</title>', `</title>\n    <script src="${base}${fileName}"></script>\n    ${BOOT_STYLE}`)
        .replace('<div id="root"></div>', `<div id="root">${bootBlock}${bootMarkup(root, manifest)}</div>`);
    },
  };
}
