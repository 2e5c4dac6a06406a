import { execFileSync } from 'child_process';

/*
 * V8 keys its code cache to its flags: a cache made under flags that differ from a fresh process's
 * is refused there. Through it a test sees whether code left a V8 flag set.
 */
const SCRIPT = "const vm = require('vm'); const script = new vm.Script('function f() { return 1; } f();'";

/** Runs `code` in a fresh Node beside a compiled script: `keep(file)` there writes the script's code cache to `file`. */
export function runKeepingCodeCaches(code: string): void {
  execFileSync(process.execPath, ['-e', `${SCRIPT}); script.runInThisContext(); const keep = (file) => require('fs').writeFileSync(file, script.createCachedData()); ${code}`]);
}

/** Whether a fresh Node takes the code cache in `file`. */
export function codeCacheAccepted(file: string): boolean {
  const code = `${SCRIPT}, { cachedData: require('fs').readFileSync(${JSON.stringify(file)}) }); process.stdout.write(String(!script.cachedDataRejected));`;
  return execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }) === 'true';
}
