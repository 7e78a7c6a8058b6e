import { z } from 'zod';

/**
 * Messages between the options page and the import Web Worker. The worker parses and writes the CMS
 * files (IndexedDB is reachable from workers), so a 2.5M-row import never blocks the page.
 */
export const ToImportWorker = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('import'),
    files: z
      .array(
        z.object({
          name: z.string().max(300),
          bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'file bytes'),
        }),
      )
      .min(1)
      .max(50),
  }),
  z.object({ type: z.literal('cancel') }),
]);

const Report = z.object({
  label: z.string(),
  files: z.array(z.string()),
  status: z.enum(['imported', 'already-loaded', 'failed', 'cancelled', 'skipped']),
  message: z.string(),
  rows: z.number(),
  badRows: z.array(z.object({ file: z.string(), line: z.number(), reason: z.string() })),
  badRowCount: z.number(),
});

export const FromImportWorker = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    rows: z.number(),
    total: z.number().nullable(),
    rowsPerSecond: z.number(),
    /** The data set being imported, when the import has got that far (after reading the files). */
    step: z
      .object({ index: z.number(), count: z.number(), label: z.string(), files: z.array(z.string()) })
      .nullable()
      .default(null),
  }),
  z.object({ type: z.literal('done'), reports: z.array(Report) }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

export type ToImportWorker = z.infer<typeof ToImportWorker>;
export type FromImportWorker = z.infer<typeof FromImportWorker>;
export type ImportReport = z.infer<typeof Report>;
