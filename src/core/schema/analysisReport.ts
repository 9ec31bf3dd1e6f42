import { z } from 'zod';

/**
 * The JSON that `marginalia analyze` prints: the one definition of that contract. The TypeScript
 * types below are derived from it, and the tests validate real CLI output against it.
 */

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'other']);

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const ReportSpeakerSchema = z.object({
  name: z.string(),
  entity: z.string().nullable(),
  mention: SpanSchema.nullable(),
});

export const ReportQuoteSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  speaker: ReportSpeakerSchema.nullable(),
});

export const ReportDocumentEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.array(SpanSchema),
});

export const ReportDocumentSchema = z.object({
  path: z.string(),
  entities: z.array(ReportDocumentEntitySchema),
  quotes: z.array(ReportQuoteSchema),
  outlets: z.array(z.string()),
});

export const ReportEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  documents: z.array(z.string()),
});

export const AnalysisReportSchema = z.object({
  version: z.literal(1),
  documents: z.array(ReportDocumentSchema),
  entities: z.array(ReportEntitySchema),
});

export type AnalysisReport = z.infer<typeof AnalysisReportSchema>;
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type ReportEntity = z.infer<typeof ReportEntitySchema>;
export type ReportQuote = z.infer<typeof ReportQuoteSchema>;
