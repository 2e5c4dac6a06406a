import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../helpers/core';

describe('object literals in the extension and the server', () => {
  // V8 makes an object literal with a getter or setter a dictionary whose accessors an accessor pair
  // holds, allocated in old space: one made per keystroke kept what its getters reached alive through
  // every scavenge (see `PiecedProse` and 'what a keystroke leaves behind'). A class has none.
  it('have no getters or setters: classes do, on their prototype', () => {
    const found: string[] = [];
    for (const folder of ['server/src', 'client/src']) {
      const root = path.join(ROOT, folder);
      for (const name of (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'))) {
        const file = path.join(root, name);
        const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (ts.isObjectLiteralExpression(node)) {
            for (const member of node.properties) {
              if (ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)) {
                found.push(`${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(member.getStart()).line + 1}`);
              }
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
    assert.deepStrictEqual(found, []);
  });
});
