import * as assert from 'assert';
import { articlePrefixes } from '../../server/src/core/facts/articlePrefixes';

describe('articlePrefixes', () => {
  it("keeps an article's own name when no other article has it", () => {
    assert.deepStrictEqual(articlePrefixes(['sources/karabakh-2023.md']), ['karabakh-2023']);
    assert.deepStrictEqual(articlePrefixes(['/ws/sources/Harbour Bridge.md', '/ws/notes/turnout.txt', 'café.md']), ['harbour-bridge', 'turnout', 'cafe']);
    assert.deepStrictEqual(articlePrefixes([]), []);
  });

  it('tells articles of one name apart by the shortest end of their paths that differs', () => {
    assert.deepStrictEqual(articlePrefixes(['sources/2023/report.md', 'sources/2024/report.md', 'sources/other.md']), ['2023-report', '2024-report', 'other']);
    assert.deepStrictEqual(articlePrefixes(['site/a/index.md', 'site/b/index.md']), ['a-index', 'b-index']);
    // Only as deep as each needs: b/report.md is told at once, the two a/report.md a folder further up.
    assert.deepStrictEqual(articlePrefixes(['x/a/report.md', 'y/a/report.md', 'z/b/report.md']), ['x-a-report', 'y-a-report', 'b-report']);
    assert.deepStrictEqual(articlePrefixes(['/home/ed/news/2023/q1/report.md', '/home/ed/news/2024/q1/report.md']), ['2023-q1-report', '2024-q1-report']);
    // An absolute path and a relative one end alike: the CLI and the server give the same prefixes.
    assert.deepStrictEqual(articlePrefixes(['/ws/sources/2023/report.md', '/ws/sources/2024/report.md']), articlePrefixes(['2023/report.md', '2024/report.md']));
  });

  it('tells three and more apart, whatever order they are given in', () => {
    const files = ['news/2022/report.md', 'news/2023/report.txt', 'news/2024/Report.md', 'report.md'];
    // report.md has no folder to be told by, but the others are told by theirs: the name is left to it.
    assert.deepStrictEqual(articlePrefixes(files), ['2022-report', '2023-report', '2024-report', 'report']);
    assert.deepStrictEqual(articlePrefixes([...files].reverse()), ['report', '2024-report', '2023-report', '2022-report']);
  });

  it('reads folders split by backslashes too', () => {
    assert.deepStrictEqual(articlePrefixes(['C:\\news\\2023\\report.md', 'C:\\news\\2024\\report.md']), ['2023-report', '2024-report']);
    assert.deepStrictEqual(articlePrefixes(['news\\2023\\report.md', 'news/2024/report.md']), ['2023-report', '2024-report']);
  });

  it("gives way to an article whose own name an end of another's path is", () => {
    assert.deepStrictEqual(articlePrefixes(['a/2023/report.md', 'b/2024/report.md', '2023-report.md']), ['a-2023-report', '2024-report', '2023-report']);
    // No longer end to take: numbered.
    assert.deepStrictEqual(articlePrefixes(['2023/report.md', 'x/2023/report.md', '2023-report.md']), ['2023-report-2', 'x-2023-report', '2023-report']);
  });

  it('tells apart names of letters the slug leaves out as they are written', () => {
    assert.deepStrictEqual(articlePrefixes(['sources/отчёт.md', 'sources/доклад.md']), ['отчёт', 'доклад']);
    assert.deepStrictEqual(articlePrefixes(['2023/отчёт.md', '2024/отчёт.md']), ['2023-отчёт', '2024-отчёт']);
    // Alone, such a name keeps the prefix it always had.
    assert.deepStrictEqual(articlePrefixes(['sources/отчёт.md', 'sources/bridge.md']), ['', 'bridge']);
  });

  it('numbers in path order what neither spelling tells apart: letter case, the extension', () => {
    assert.deepStrictEqual(articlePrefixes(['news/report.md', 'news/Report.md']), ['news-report-2', 'news-report']);
    assert.deepStrictEqual(articlePrefixes(['news/report.txt', 'news/report.md']), ['news-report-2', 'news-report']);
  });

  it('gives one path written two ways one prefix: it is one article', () => {
    assert.deepStrictEqual(articlePrefixes(['news/report.md', './news/report.md', 'news\\report.md']), ['report', 'report', 'report']);
  });
});
