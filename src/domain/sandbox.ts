/** Target decomposition: allocation, the funnel plan, tracking alerts, the four methods. */
export * from './sandbox/allocate';
export * from './sandbox/funnel';
export * from './sandbox/tracking';
export * from './sandbox/methods';
export * from './sandbox/plan';
export * from './sandbox/amount-units';
