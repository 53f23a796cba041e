// How each page but the home page loads: its chunk, its strings, and what the app hands it. Every
// `import()` here carries the list of files its page needs, to ask for them all at once; kept in
// the router, those lists (a hundred-odd hashed names) weighed on the home page's first load,
// which needs none of them. The router loads this module for any other page (the head script
// asks for it at once on those), and the service worker keeps it for offline use.
import type { ComponentType } from 'react';
import type { Params } from 'react-router';
import type { Locale } from '../content/locales';
import { ensureFeatureStrings, type FeatureStrings } from './i18n/load-locale';

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

export const pageLoaders = {
  welcome: async () => (await import('../features/profile/profile-page')).WelcomePage,
  profile: async () => (await import('../features/profile/profile-page')).EditProfilePage,
  quiz: async () => (await withStrings('quiz', import('../features/quiz/quiz-page'))).QuizPage,
  quizResult: async () => (await withStrings('quiz', import('../features/quiz/results-page'))).ResultsPage,
  final: async () => (await withStrings('quiz', import('../features/quiz/final-page'))).FinalPage,
  review: async (): Promise<ComponentType> => {
    const [{ ReviewPage }, views] = await reviewPages();
    return () => <ReviewPage views={views} />;
  },
  followUp: async (): Promise<ComponentType> => {
    const [{ FollowUpPage }, views] = await reviewPages();
    return () => <FollowUpPage views={views} />;
  },
  smart: async () => (await withStrings('smart', import('../features/smart/smart-page'))).SmartPage,
  sandbox: async () => (await withStrings('sandbox', import('../features/sandbox/sandbox-page'))).SandboxPage,
  roleplays: async () => (await withStrings('roleplay', import('../features/roleplay/roleplay-list-page'))).RoleplayListPage,
  roleplay: async () => (await withStrings('roleplay', import('../features/roleplay/roleplay-page'))).RoleplayPage,
  certificate: async () => (await withStrings('certificate', import('../features/certificate/certificate-page'))).CertificatePage,
  verify: async () => (await withStrings('certificate', import('../features/certificate/verify-page'))).VerifyPage,
  moduleDone: async () => (await import('../features/reader/module-done-page')).ModuleDonePage,
  reader: async () => (await import('../features/reader/reader-page')).ReaderPage,
} satisfies Record<string, () => Promise<ComponentType>>;

/** A module's text, by its id and the language: a module page draws whole, with nothing below it moving. */
export const loadModuleText = async (params: Params, locale: Locale) => (await import('../content/module-loader')).loadModuleContent(params.moduleId ?? '', locale);

// The presenter, live session, trainer and HR pages: never in an LMS package (a trainee has no use
// for them there). The build drops them, chunks and all, when VITE_PACKAGE_FORMAT is set.
export const webOnlyLoaders = import.meta.env.VITE_PACKAGE_FORMAT
  ? undefined
  : ({
      join: async () => (await withStrings('live', import('../features/live/join-page'))).JoinPage,
      // The console and the live panel are separate features; the app puts them side by side.
      present: async (): Promise<ComponentType> => {
        const [{ ConsolePage }, { LivePanel }, { useConsoleRemote }] = await Promise.all([
          withStrings('present', import('../features/present/console-page')),
          withStrings('live', import('../features/live/live-panel')),
          import('../features/live/use-console-remote'),
        ]);
        return () => <ConsolePage livePanel={LivePanel} useRemote={useConsoleRemote} />;
      },
      presentScreen: async (): Promise<ComponentType> => {
        const [{ ScreenPage }, { useRemotePosition }, { ProjectorLayer }] = await Promise.all([
          withStrings('present', import('../features/present/screen-page')),
          import('../features/live/use-remote-position'),
          withStrings('live', import('../features/live/projector-layer')),
        ]);
        return () => <ScreenPage useRemotePosition={useRemotePosition} liveLayer={ProjectorLayer} />;
      },
      // The trainer's phone remote: the present feature's page over the live feature's socket.
      presentRemote: async (): Promise<ComponentType> => {
        const [{ RemotePage }, { useTrainerRemote }] = await Promise.all([withStrings('present', import('../features/present/remote-page')), import('../features/live/use-trainer-remote')]);
        return () => <RemotePage useRemoteSession={useTrainerRemote} />;
      },
      presentPrint: async () => (await withStrings('present', import('../features/present/print-page'))).PrintPage,
      agenda: async () => (await withStrings('trainer', import('../features/trainer/agenda-page'))).AgendaPage,
      drillRubric: async () => (await withStrings('trainer', import('../features/trainer/drill-rubric-page'))).DrillRubricPage,
      // HR's pages share one signed-in layout; their strings load with it, never on a trainee's first load.
      hr: async () => {
        const hr = await import('../features/hr/hr-layout');
        await hr.ensureHrStrings();
        return hr.HrLayout;
      },
      hrDashboard: async () => (await import('../features/hr/dashboard-page')).DashboardPage,
      hrCharts: async () => (await import('../features/hr/charts-page')).ChartsPage,
      hrItems: async () => (await import('../features/hr/items-page')).ItemsPage,
      hrRoles: async () => (await import('../features/hr/roles-page')).RolesPage,
      hrTrainee: async () => (await import('../features/hr/trainee-page')).TraineePage,
    } satisfies Record<string, () => Promise<ComponentType>>);
