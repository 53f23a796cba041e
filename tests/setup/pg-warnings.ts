// pg warns of what its next major version will refuse; in the server suite that fails the run, so
// such a use is mended while pg 8 still carries it out.
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning' && /\bpg@\d/.test(warning.message)) throw warning;
});
