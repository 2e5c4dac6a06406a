import { slug } from './factId';

/**
 * The first part of the fact ids of each article of a set loaded together (`report` in
 * `report/turnout`), by path (`/` or `\` between folders), in the order given. An article's prefix
 * is its file name's slug without the extension, as writers' drafts and fact files cite it, unless
 * another article of the set has that slug too (`2023/report.md`, `2024/report.md`; Hugo's
 * `a/index.md`, `b/index.md`): under one prefix, the later one's facts would take the earlier one's
 * ids and be dropped. Each of those takes instead the shortest end of its path that the others' do
 * not share (`2023-report`, `2024-report`) and that is no other article's own name. Names that the
 * slug cannot tell apart (in letters it leaves out, as Cyrillic's) are told apart as written,
 * lower-cased (`отчёт`, `доклад`; `2023-отчёт`, `2024-отчёт`); what even that cannot (letter case,
 * the extension) is numbered in path order (`sources-report`, `sources-report-2`). One path given
 * twice is one article: its prefix is one. Where names collide, paths are read as `resolved` gives
 * them (made absolute, so that `report.md` given in `2023/` reads as `…/2023/report.md`).
 */
export function articlePrefixes(paths: readonly string[], resolved: (path: string) => string = (p) => p): string[] {
  // Most sets have no two names alike: their names are all there is to read. A server tells the
  // prefixes of its thousand articles at every start, where splitting each path took milliseconds,
  // and resolving each, at a start, 14 ms.
  const names = paths.map((p) => slug(lastPart(p)));
  if (new Set(names).size === names.length) return names;
  const keys = paths.map((p) => samePath(resolved(p)));
  const byPath = new Map(keys.map((key) => [key, partsOf(key)]));
  const sorted = [...byPath.keys()].sort();
  const articles = sorted.map((key) => byPath.get(key)!);
  const own = articles.map((parts) => slug(parts[parts.length - 1]));
  const sharing = new Map<string, number[]>();
  own.forEach((prefix, i) => {
    const group = sharing.get(prefix);
    if (group) group.push(i);
    else sharing.set(prefix, [i]);
  });
  // A name no other article has keeps its prefix: the others give way to it.
  const owns = own.map((prefix) => sharing.get(prefix)!.length === 1);
  const owned = new Set(own.filter((_, i) => owns[i]));
  const prefixes = [...own];
  for (const group of sharing.values()) if (group.length > 1) distinguish(group, articles, owned, prefixes);
  const chosen = new Map<string, string>();
  numberTwins(prefixes, owns).forEach((prefix, i) => chosen.set(sorted[i], prefix));
  return keys.map((key) => chosen.get(key)!);
}

/** A path's file name, the extension left off. */
function lastPart(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).replace(/\.[^.]+$/, '');
}

/** A path as every spelling of it is (`./a\b.md`, `a/b.md`): its parts, `.` and empty ones (`a//b`, a leading `/`) left out. */
function samePath(file: string): string {
  return file
    .split(/[\\/]/)
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/** A path's folders and file name (as `samePath` gives it), the extension left off. */
function partsOf(key: string): string[] {
  const parts = key.split('/');
  parts[parts.length - 1] = lastPart(parts[parts.length - 1]);
  return parts;
}

/**
 * Sets the prefixes of the articles whose names share a slug (`group`, by number in `articles`):
 * each takes the first end of its path, slugged and then as written, that no other of them has
 * at that length and that is no article's own name (`owned`); failing that, its shortest, for
 * `numberTwins`. Told apart for the whole group a length at a time: a site of a thousand
 * `index.md` is one group.
 */
function distinguish(group: readonly number[], articles: readonly string[][], owned: ReadonlySet<string>, prefixes: string[]): void {
  let left = group;
  const longest = Math.max(...group.map((i) => articles[i].length));
  // A name the slug leaves nothing of would be told by its folders alone (`2023` for `2023/отчёт.md`).
  const spelt = prefixes[group[0]] !== '';
  const spellings: Array<[(text: string) => string, number]> = spelt ? [[slug, 2], [asWritten, 1]] : [[asWritten, 1]];
  for (const [spell, from] of spellings) {
    for (let k = from; k <= longest && left.length; k++) {
      const endings = new Map<number, string>();
      const count = new Map<string, number>();
      for (const i of group) {
        const prefix = spell(ending(articles[i], k));
        endings.set(i, prefix);
        count.set(prefix, (count.get(prefix) ?? 0) + 1);
      }
      left = left.filter((i) => {
        const prefix = endings.get(i)!;
        if (k > articles[i].length || count.get(prefix)! > 1 || owned.has(prefix)) return true;
        prefixes[i] = prefix;
        return false;
      });
    }
  }
  for (const i of left) prefixes[i] = (spelt ? slug : asWritten)(ending(articles[i], Math.min(2, articles[i].length)));
}

/** The last `k` parts of a path, as one name. */
function ending(parts: readonly string[], k: number): string {
  return parts.slice(-k).join('/');
}

/** Lower-case words of any script joined by hyphens: `Отчёт 2023` → `отчёт-2023`. */
function asWritten(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/**
 * The prefixes, each one that an earlier one has, or that is another article's own name (the
 * article `owns` it), followed by the first number from 2 that makes it no other prefix.
 */
function numberTwins(prefixes: readonly string[], owns: readonly boolean[]): string[] {
  const taken = new Set(prefixes);
  const seen = new Set(prefixes.filter((_, i) => owns[i]));
  return prefixes.map((prefix, i) => {
    if (owns[i]) return prefix;
    if (!seen.has(prefix)) {
      seen.add(prefix);
      return prefix;
    }
    let n = 2;
    while (taken.has(numbered(prefix, n))) n++;
    const twin = numbered(prefix, n);
    taken.add(twin);
    return twin;
  });
}

function numbered(prefix: string, n: number): string {
  return prefix ? `${prefix}-${n}` : String(n);
}
