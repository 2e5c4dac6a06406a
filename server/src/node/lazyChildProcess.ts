import type * as ChildProcess from 'child_process';

/*
 * `child_process` as vscode-languageserver's `files` module imports it (the bundle's alias, see
 * `build:server`), loaded when first called. That module resolves globally installed Node modules,
 * which Factline never asks of it, and loading `child_process` (with `net` and `dgram` behind it)
 * at every start took 35-60 ms of start → first diagnostics on this machine.
 */

let loaded: typeof ChildProcess | undefined;

function childProcess(): typeof ChildProcess {
  // `node:` names Node's own module, which the alias of `child_process` (to this file) does not.
  return (loaded ??= require('node:child_process') as typeof ChildProcess);
}

export const fork = ((...args: Parameters<typeof ChildProcess.fork>) => childProcess().fork(...args)) as typeof ChildProcess.fork;
export const spawnSync = ((...args: [string, ...unknown[]]) => (childProcess().spawnSync as (...a: unknown[]) => unknown)(...args)) as typeof ChildProcess.spawnSync;
