import * as path from 'node:path';
import { renderEntityCard } from '../../src/core/cards/cards';
import { BenchSection, ms, percentile, timed } from '../measure';

const SAMPLES = 2000;
const STRIDE = 104729;

/** A hover on a name: the entity under the cursor (index.entityAt) and its card's markdown. */
export const hoverSection: BenchSection = {
  name: 'hover',
  run({ corpus, index }) {
    const texts = new Map(corpus.map(({ id, text }) => [id, text]));
    const context = {
      limits: { maxSources: 4, maxQuotes: 3 },
      link: ({ docId, offset }: { docId: string; offset: number }) => `command:marginalia.openLocation?${encodeURIComponent(JSON.stringify([docId, offset]))}`,
      textOf: (id: string) => texts.get(id),
      labelOf: (id: string) => path.basename(id),
    };
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const { id } = corpus[(i * STRIDE) % corpus.length];
      const mentions = index.analysis(id)?.entities.flatMap((entity) => entity.mentions) ?? [];
      if (mentions.length === 0) continue;
      const offset = mentions[(i * 31) % mentions.length].start;
      times.push(timed(() => {
        const hit = index.entityAt(id, offset);
        return hit && renderEntityCard({ entity: hit.entity, docId: id, notes: [] }, context);
      }).ms);
    }
    return [
      { measure: `entity under cursor + card (${times.length} hovers)`, value: `median ${ms(percentile(times, 50), 3)}, p95 ${ms(percentile(times, 95), 3)}` },
    ];
  },
};
