// Loaded on demand so motion's animation engine stays out of the first load.
export { domAnimation as default } from 'motion/react';
