/** Presenter mode: the slide position, the console–screen messages, the stopwatch. */
export * from './present/position';
export * from './present/protocol';
export * from './present/timer';
export * from './present/saved';
export * from './present/pace';
export * from './present/key-map';
export * from './present/remote';
