import type * as ChildProcess from 'child_process';

/*
 * `child_process` as vscode-languageserver's `files` module imports it (the bundle's alias, see
 * `build:server`), loaded when first used. That module resolves globally installed Node modules,
 * which Factline never asks of it, and loading `child_process` (with `net` and `dgram` behind it)
 * at every start took 35-60 ms of start → first diagnostics on this machine. The whole module is
 * stood for, whatever of it a later version of that library uses.
 */

let loaded: typeof ChildProcess | undefined;

function childProcess(): typeof ChildProcess {
  // `node:` names Node's own module, which the alias of `child_process` (to this file) does not.
  return (loaded ??= require('node:child_process') as typeof ChildProcess);
}

export = new Proxy({} as typeof ChildProcess, {
  get: (_, key) => childProcess()[key as keyof typeof ChildProcess],
  has: (_, key) => key in childProcess(),
  ownKeys: () => Reflect.ownKeys(childProcess()),
  getOwnPropertyDescriptor: (_, key) => ({ ...Reflect.getOwnPropertyDescriptor(childProcess(), key), configurable: true }),
});
