import { useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { Outlet, matchRoutes, useLocation, useParams, useRoutes, type Params, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../content/locales';
import { RootLayout } from './layout/root-layout';
import { RouteErrorBoundary, NotFound } from './layout/route-error';
import { paths } from '../config/paths';

type AppRoute = RouteObject;
/** What a lazily loaded page keeps in its route's `handle`: a way to start loading before the route is drawn. */
type PageHandle = { preload: (params: Params, locale: Locale) => Promise<unknown> };
/** What a page loads besides its code, and the route params that choose it. */
type PageData = { params: string[]; load: (params: Params, locale: Locale) => Promise<unknown> };

/**
 * A page in a chunk of its own. The router is the plain (declarative) one: its data APIs would be
 * a third of the first page's JavaScript, and the course loads no data per route. The first page
 * is loaded before the first render (`preloadRoute`); a page opened later draws once its chunk and
 * strings are in. Meanwhile a blank frame reads better than a flashing placeholder, but on a slow
 * network a blank page that stays looks broken: the "opening" line appears only once the wait is
 * long enough to notice (its CSS delay). A chunk that fails to load shows the error page.
 */
function page(load: () => Promise<ComponentType>, data?: PageData): { element: ReactElement; handle: PageHandle } {
  let Loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (Loaded = component),
      (error: unknown) => {
        pending = undefined; // a later visit tries again (a flaky network, a new version deployed)
        throw error;
      },
    ));
  // What the page needs besides its code (a module's text), by params and language: loaded before
  // the page draws, as a data router's loader would be, so nothing below it moves when it arrives.
  // Known by the params the data is chosen by, not by all of them: a new key draws nothing until
  // its data is in, and the reader turning a slide (a new slide id, the same module's text) must
  // stay mounted. Drawing nothing for a frame there unmounted it, and took its key listener with
  // it: a key pressed before it was back was lost.
  const ready = new Set<string>();
  const keyOf = (params: Params, locale: string) => JSON.stringify([data?.params.map((name) => params[name]) ?? [], locale]);
  const loadAll = (params: Params, locale: Locale) =>
    // A failed data load still lets the page draw: it says what is missing, with its own retry.
    Promise.all([preload(), data?.load(params, locale).then(
      () => ready.add(keyOf(params, locale)),
      () => ready.add(keyOf(params, locale)),
    )]);
  const isReady = (key: string) => Boolean(Loaded) && (!data || ready.has(key));
  function LazyPage() {
    const params = useParams();
    const { t, i18n } = useTranslation();
    const locale = i18n.language as Locale;
    const key = keyOf(params, locale);
    const [state, setState] = useState<{ key?: string; error?: unknown }>({});
    const shown = isReady(key) || state.key === key;
    useEffect(() => {
      if (shown) return;
      let live = true;
      loadAll(params, locale).then(
        () => live && setState({ key }),
        (error: unknown) => live && setState({ error }),
      );
      return () => {
        live = false;
      };
    }, [shown, key]); // eslint-disable-line react-hooks/exhaustive-deps -- params and locale are in key
    if (state.error) throw state.error;
    return shown && Loaded ? (
      <Loaded />
    ) : (
      <p className="loading page-loading" role="status">
        {t('app.pageLoading')}
      </p>
    );
  }
  return { element: <LazyPage />, handle: { preload: loadAll } };
}

// Every page but the home page loads through `page-loaders.tsx`, a chunk of its own: the home
// page's first load does not carry the other pages' file lists.
const loaders = () => import('./page-loaders');
type PageName = keyof Awaited<ReturnType<typeof loaders>>['pageLoaders'];
type WebOnlyName = keyof NonNullable<Awaited<ReturnType<typeof loaders>>['webOnlyLoaders']>;
const lazy = (name: PageName, data?: PageData) => page(async () => (await loaders()).pageLoaders[name](), data);
const lazyWebOnly = (name: WebOnlyName) => page(async () => (await loaders()).webOnlyLoaders![name]());

