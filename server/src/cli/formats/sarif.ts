import type * as sarif from 'sarif';
import { pathToFileURL } from 'url';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { FindingCode } from '../../core/check/codes';
import { fixOrigin } from '../../core/format/message';
import type { DiagnosticData } from '../../convert/toDiagnostic';
import type { DraftReport } from './report';

const RULE_HELP: Record<FindingCode, string> = {
  [FindingCode.FigureMismatch]: 'A figure differs from the source it restates.',
  [FindingCode.PercentMismatch]: 'A percentage differs from the source it restates.',
  [FindingCode.MoneyMismatch]: 'An amount of money differs from the source it restates.',
  [FindingCode.DateMismatch]: 'A date differs from the source it restates.',
  [FindingCode.WeekdayMismatch]: 'A weekday differs from the source, or from the calendar for the date beside it.',
  [FindingCode.DurationMismatch]: 'A duration differs from the source it restates.',
  [FindingCode.TimeMismatch]: 'A time of day differs from the source it restates.',
  [FindingCode.NameMismatch]: 'A name is spelt a letter or two off a name the source spells, which the source never writes so.',
  [FindingCode.RoleMismatch]: 'A person is given a role beside their name that the source gives them otherwise.',
  [FindingCode.PlaceMismatch]: 'A named firm, body or person is given a place or nationality that the source gives them otherwise.',
  [FindingCode.RatioMismatch]: 'A share, change, multiple or difference is not what the two figures it is of give, or a figure is not what a difference the source gives and the other figure give.',
  [FindingCode.ConversionMismatch]: 'A figure converted into another unit is not what the figure beside it converts to.',
  [FindingCode.SpanMismatch]: 'A time after or before a date is not the time between the two dates of its sentence, a date is not the time told before it on from the date before that, or a length in hours or minutes is not the time between the two clock times beside it.',
  [FindingCode.UnknownFactId]: 'A [@fact:ID] annotation names no loaded fact.',
};

/** SARIF 2.1.0: one result per mismatch, with the fix as a replacement and the source as a related location. */
export function formatSarif(reports: DraftReport[], version: string): string {
  const rules = Object.values(FindingCode);
  const log: sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factline',
            version,
            rules: rules.map((id) => ({ id, shortDescription: { text: RULE_HELP[id] }, defaultConfiguration: { level: 'warning' } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) => r.diagnostics.map((d) => result(r.path, d, rules.indexOf(d.code as FindingCode)))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(path: string, d: Diagnostic, ruleIndex: number): sarif.Result {
  const data = d.data as Partial<DiagnosticData>;
  const uri = path.split('\\').join('/');
  const res: sarif.Result = {
    ruleId: String(d.code),
    ruleIndex,
    level: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'note',
    message: { text: typeof d.message === 'string' ? d.message : d.message.value },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(d.range) } }],
  };
  if (data.fix !== undefined) {
    res.fixes = [
      {
        description: { text: `Replace with '${data.fix}' (${d.code === FindingCode.UnknownFactId ? 'closest fact id' : fixOrigin(d.code)})` },
        artifactChanges: [{ artifactLocation: { uri }, replacements: [{ deletedRegion: region(d.range), insertedContent: { text: data.fix } }] }],
      },
    ];
  }
  if (data.citation) {
    res.relatedLocations = [
      {
        id: 1,
        message: { text: `${data.citation.title}, ¶${data.citation.paragraph}: ${data.citation.quote}` },
        physicalLocation: { artifactLocation: { uri: pathToFileURL(data.citation.source).href }, region: region(d.relatedInformation![0].location.range) },
      },
    ];
  }
  return res;
}

/** SARIF lines and columns are 1-based. */
function region(r: Range): sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}
