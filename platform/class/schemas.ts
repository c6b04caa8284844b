import { z } from 'zod';
import { MAX_MS, MAX_NICKNAME, parseJoinCode } from './limits';

// What a class accepts from a browser, checked before anything is stored. Shared by the
// routes and the pages (no server code here), so both agree on every bound.

export { JOIN_ALPHABET, JOIN_CODE_LENGTH, MAX_MS, MAX_NICKNAME, MAX_STUDENTS } from './limits';

export const joinCodeSchema = z
  .string()
  .transform((code) => parseJoinCode(code))
  .pipe(z.string({ error: 'not a join code' }));

const slugId = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ., - and _ only');

/** Optional nickname: plain text, trimmed, no control characters; empty means anonymous. */
export const nicknameSchema = z
  .string()
  .trim()
  .max(MAX_NICKNAME, `at most ${MAX_NICKNAME} characters`)
  .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name), 'no control characters');

export const questionIdSchema = slugId(40);
const variantIdSchema = slugId(24);
const msSchema = z.number().finite().min(0).max(MAX_MS);

/** What students are asked on the current slide: a lab's guesses, or a multiple-choice question. */
export const promptSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('predict'),
    id: questionIdSchema,
    title: z.string().trim().min(1).max(200),
    variants: z
      .array(z.strictObject({ id: variantIdSchema, label: z.string().trim().min(1).max(40) }))
      .min(1)
      .max(8),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    id: questionIdSchema,
    text: z.string().trim().min(1).max(300),
    options: z.array(z.string().trim().min(1).max(120)).min(2).max(8),
  }),
]);
export type ClassPrompt = z.infer<typeof promptSchema>;

export const slideSchema = z.strictObject({
  index: z.number().int().min(0).max(999),
  title: z.string().trim().max(200),
  prompt: promptSchema.nullable(),
});
export type ClassSlide = z.infer<typeof slideSchema>;

const guessesSchema = z
  .record(variantIdSchema, msSchema)
  .refine(
    (guesses) => Object.keys(guesses).length >= 1 && Object.keys(guesses).length <= 8,
    '1 to 8 guesses',
  );

/** What a student sends. */
export const studentActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('join'), nickname: nicknameSchema.default('') }),
  z.strictObject({
    action: z.literal('predict'),
    questionId: questionIdSchema,
    guesses: guessesSchema,
  }),
  z.strictObject({
    action: z.literal('answer'),
    questionId: questionIdSchema,
    option: z.number().int().min(0).max(7),
  }),
]);
export type StudentAction = z.infer<typeof studentActionSchema>;

/** What the teacher sends (the teacher's secret cookie is checked first). */
export const teacherActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('slide'), slide: slideSchema }),
  z.strictObject({
    action: z.literal('run'),
    questionId: questionIdSchema,
    measured: guessesSchema,
    running: z.array(variantIdSchema).max(8).optional(),
  }),
  z.strictObject({ action: z.literal('names'), shown: z.boolean() }),
  z.strictObject({ action: z.literal('close') }),
]);
export type TeacherAction = z.infer<typeof teacherActionSchema>;