// The presenter, live session, trainer and HR pages: never in an LMS package (a trainee has no use for
// them there). The build drops them, chunks and all, when VITE_PACKAGE_FORMAT is set: a function
// nobody calls is dropped whole, where an array of `page()` calls would be kept for their effects.
const webOnlyRoutes = (): AppRoute[] => [
  { path: paths.join.pattern, ...lazyWebOnly('join') },
  { path: paths.present.pattern, ...lazyWebOnly('present') },
  { path: paths.presentScreen.pattern, ...lazyWebOnly('presentScreen') },
  { path: paths.presentRemote.pattern, ...lazyWebOnly('presentRemote') },
  { path: paths.presentPrint.pattern, ...lazyWebOnly('presentPrint') },
  { path: paths.agenda.pattern, ...lazyWebOnly('agenda') },
  { path: paths.drillRubric.pattern, ...lazyWebOnly('drillRubric') },
  {
    path: paths.hr.pattern,
    ...lazyWebOnly('hr'),
    children: [
      { index: true, ...lazyWebOnly('hrDashboard') },
      { path: paths.hrCharts.pattern, ...lazyWebOnly('hrCharts') },
      { path: paths.hrItems.pattern, ...lazyWebOnly('hrItems') },
      { path: paths.hrRoles.pattern, ...lazyWebOnly('hrRoles') },
      { path: paths.hrTrainee.pattern, ...lazyWebOnly('hrTrainee') },
    ],
  },
];

/** The shell's page area: a failing page shows the error inside the shell, and moving on clears it. */
function PageArea() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary path={pathname}>
      <Outlet />
    </RouteErrorBoundary>
  );
}

// Each page is its own chunk: the home page does not pay for the reader or its animations.
export const routes: AppRoute[] = [
  {
    path: '/',
    element: <RootLayout />,
    children: [
      {
        element: <PageArea />,
        children: [
          { index: true, ...page(async () => (await import('../features/home/home-page')).HomePage) },
          { path: paths.welcome.pattern, ...lazy('welcome') },
          { path: paths.profile.pattern, ...lazy('profile') },
          { path: paths.quiz.pattern, ...lazy('quiz') },
          { path: paths.quizResult.pattern, ...lazy('quizResult') },
          { path: paths.final.pattern, ...lazy('final') },
          { path: paths.finalResult.pattern, ...lazy('quizResult') },
          { path: paths.review.pattern, ...lazy('review') },
          { path: paths.followUp.pattern, ...lazy('followUp') },
          { path: paths.smart.pattern, ...lazy('smart') },
          { path: paths.sandbox.pattern, ...lazy('sandbox') },
          { path: paths.roleplays.pattern, ...lazy('roleplays') },
          { path: paths.roleplay.pattern, ...lazy('roleplay') },
          { path: paths.certificate.pattern, ...lazy('certificate') },
          { path: paths.verify.pattern, ...lazy('verify') },
          { path: paths.moduleDone.pattern, ...lazy('moduleDone') },
          // The module's text too: the first page of a module draws whole, with nothing below it moving.
          { path: paths.module.pattern, ...lazy('reader', { params: ['moduleId'], load: async (params, locale) => (await loaders()).loadModuleText(params, locale) }) },
          ...(import.meta.env.VITE_PACKAGE_FORMAT ? [] : webOnlyRoutes()),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

/**
 * The app's pages, under whichever router the caller gives (browser, hash in LMS packages, memory
 * in tests). `preloaded`: the caller has awaited `preloadRoute` for this address (main.tsx does,
 * so React's first commit replaces index.html's plain first screen with the full page); otherwise
 * nothing is drawn until the first page and what it needs are in.
 */
export function AppRoutes({ preloaded = false }: { preloaded?: boolean }) {
  const { pathname } = useLocation();
  const { i18n } = useTranslation();
  const [started, setStarted] = useState(preloaded);
  useEffect(() => {
    if (started) return;
    let live = true;
    const start = () => live && setStarted(true);
    preloadRoute(pathname, i18n.language as Locale).then(start, start);
    return () => {
      live = false;
    };
  }, [started]); // eslint-disable-line react-hooks/exhaustive-deps -- only the address the app opened on
  const element = useRoutes(routes);
  return started ? <RouteErrorBoundary path={pathname}>{element}</RouteErrorBoundary> : null;
}

/** Starts loading every page the path draws (the layout's and the page's chunks), so the first render need not suspend. */
export function preloadRoute(pathname: string, locale: Locale): Promise<unknown> {
  const matches = matchRoutes(routes, pathname) ?? [];
  return Promise.all(matches.map((m) => (m.route.handle as PageHandle | undefined)?.preload(m.params, locale)));
}

