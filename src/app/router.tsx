import { createBrowserRouter, createHashRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { RootLayout } from './layout/root-layout';
import { RouteError, NotFound } from './layout/route-error';
import { paths } from '../config/paths';
import { ensureFeatureStrings, type FeatureStrings } from './i18n/load-locale';

/** A page's module and its strings, loaded side by side. */
async function withStrings<M>(feature: FeatureStrings, page: Promise<M>): Promise<M> {
  const [module] = await Promise.all([page, ensureFeatureStrings(feature)]);
  return module;
}

// The review shows questions as the quiz does: the app hands it the quiz's views.
async function reviewPages() {
  const [pages, { Question, ItemFeedback }] = await Promise.all([withStrings('review', import('../features/review/review-pages')), withStrings('quiz', import('../features/quiz/question-views'))]);
  return [pages, { Question, ItemFeedback }] as const;
}

// The presenter, live session, trainer and HR pages: never in an LMS package (a trainee has no use for
// them there). The build drops them, chunks and all, when VITE_PACKAGE_FORMAT is set.
const webOnlyRoutes: RouteObject[] = [
  { path: paths.join.pattern, lazy: async () => ({ Component: (await withStrings('live', import('../features/live/join-page'))).JoinPage }) },
  {
    path: paths.present.pattern,
    // The console and the live panel are separate features; the app puts them side by side.
    lazy: async () => {
      const [{ ConsolePage }, { LivePanel }] = await Promise.all([withStrings('present', import('../features/present/console-page')), withStrings('live', import('../features/live/live-panel'))]);
      return { Component: () => <ConsolePage livePanel={LivePanel} /> };
    },
  },
  {
    path: paths.presentScreen.pattern,
    lazy: async () => {
      const [{ ScreenPage }, { useRemotePosition }, { ProjectorLayer }] = await Promise.all([
        withStrings('present', import('../features/present/screen-page')),
        import('../features/live/use-remote-position'),
        withStrings('live', import('../features/live/projector-layer')),
      ]);
      return { Component: () => <ScreenPage useRemotePosition={useRemotePosition} liveLayer={ProjectorLayer} /> };
    },
  },
  {
    path: paths.presentPrint.pattern,
    lazy: async () => ({ Component: (await withStrings('present', import('../features/present/print-page'))).PrintPage }),
  },
  {
    path: paths.agenda.pattern,
    lazy: async () => ({ Component: (await withStrings('trainer', import('../features/trainer/agenda-page'))).AgendaPage }),
  },
  {
    path: paths.drillRubric.pattern,
    lazy: async () => ({ Component: (await withStrings('trainer', import('../features/trainer/drill-rubric-page'))).DrillRubricPage }),
  },
  {
    // HR's pages share one signed-in layout; their strings load with it, never on a trainee's first load.
    path: paths.hr.pattern,
    lazy: async () => {
      const hr = await import('../features/hr/hr-layout');
      await hr.ensureHrStrings();
      return { Component: hr.HrLayout };
    },
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/hr/dashboard-page')).DashboardPage }) },
      { path: paths.hrCharts.pattern, lazy: async () => ({ Component: (await import('../features/hr/charts-page')).ChartsPage }) },
      { path: paths.hrItems.pattern, lazy: async () => ({ Component: (await import('../features/hr/items-page')).ItemsPage }) },
      {
        path: paths.hrTrainee.pattern,
        lazy: async () => ({ Component: (await import('../features/hr/trainee-page')).TraineePage }),
      },
    ],
  },
];

// Each page is its own chunk: the home page does not pay for the reader or its animations.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    // Pages load in a blink; a blank frame reads better than a flashing placeholder.
    HydrateFallback: () => null,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }) },
          { path: paths.welcome.pattern, lazy: async () => ({ Component: (await import('../features/profile/profile-page')).WelcomePage }) },
          { path: paths.profile.pattern, lazy: async () => ({ Component: (await import('../features/profile/profile-page')).EditProfilePage }) },
          {
            path: paths.quiz.pattern,
            lazy: async () => ({ Component: (await withStrings('quiz', import('../features/quiz/quiz-page'))).QuizPage }),
          },
          {
            path: paths.quizResult.pattern,
            lazy: async () => ({ Component: (await withStrings('quiz', import('../features/quiz/results-page'))).ResultsPage }),
          },
          {
            path: paths.final.pattern,
            lazy: async () => ({ Component: (await withStrings('quiz', import('../features/quiz/final-page'))).FinalPage }),
          },
          {
            path: paths.finalResult.pattern,
            lazy: async () => ({ Component: (await withStrings('quiz', import('../features/quiz/results-page'))).ResultsPage }),
          },
          {
            path: paths.review.pattern,
            lazy: async () => {
              const [{ ReviewPage }, views] = await reviewPages();
              return { Component: () => <ReviewPage views={views} /> };
            },
          },
          {
            path: paths.followUp.pattern,
            lazy: async () => {
              const [{ FollowUpPage }, views] = await reviewPages();
              return { Component: () => <FollowUpPage views={views} /> };
            },
          },
          {
            path: paths.smart.pattern,
            lazy: async () => ({ Component: (await withStrings('smart', import('../features/smart/smart-page'))).SmartPage }),
          },
          {
            path: paths.sandbox.pattern,
            lazy: async () => ({ Component: (await withStrings('sandbox', import('../features/sandbox/sandbox-page'))).SandboxPage }),
          },
          {
            path: paths.roleplays.pattern,
            lazy: async () => ({ Component: (await withStrings('roleplay', import('../features/roleplay/roleplay-list-page'))).RoleplayListPage }),
          },
          {
            path: paths.roleplay.pattern,
            lazy: async () => ({ Component: (await withStrings('roleplay', import('../features/roleplay/roleplay-page'))).RoleplayPage }),
          },
          {
            path: paths.certificate.pattern,
            lazy: async () => ({ Component: (await withStrings('certificate', import('../features/certificate/certificate-page'))).CertificatePage }),
          },
          {
            path: paths.verify.pattern,
            lazy: async () => ({ Component: (await withStrings('certificate', import('../features/certificate/verify-page'))).VerifyPage }),
          },
          {
            path: paths.moduleDone.pattern,
            lazy: async () => ({ Component: (await import('../features/reader/module-done-page')).ModuleDonePage }),
          },
          {
            path: paths.module.pattern,
            lazy: async () => ({ Component: (await import('../features/reader/reader-page')).ReaderPage }),
          },
          ...(import.meta.env.VITE_PACKAGE_FORMAT ? [] : webOnlyRoutes),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

// An LMS serves a package's files from a path of its own and knows nothing of the app's routes,
// so a packaged course keeps its place in the hash instead.
export const createAppRouter = () => (import.meta.env.VITE_PACKAGE_FORMAT ? createHashRouter(routes) : createBrowserRouter(routes));
export const createTestRouter = (initialEntries: string[]) => createMemoryRouter(routes, { initialEntries });
