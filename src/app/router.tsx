import { useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { Outlet, matchRoutes, useLocation, useParams, useRoutes, type Params, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../content/locales';
import { RootLayout } from './layout/root-layout';
import { RouteErrorBoundary, NotFound } from './layout/route-error';
import { paths } from '../config/paths';
import { ensureFeatureStrings, type FeatureStrings } from './i18n/load-locale';

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

/** A page's module and its strings, loaded side by side. */
async function withStrings<M>(feature: FeatureStrings, module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, ensureFeatureStrings(feature)]);
  return loaded;
}

// The review shows questions as the quiz does: the app hands it the quiz's views.
async function reviewPages() {
  const [pages, { Question, ItemFeedback }] = await Promise.all([withStrings('review', import('../features/review/review-pages')), withStrings('quiz', import('../features/quiz/question-views'))]);
  return [pages, { Question, ItemFeedback }] as const;
}

// The presenter, live session, trainer and HR pages: never in an LMS package (a trainee has no use for
// them there). The build drops them, chunks and all, when VITE_PACKAGE_FORMAT is set: a function
// nobody calls is dropped whole, where an array of `page()` calls would be kept for their effects.
const webOnlyRoutes = (): AppRoute[] => [
  { path: paths.join.pattern, ...page(async () => (await withStrings('live', import('../features/live/join-page'))).JoinPage) },
  {
    path: paths.present.pattern,
    // The console and the live panel are separate features; the app puts them side by side.
    ...page(async () => {
      const [{ ConsolePage }, { LivePanel }, { useConsoleRemote }] = await Promise.all([
        withStrings('present', import('../features/present/console-page')),
        withStrings('live', import('../features/live/live-panel')),
        import('../features/live/use-console-remote'),
      ]);
      return () => <ConsolePage livePanel={LivePanel} useRemote={useConsoleRemote} />;
    }),
  },
  {
    path: paths.presentScreen.pattern,
    ...page(async () => {
      const [{ ScreenPage }, { useRemotePosition }, { ProjectorLayer }] = await Promise.all([
        withStrings('present', import('../features/present/screen-page')),
        import('../features/live/use-remote-position'),
        withStrings('live', import('../features/live/projector-layer')),
      ]);
      return () => <ScreenPage useRemotePosition={useRemotePosition} liveLayer={ProjectorLayer} />;
    }),
  },
  {
    // The trainer's phone remote: the present feature's page over the live feature's socket.
    path: paths.presentRemote.pattern,
    ...page(async () => {
      const [{ RemotePage }, { useTrainerRemote }] = await Promise.all([withStrings('present', import('../features/present/remote-page')), import('../features/live/use-trainer-remote')]);
      return () => <RemotePage useRemoteSession={useTrainerRemote} />;
    }),
  },
  { path: paths.presentPrint.pattern, ...page(async () => (await withStrings('present', import('../features/present/print-page'))).PrintPage) },
  { path: paths.agenda.pattern, ...page(async () => (await withStrings('trainer', import('../features/trainer/agenda-page'))).AgendaPage) },
  { path: paths.drillRubric.pattern, ...page(async () => (await withStrings('trainer', import('../features/trainer/drill-rubric-page'))).DrillRubricPage) },
  {
    // HR's pages share one signed-in layout; their strings load with it, never on a trainee's first load.
    path: paths.hr.pattern,
    ...page(async () => {
      const hr = await import('../features/hr/hr-layout');
      await hr.ensureHrStrings();
      return hr.HrLayout;
    }),
    children: [
      { index: true, ...page(async () => (await import('../features/hr/dashboard-page')).DashboardPage) },
      { path: paths.hrCharts.pattern, ...page(async () => (await import('../features/hr/charts-page')).ChartsPage) },
      { path: paths.hrItems.pattern, ...page(async () => (await import('../features/hr/items-page')).ItemsPage) },
      { path: paths.hrRoles.pattern, ...page(async () => (await import('../features/hr/roles-page')).RolesPage) },
      { path: paths.hrTrainee.pattern, ...page(async () => (await import('../features/hr/trainee-page')).TraineePage) },
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
          { path: paths.welcome.pattern, ...page(async () => (await import('../features/profile/profile-page')).WelcomePage) },
          { path: paths.profile.pattern, ...page(async () => (await import('../features/profile/profile-page')).EditProfilePage) },
          { path: paths.quiz.pattern, ...page(async () => (await withStrings('quiz', import('../features/quiz/quiz-page'))).QuizPage) },
          { path: paths.quizResult.pattern, ...page(async () => (await withStrings('quiz', import('../features/quiz/results-page'))).ResultsPage) },
          { path: paths.final.pattern, ...page(async () => (await withStrings('quiz', import('../features/quiz/final-page'))).FinalPage) },
          { path: paths.finalResult.pattern, ...page(async () => (await withStrings('quiz', import('../features/quiz/results-page'))).ResultsPage) },
          {
            path: paths.review.pattern,
            ...page(async () => {
              const [{ ReviewPage }, views] = await reviewPages();
              return () => <ReviewPage views={views} />;
            }),
          },
          {
            path: paths.followUp.pattern,
            ...page(async () => {
              const [{ FollowUpPage }, views] = await reviewPages();
              return () => <FollowUpPage views={views} />;
            }),
          },
          { path: paths.smart.pattern, ...page(async () => (await withStrings('smart', import('../features/smart/smart-page'))).SmartPage) },
          { path: paths.sandbox.pattern, ...page(async () => (await withStrings('sandbox', import('../features/sandbox/sandbox-page'))).SandboxPage) },
          { path: paths.roleplays.pattern, ...page(async () => (await withStrings('roleplay', import('../features/roleplay/roleplay-list-page'))).RoleplayListPage) },
          { path: paths.roleplay.pattern, ...page(async () => (await withStrings('roleplay', import('../features/roleplay/roleplay-page'))).RoleplayPage) },
          { path: paths.certificate.pattern, ...page(async () => (await withStrings('certificate', import('../features/certificate/certificate-page'))).CertificatePage) },
          { path: paths.verify.pattern, ...page(async () => (await withStrings('certificate', import('../features/certificate/verify-page'))).VerifyPage) },
          { path: paths.moduleDone.pattern, ...page(async () => (await import('../features/reader/module-done-page')).ModuleDonePage) },
          {
            path: paths.module.pattern,
            // The module's text too: the first page of a module draws whole, with nothing below it moving.
            ...page(async () => (await import('../features/reader/reader-page')).ReaderPage, {
              params: ['moduleId'],
              load: async (params, locale) => (await import('../content/module-loader')).loadModuleContent(params.moduleId ?? '', locale),
            }),
          },
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

