/** The one route table: every link in the app is built here. */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  welcome: { pattern: '/welcome', href: (next?: string) => (next && next !== '/' ? `/welcome?next=${encodeURIComponent(next)}` : '/welcome') },
  profile: { pattern: '/profile', href: () => '/profile' },
  join: { pattern: '/join', href: (code?: string) => (code ? `/join?code=${encodeURIComponent(code)}` : '/join') },
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
  /** Spaced review after the modules, and the check-ins after the course. */
  review: { pattern: '/review', href: () => '/review' },
  followUp: { pattern: '/review/check-in/:followUpId', href: (id: string) => `/review/check-in/${encodeURIComponent(id)}` },
  smart: { pattern: '/practice/smart', href: () => '/practice/smart' },
  sandbox: { pattern: '/practice/sandbox', href: () => '/practice/sandbox' },
  roleplays: { pattern: '/practice/roleplay', href: () => '/practice/roleplay' },
  roleplay: { pattern: '/practice/roleplay/:scenarioId', href: (id: string) => `/practice/roleplay/${encodeURIComponent(id)}` },
  /** The trainee's certificate, once the course is complete. */
  certificate: { pattern: '/certificate', href: () => '/certificate' },
  /** Anyone checks a certificate here by its code (open without a profile). */
  verify: { pattern: '/verify/:code?', href: (code = '') => (code ? `/verify/${encodeURIComponent(code)}` : '/verify') },
  finalResult: {
    pattern: '/final/results/:attemptId',
    href: (attemptId: string) => `/final/results/${encodeURIComponent(attemptId)}`,
  },
  /** The HR dashboard; `search` carries its filters (`?department=…`). */
  hr: { pattern: '/hr', href: (search = '') => `/hr${search}` },
  /** HR's item analysis of every quiz. */
  hrItems: { pattern: '/hr/items', href: () => '/hr/items' },
  /** HR's charts, each with its table. */
  hrCharts: { pattern: '/hr/charts', href: () => '/hr/charts' },
  /** An admin's page of the roles granted beyond the company sign-in's. */
  hrRoles: { pattern: '/hr/roles', href: () => '/hr/roles' },
  hrTrainee: {
    pattern: '/hr/trainees/:employeeId',
    href: (employeeId: string, search = '') => `/hr/trainees/${encodeURIComponent(employeeId)}${search}`,
  },
  moduleDone: {
    pattern: '/modules/:moduleId/done',
    href: (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/done`,
  },
  /** The trainer's presenter console (open without a profile); `?slide=` keeps its place. */
  present: {
    pattern: '/present/:moduleId',
    href: (moduleId: string, slideId?: string) => `/present/${encodeURIComponent(moduleId)}${slideId ? `?slide=${encodeURIComponent(slideId)}` : ''}`,
  },
  /** The audience screen (the projector): the slide alone, kept in step with the console; `live` follows a live session's code from another machine. */
  presentScreen: {
    pattern: '/present/:moduleId/screen',
    href: (moduleId: string, slideId?: string, live?: string) => {
      const query = new URLSearchParams({ ...(slideId ? { slide: slideId } : {}), ...(live ? { live } : {}) }).toString();
      return `/present/${encodeURIComponent(moduleId)}/screen${query ? `?${query}` : ''}`;
    },
  },
  /** The trainer's phone remote; its `#code=…&key=…&console=…` (never sent to a server) joins it to one console. */
  presentRemote: { pattern: '/present/:moduleId/remote', href: (moduleId: string) => `/present/${encodeURIComponent(moduleId)}/remote` },
  /** Every slide of a module laid out for printing, one 16:9 page each; `notes` adds the trainer notes. */
  presentPrint: {
    pattern: '/present/:moduleId/print',
    href: (moduleId: string, notes = false) => `/present/${encodeURIComponent(moduleId)}/print${notes ? '?notes=1' : ''}`,
  },
  /** The trainer's printable agenda of a one-day and a two-half-day delivery. */
  agenda: { pattern: '/trainer/agenda', href: () => '/trainer/agenda' },
  /** The trainer's printable materials, model answer and rubric for module 09's target-setting drill. */
  drillRubric: { pattern: '/trainer/drill-rubric', href: () => '/trainer/drill-rubric' },
} as const;
