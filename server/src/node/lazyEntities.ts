import type * as Decode from 'entities/lib/decode.js';

/*
 * `entities` as markdown-it imports it (the bundle's alias, see `build:server`): its decoders,
 * loaded when first used. Loading the package builds its tables of HTML entities from strings of
 * ~15,000 characters, split and mapped one by one: ~5 ms of every start here, for drafts that
 * seldom hold an entity. markdown-it imports these two decoders and nothing else of it.
 */

let loaded: typeof Decode | undefined;

function decoders(): typeof Decode {
  // By path, as the alias of `entities` (to this file) would take the package's own name here too;
  // its CommonJS build, which the bundle runs when first required rather than at its start.
  return (loaded ??= require('../../../node_modules/entities/lib/decode.js') as typeof Decode);
}

export function decodeHTML(text: string): string {
  return decoders().decodeHTML(text);
}

export function decodeHTMLStrict(text: string): string {
  return decoders().decodeHTMLStrict(text);
}
