import fs = require('fs');
import { pathToFileURL } from 'url';
import { globSync } from 'tinyglobby';
import { parseAnnotations } from '../core/annotations/parseAnnotations';
import { formatOf } from '../core/facts/buildFacts';
import { LineIndex, Range } from '../core/text/lineIndex';
import type { DocumentFormat } from '../core/text/prose';

/** Drafts larger than this are not searched for citations: a citation search must stay quick. */
const MAX_DRAFT_BYTES = 2 * 1024 * 1024;
const MAX_DRAFTS = 5000;
const DRAFTS = ['**/*.md', '**/*.markdown', '**/*.txt'];

export interface Citation {
  uri: string;
  range: Range;
}

export interface OpenText {
  uri: string;
  text: string;
  format: DocumentFormat;
}

/**
 * Every `[@fact:ID]` that names a fact: in the open documents (as edited, saved or not) and in the
 * drafts on disk in the workspace folders. An unreadable file is skipped: references are a search,
 * not a check.
 */
export function findCitations(id: string, open: readonly OpenText[], folders: readonly string[]): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  const collect = (uri: string, text: string, format: DocumentFormat) => {
    seen.add(uri);
    if (!text.includes(id)) return;
    const lines = new LineIndex(text);
    for (const annotation of parseAnnotations(text, format)) {
      for (const cited of annotation.ids) if (cited.id === id) out.push({ uri, range: lines.rangeOf(cited.start, cited.end) });
    }
  };
  for (const doc of open) collect(doc.uri, doc.text, doc.format);
  for (const folder of folders) {
    const files = globSync(DRAFTS, { cwd: folder, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false });
    for (const file of files.slice(0, MAX_DRAFTS)) {
      const uri = pathToFileURL(file).href;
      if (seen.has(uri)) continue;
      try {
        if (fs.statSync(file).size > MAX_DRAFT_BYTES) continue;
        collect(uri, fs.readFileSync(file, 'utf8'), formatOf(file));
      } catch {
        // Gone or unreadable since the listing: nothing cites from it.
      }
    }
  }
  return out;
}
