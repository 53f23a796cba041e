// Typed where they are imported (src/content/course.ts): ambient modules cannot import relatively.
declare module 'virtual:course-manifest/zh-CN' {
  const manifest: unknown;
  export default manifest;
}
declare module 'virtual:course-manifest/en' {
  const manifest: unknown;
  export default manifest;
}

declare module 'virtual:locale-data' {
  /** Per language: its interface strings and its course manifest (validated at build time). */
  const data: Record<string, { strings: () => Promise<unknown>; course: () => Promise<unknown> }>;
  export default data;
}

declare module '*.mdx' {
  import type { ComponentType } from 'react';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX content takes a components map
  const Content: ComponentType<{ components?: Record<string, ComponentType<any>> }>;
  export default Content;
}
