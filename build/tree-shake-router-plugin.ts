import type { Plugin } from 'vite';

/**
 * react-router's build makes its components with calls the bundler cannot prove free of side
 * effects (`Form = React.forwardRef(…)`, unmarked as pure) and names each for React DevTools with
 * a statement of its own (`Form.displayName = "Form"`). Both keep every such component — `<Form>`
 * with the form-submission helpers, `<ScrollRestoration>`, the data routers' parts — in the first
 * page's JavaScript although the app uses none of them. Production builds mark the calls pure and
 * drop the names, so what the app does not import is left out.
 */
export function treeShakeRouterPlugin(): Plugin {
  return {
    name: 'sta:tree-shake-router',
    apply: 'build',
    transform(code, id) {
      if (!/\/node_modules\/react-router\/dist\/production\/[^/]+\.mjs$/.test(id)) return undefined;
      const shaken = code.replace(/^[\w$]+\.displayName = "[^"]*";$/gm, '').replace(/= (React\d*\.(?:forwardRef|memo|createContext)\()/g, '= /* @__PURE__ */ $1');
      return { code: shaken, map: null };
    },
  };
}
