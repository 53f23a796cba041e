/** The one route table: every link in the app is built here. */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  module: {
    pattern: '/modules/:moduleId/:slideId?',
    href: (moduleId: string, slideId?: string) =>
      `/modules/${encodeURIComponent(moduleId)}${slideId ? `/${encodeURIComponent(slideId)}` : ''}`,
  },
  quiz: {
    pattern: '/modules/:moduleId/quiz',
    href: (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/quiz`,
  },
  quizResult: {
    pattern: '/modules/:moduleId/quiz/results/:attemptId',
    href: (moduleId: string, attemptId: string) => `/modules/${encodeURIComponent(moduleId)}/quiz/results/${encodeURIComponent(attemptId)}`,
  },
  final: { pattern: '/final', href: () => '/final' },
  smart: { pattern: '/practice/smart', href: () => '/practice/smart' },
  sandbox: { pattern: '/practice/sandbox', href: () => '/practice/sandbox' },
  roleplays: { pattern: '/practice/roleplay', href: () => '/practice/roleplay' },
  roleplay: { pattern: '/practice/roleplay/:scenarioId', href: (id: string) => `/practice/roleplay/${encodeURIComponent(id)}` },
  finalResult: {
    pattern: '/final/results/:attemptId',
    href: (attemptId: string) => `/final/results/${encodeURIComponent(attemptId)}`,
  },
  moduleDone: {
    pattern: '/modules/:moduleId/done',
    href: (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/done`,
  },
} as const;
