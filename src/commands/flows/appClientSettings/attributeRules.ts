import type { AttributeSchema } from '../../../shared/types';

// What AWS lets an app client read and write (API reference, CreateUserPoolClient ReadAttributes and
// WriteAttributes; the refusals as public projects report them), for Edit Attribute Permissions:
// - a client that names no lists gets Cognito's defaults: it reads every standard attribute (and the two
//   `*_verified` flags) and writes every standard attribute; Describe then reports no list;
// - an empty list is the default again, not "nothing" (aws/aws-cdk#30608: with no attribute writable, every
//   standard one stays writable), so at least one attribute is ticked;
// - `sub` and the `*_verified` flags are never writable by a client ("Invalid write attributes specified
//   while updating a client", aws/aws-sdk-java#1395);
// - every attribute the pool requires must be writable, or sign-up could never set it
//   (hashicorp/terraform-provider-aws#4476, aws/aws-cdk#2608).
// AWS does not require write ⊆ read: a client may write what it does not read (aws/aws-cdk#7407 shows such a
// client working), so the flow does not refuse it either.

const NEVER_WRITABLE = new Set(['sub', 'email_verified', 'phone_number_verified']);

export const writableAttributes = (schema: readonly AttributeSchema[]) => schema.map((a) => a.name).filter((name) => !NEVER_WRITABLE.has(name));

export const defaultReadable = (schema: readonly AttributeSchema[]) => schema.filter((a) => !a.custom).map((a) => a.name);

export const defaultWritable = (schema: readonly AttributeSchema[]) => schema.filter((a) => !a.custom && !NEVER_WRITABLE.has(a.name)).map((a) => a.name);

/** Attributes the pool requires that the client could not write (sign-up must set them). */
export const requiredNotWritable = (schema: readonly AttributeSchema[], write: readonly string[]) => schema.filter((a) => a.required && !NEVER_WRITABLE.has(a.name) && !write.includes(a.name)).map((a) => a.name);

/** The sentence that asks the write pick again, or undefined when the list is one AWS takes. */
export function writeProblem(schema: readonly AttributeSchema[], write: readonly string[]): string | undefined {
  if (write.length === 0) return 'Choose at least one attribute (none would mean Cognito’s default: every standard attribute). ';
  const missing = requiredNotWritable(schema, write);
  if (missing.length > 0) return `The pool requires ${missing.join(', ')}, so the client must be able to write ${missing.length === 1 ? 'it' : 'them'}. `;
  return undefined;
}

export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name) => b.includes(name));

/** Before and after as the summary shows them; a choice equal to what is in force reads the same. */
export function permissionsText(now: readonly string[], chosen: readonly string[], byDefault: readonly string[]): { before: string; after: string } {
  const before = now.length > 0 ? now.join(', ') : 'Cognito’s default (every standard attribute)';
  return { before, after: sameSet(now.length > 0 ? now : byDefault, chosen) ? before : chosen.join(', ') };
}
