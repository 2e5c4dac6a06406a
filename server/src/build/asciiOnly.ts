/**
 * A build step after bundling the language server (`esbuild … | node - dist/language-server.js`): rewrites each
 * character beyond ASCII as a `\u` escape. esbuild escapes them in strings but leaves them in
 * regular expression literals (curly quotes, dashes), and one such character makes the whole
 * bundle a two-byte string: twice the memory to read, hash, compile and keep at every start.
 */
import fs = require('fs');

/**
 * The same program in ASCII. An escape means its character in a string, a template, a regular
 * expression (with or without the `u` flag, in a class or not) and an identifier; a character
 * already escaped (`\’`, an identity escape) loses its backslash instead of gaining a second one.
 */
export function asciiOnly(source: string): string {
  let out = '';
  let done = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) continue;
    let backslashes = 0;
    while (i - backslashes > done && source.charCodeAt(i - backslashes - 1) === 0x5c) backslashes++;
    out += source.slice(done, backslashes % 2 ? i - 1 : i) + `\\u${c.toString(16).padStart(4, '0')}`;
    done = i + 1;
  }
  return out + source.slice(done);
}

// Run by the build from standard input; imported, it only lends `asciiOnly`.
if (process.argv[1] === '-') {
  const file = process.argv[2];
  fs.writeFileSync(file, asciiOnly(fs.readFileSync(file, 'utf8')));
}
