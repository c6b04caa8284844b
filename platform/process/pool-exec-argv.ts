/**
 * `execArgv` for piscina pools whose handler is an ES module (.mjs). Piscina first tries
 * `require(filename)`; on Node 20.19+ that loads ES modules too, and in one CI run it aborted
 * the whole process with a native assertion (node::loader::ModuleWrap::
 * CreateRequiredModuleFacade). With the flag, require() refuses the file and piscina falls
 * back to import(), the path every other worker of this site uses.
 */
export const importOnlyExecArgv = (): string[] => [
  ...process.execArgv,
  '--no-experimental-require-module',
];
