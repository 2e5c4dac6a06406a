import { pathToFileURL } from 'url';
import { Hover, MarkupKind, Range } from 'vscode-languageserver-types';
import type { Finding } from '../core/check/finding';
import type { Fact } from '../core/facts/fact';
import { citationLabel, fixOrigin } from '../core/format/message';
import type { LineIndex } from '../core/text/lineIndex';
import { OPEN_SOURCE_COMMAND, OpenSourceArgs } from '../lsp/protocol';

/**
 * What hovering a checked figure shows: the verdict, the source sentence with the figure in bold,
 * where it stands, and a link that opens the source there. An unverified figure says so briefly,
 * so a writer never wonders whether Factline looked at it.
 */
export function toHover(finding: Finding, lines: LineIndex): Hover {
  const range = lines.rangeOf(finding.claim.start, finding.claim.end);
  const parts: string[] = [];
  switch (finding.verdict) {
    case 'mismatch':
      parts.push(`**Factline: mismatch** — ${fixOrigin(finding.code) === 'source' ? 'the source says' : 'its figures give'} **${escapeMarkdown(finding.fix ?? '')}**${finding.sourceSays && finding.sourceSays !== finding.fix ? ` (${escapeMarkdown(finding.sourceSays)})` : ''}`);
      break;
    case 'verified':
      parts.push('**Factline: verified** — the source says the same');
      break;
    default:
      parts.push('Factline: no source found for this figure');
  }
  if (finding.fact && finding.verdict !== 'unverified') parts.push(citation(finding.fact));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range };
}

/** Hovering an id in `[@fact:…]`: the fact it names, its quote and where it stands. */
export function toFactHover(id: string, fact: Fact | undefined, range: Range): Hover {
  const value = fact
    ? `**Fact** \`${id}\` — ${escapeMarkdown(fact.text)}${fact.note ? `\n\n*${escapeMarkdown(fact.note)}*` : ''}\n\n${citation(fact)}`
    : `Factline: no loaded fact has the id \`${id}\``;
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** The source sentence with the figure in bold, its title and paragraph, and links that open it there. */
export function citation(fact: Fact): string {
  const start = fact.quoteOffset;
  const quote = `${escapeMarkdown(fact.quote.slice(0, start))}**${escapeMarkdown(fact.quote.slice(start, start + fact.text.length))}**${escapeMarkdown(fact.quote.slice(start + fact.text.length))}`;
  const uri = pathToFileURL(fact.source.file).href;
  const at = fact.source.range.start;
  const args: OpenSourceArgs = { uri, range: fact.source.range };
  const open = `[Open source](command:${OPEN_SOURCE_COMMAND}?${encodeURIComponent(JSON.stringify([args]))} "Open the source at this sentence")`;
  // The file link works in any editor that follows links; the command link selects the exact span in VS Code.
  return `> ${quote}\n\n— [${escapeMarkdown(citationLabel(fact))}](${uri}#L${at.line + 1},${at.character + 1}) · ${open}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
