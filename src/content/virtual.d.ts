declare module 'virtual:course-manifest' {
  // Typed where it is imported (src/content/course.ts): ambient modules cannot import relatively.
  const manifest: unknown;
  export default manifest;
}

declare module '*.mdx' {
  import type { ComponentType } from 'react';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX content takes a components map
  const Content: ComponentType<{ components?: Record<string, ComponentType<any>> }>;
  export default Content;
}
