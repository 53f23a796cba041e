import { renderToStaticMarkup } from 'react-dom/server';
import type { ComponentType } from 'react';
import { initAllLocales } from '../setup/all-locales';
import type { Locale } from '../../src/content/locales';
import { mdxComponents } from '../../src/mdx/components';
import { SlideContext } from '../../src/mdx/slide-context';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX content takes a components map
const modules = import.meta.glob<{ default: ComponentType<{ components?: Record<string, ComponentType<any>> }> }>(
  '../../content/modules/*/*.mdx',
);

/** Renders every slide of a module, as a trainee sees them (no trainer notes), and returns the text. */
export async function renderModuleText(moduleId: string, locale: Locale, options: { showNotes?: boolean } = {}) {
  const load = modules[`../../content/modules/${moduleId}/${locale}.mdx`];
  if (!load) throw new Error(`no ${locale} file for ${moduleId}`);
  const Content = (await load()).default;
  const i18n = await initAllLocales();
  await i18n.changeLanguage(locale);
  const html = renderToStaticMarkup(
    <SlideContext value={{ activeId: 'all', showNotes: options.showNotes ?? false }}>
      <Content components={mdxComponents} />
    </SlideContext>,
  );
  return { html, text: htmlToText(html) };
}

function htmlToText(html: string) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}
