/** The one route table: every link in the app is built here. */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  module: {
    pattern: '/modules/:moduleId/:slideId?',
    href: (moduleId: string, slideId?: string) =>
      `/modules/${encodeURIComponent(moduleId)}${slideId ? `/${encodeURIComponent(slideId)}` : ''}`,
  },
  moduleDone: {
    pattern: '/modules/:moduleId/done',
    href: (moduleId: string) => `/modules/${encodeURIComponent(moduleId)}/done`,
  },
} as const;
