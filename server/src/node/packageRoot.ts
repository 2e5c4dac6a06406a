import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

/**
 * The folder of Factline's own package.json, found by walking up from this file: the same answer from
 * the bundle (`dist/`) and from compiled tests (`out/server/src/node/`).
 */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'factline') return (root = dir);
    if (path.dirname(dir) === dir) throw new Error(`Factline's package.json was not found above ${__dirname}`);
  }
}

export function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
}
