import { buildAnalysisReport } from '../../src/core/report';
import { BenchSection, ms, timed } from '../measure';

/** What `marginalia analyze` adds after the analysis: the report built from the index and written as JSON. */
export const reportSection: BenchSection = {
  name: 'cli report',
  run({ index }) {
    const report = timed(() => buildAnalysisReport(index, new Map()));
    const json = timed(() => JSON.stringify(report.result, null, 2));
    return [
      { measure: 'report from the index', value: ms(report.ms, 0) },
      { measure: 'JSON text', value: `${ms(json.ms, 0)}, ${(json.result.length / 1e6).toFixed(1)} MB` },
    ];
  },
};
