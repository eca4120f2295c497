import { z } from 'zod';

/** A `YYYY-MM` month, the granularity of every report period. */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

export const ContactSchema = z
  .object({
    name: z.string().min(1),
    email: z.string().min(1).optional(),
  })
  .strict();

export const LinkSchema = z
  .object({
    url: z.string().min(1),
    text: z.string(),
  })
  .strict();

export const SourceFormatSchema = z.enum(['xml', 'html', 'adoc', 'markdown']);

export const SourceSchema = z
  .object({
    format: SourceFormatSchema,
    file: z.string().min(1),
    line: z.number().int().positive().optional(),
  })
  .strict();

/** A title shown as a heading: blanks alone would show as nothing. */
const TitleSchema = z.string().regex(/\S/, 'must not be empty');

export const CategorySchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug'),
    title: TitleSchema,
    description: z.string().optional(),
    order: z.number().int().nonnegative(),
  })
  .strict();

export const ReportIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{4}-\d{2}|-[a-z]+)?$/, 'expected a report id such as 2014-01-2014-03');

export const SlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug');

/** Front matter of `<report id>/_report.md`. */
export const ReportFrontMatterSchema = z
  .object({
    id: ReportIdSchema,
    title: TitleSchema,
    period: z.object({ start: MonthSchema, end: MonthSchema }).strict(),
    categories: z.array(CategorySchema),
    source: SourceSchema.optional(),
  })
  .strict()
  .refine((r) => r.period.start <= r.period.end, { message: 'period.start is after period.end', path: ['period'] });

/** Front matter of `<report id>/<entry slug>.md`. */
export const EntryFrontMatterSchema = z
  .object({
    title: TitleSchema,
    report: ReportIdSchema,
    category: SlugSchema,
    contacts: z.array(ContactSchema),
    links: z.array(LinkSchema),
    sponsors: z.array(z.string().min(1)),
    tasks: z.array(z.string().min(1)),
    /** The author's own words leading into the tasks ("But there's a list of remaining tasks:"), where they said more than "Open tasks". */
    tasksIntro: z.string().min(1).optional(),
    /** The author's heading over the tasks ("Help wanted", "To Do"), plain text, which pages show in place of "Open tasks". */
    tasksHeading: z.string().min(1).optional(),
    project: SlugSchema.optional(),
    /** Position of the entry in its upstream report, so a report reads in its own order. */
    order: z.number().int().nonnegative().optional(),
    source: SourceSchema,
  })
  .strict();

export type Contact = z.infer<typeof ContactSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type SourceFormat = z.infer<typeof SourceFormatSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type ReportFrontMatter = z.infer<typeof ReportFrontMatterSchema>;
export type EntryFrontMatter = z.infer<typeof EntryFrontMatterSchema>;

/** A `ContentProblem`, as snapshots of derived indexes keep it. */
export const ContentProblemSchema = z
  .object({ file: z.string(), line: z.number().optional(), message: z.string(), severity: z.literal('error').optional() })
  .strict();
