/** The certificate: when the course is complete, the final score, and verification codes. */
export * from './certificate/code';
export * from './certificate/completion';
export * from './certificate/record';
