// The new-book form's errors per field, from books:create's own request schema (one set of rules, shown at each field).
import type { z } from 'zod';
import { NewBookRequestSchema } from '../../../core/ipc/contract';
import type { Person } from '../../../core/book/schema';

/** The meeting fields as typed (MeetingForm.tsx edits them). */
export interface MeetingDraft {
  date: string;
  city: string;
  counterpartName: string;
  counterpartTitle: string;
  counterpartNative: string;
  principalName: string;
  principalTitle: string;
}

/** A blank meeting: the form's starting state. */
export const EMPTY_MEETING: MeetingDraft = {
  date: '',
  city: '',
  counterpartName: '',
  counterpartTitle: '',
  counterpartNative: '',
  principalName: '',
  principalTitle: '',
};

/** The form's fields that can carry an error, in the order they appear on screen. */
export const FORM_FIELDS = [
  'template',
  'country',
  'date',
  'city',
  'counterpartName',
  'counterpartTitle',
  'counterpartNative',
  'principalName',
  'principalTitle',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
/** Messages per field; `other` holds any the form has no field for (shown in the summary). */
export type FieldErrors = Partial<Record<FormField, string>> & { other?: string };

/** The id of the message shown under a field (what its aria-describedby points at). */
export const errorIdOf = (field: FormField): string => `new-book-error-${field}`;

/**
 * A person from form fields, or null when all are blank. A title or native-script name without
 * a name keeps its (empty) name, so the schema refuses it at the name field instead of dropping it.
 */
export function draftPerson(name: string, title: string, nativeName = ''): Person | null {
  if (!name.trim() && !title.trim() && !nativeName.trim()) return null;
  return {
    name: name.trim(),
    ...(title.trim() ? { title: title.trim() } : {}),
    ...(nativeName.trim() ? { nativeName: nativeName.trim() } : {}),
  };
}

/** The books:create request the form's values make (not yet checked). */
export function newBookRequest(templateId: string, countryCode: string, meeting: MeetingDraft) {
  return {
    templateId,
    countryCode,
    meeting: {
      date: meeting.date,
      city: meeting.city.trim(),
      counterpart: draftPerson(
        meeting.counterpartName,
        meeting.counterpartTitle,
        meeting.counterpartNative,
      ),
      principal: draftPerson(meeting.principalName, meeting.principalTitle),
    },
  };
}

const PERSON_FIELDS: Record<string, Partial<Record<string, FormField>>> = {
  counterpart: {
    name: 'counterpartName',
    title: 'counterpartTitle',
    nativeName: 'counterpartNative',
  },
  principal: { name: 'principalName', title: 'principalTitle' },
};

/** The form field an issue path (of NewBookRequestSchema) points at, or null for none. */
export function fieldOfPath(path: readonly PropertyKey[]): FormField | null {
  const [top, key, sub] = path;
  if (top === 'templateId') return 'template';
  if (top === 'countryCode') return 'country';
  if (top !== 'meeting') return null;
  if (key === 'date') return 'date';
  if (key === 'city') return 'city';
  if (typeof key === 'string' && typeof sub === 'string') return PERSON_FIELDS[key]?.[sub] ?? null;
  return null;
}

/** The schema's message in the form's words (its own custom messages are already worded so). */
function messageOf(issue: z.core.$ZodIssue, field: FormField): string {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return `Use at most ${issue.maximum} characters.`;
  if (issue.code === 'too_small' && field === 'counterpartName')
    return "Enter the counterpart's name too: the title and native-script name go with it.";
  if (issue.code === 'too_small' && field === 'principalName')
    return "Enter the principal's name too: the title goes with it.";
  if (field === 'date' && issue.message === 'not a real calendar date')
    return 'The meeting date is not a real calendar date.';
  return issue.message;
}

/** Each invalid field's first message (empty when the request would be accepted). */
export function fieldErrors(request: unknown): FieldErrors {
  const parsed = NewBookRequestSchema.safeParse(request);
  if (parsed.success) return {};
  const out: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path);
    if (field) out[field] ??= messageOf(issue, field);
    else out.other ??= issue.message;
  }
  return out;
}

/** The first field (in screen order) with an error, or null. */
export const firstInvalid = (errors: FieldErrors): FormField | null =>
  FORM_FIELDS.find((f) => errors[f] !== undefined) ?? null;
