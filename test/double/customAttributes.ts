// AddCustomAttributes, as the API reference and the developer guide describe it, on the pool's schema
// (schema.ts). Each rule, with its source:
// - CustomAttributes: "Array Members: Minimum number of 1 item. Maximum number of 25 items." (API reference,
//   AddCustomAttributes); refused with AWS's "1 validation error detected: …".
// - Name: SchemaAttributeType's "Length Constraints: Minimum length of 1. Maximum length of 20. Pattern:
//   [\p{L}\p{M}\p{S}\p{N}\p{P}]+" (API reference; the quotas page: "Characters in custom attribute name: 20").
//   Cognito adds the prefix: "For an attribute like custom:myAttribute, enter myAttribute" (AddCustomAttributes).
// - AttributeDataType: "Valid Values: String | Number | DateTime | Boolean" (SchemaAttributeType); AWS accepts
//   all four for custom attributes (CloudFormation's and the CDK's custom Boolean and DateTime attributes).
// - A name the pool has is refused: "You can't delete custom attributes after you create them"
//   (AddCustomAttributes), so a name once used stays taken. AWS's answer, as seen in
//   jmaleonard/serverless-cognito-add-custom-attributes#3: InvalidParameterException
//   "custom:<name>: Existing attribute already has name custom:<name>." (cognito-local words it the same).
// - Required custom attributes: InvalidParameterException "Required custom attributes are not supported
//   currently." (AWS's answer, trek10inc/serverless-cognito-manager#4, boto/boto3#2317).
// - At most 50 custom attributes per pool (the developer guide's quotas page, "Custom attributes per user
//   pool: 50", not adjustable). AddCustomAttributes lists no LimitExceededException, so the refusal is an
//   InvalidParameterException; its wording is not documented and is the double's own.
// - String lengths: "the maximum length for any custom attribute can be no more than 2048 characters"
//   (developer guide, "Custom attributes"); MinLength and MaxLength are whole numbers, MinLength no more than
//   MaxLength; Number bounds are numbers, MinValue no more than MaxValue. AWS's wording for these refusals is
//   not documented either: the double's own.
// The pool's LastModifiedDate moves; nothing else of the pool changes.
import type { SeededPool } from './data';
import { booleanMember, enumMember, listMember, NAME_PATTERN, optionalString, structMember } from './members';
import { poolOf, validationError } from './requests';
import { poolSchema, type CustomAttributeSeed } from './schema';
import { ServiceError, type Input, type Operation } from './server';

export const MAX_CUSTOM_ATTRIBUTES = 50;
export const REQUIRED_CUSTOM = 'Required custom attributes are not supported currently.';
export const existingAttribute = (name: string) => `custom:${name}: Existing attribute already has name custom:${name}.`;
export const TOO_MANY_CUSTOM = `A user pool can have at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes.`;
const MAX_LENGTH = 2048;
const TYPES = ['String', 'Number', 'DateTime', 'Boolean'] as const;

export function customAttributeOperations(pools: readonly SeededPool[], now: () => number): Record<string, Operation> {
  return {
    AddCustomAttributes(input) {
      const pool = poolOf(pools, input);
      const items = listMember(input, 'CustomAttributes', 'customAttributes', true, (item) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new ServiceError('SerializationException', 'Unexpected value for CustomAttributes');
        return { value: item as Input };
      }) as Input[];
      if (items.length < 1) throw validationError('customAttributes', '[]', 'Member must have length greater than or equal to 1');
      if (items.length > 25) throw validationError('customAttributes', `[${items.map((i) => String(i.Name)).join(', ')}]`, 'Member must have length less than or equal to 25');
      const added = items.map((item, i) => readCustomAttribute(item, i));
      const taken = new Set(pool.schema.map((a) => a.name));
      for (const { name } of added) {
        if (taken.has(`custom:${name}`)) throw new ServiceError('InvalidParameterException', existingAttribute(name));
        taken.add(`custom:${name}`);
      }
      const count = pool.schema.filter((a) => a.name.startsWith('custom:')).length;
      if (count + added.length > MAX_CUSTOM_ATTRIBUTES) throw new ServiceError('InvalidParameterException', TOO_MANY_CUSTOM);
      pool.schema = [...pool.schema, ...poolSchema([], added).filter((a) => a.name.startsWith('custom:'))];
      pool.modified = new Date(now());
      return {};
    },
  };
}

function readCustomAttribute(item: Input, i: number): CustomAttributeSeed {
  const member = (name: string) => `customAttributes.${i + 1}.member.${name}`;
  const name = optionalString(item, 'Name', { member: member('name'), min: 1, max: 20, pattern: NAME_PATTERN });
  if (name === undefined) throw validationError(member('name'), undefined, 'Member must not be null'); // wording: the double's own
  const type = enumMember(item, 'AttributeDataType', member('attributeDataType'), TYPES) ?? 'String';
  if (booleanMember(item, 'Required')) throw new ServiceError('InvalidParameterException', REQUIRED_CUSTOM);
  const mutable = booleanMember(item, 'Mutable') ?? true;
  booleanMember(item, 'DeveloperOnlyAttribute'); // a legacy dev: attribute is kept as a custom one here
  if (type === 'String') {
    const strings = structMember(item, 'StringAttributeConstraints');
    const minLength = whole(strings?.MinLength, `${name}: MinLength`) ?? 0;
    const maxLength = whole(strings?.MaxLength, `${name}: MaxLength`) ?? MAX_LENGTH;
    if (minLength < 0 || maxLength > MAX_LENGTH || minLength > maxLength) {
      throw new ServiceError('InvalidParameterException', `custom:${name}: String lengths must be from 0 to ${MAX_LENGTH}, MinLength no more than MaxLength.`);
    }
    return { name, type, mutable, minLength, maxLength };
  }
  if (type === 'Number') {
    const numbers = structMember(item, 'NumberAttributeConstraints');
    const minValue = whole(numbers?.MinValue, `${name}: MinValue`);
    const maxValue = whole(numbers?.MaxValue, `${name}: MaxValue`);
    if (minValue !== undefined && maxValue !== undefined && minValue > maxValue) {
      throw new ServiceError('InvalidParameterException', `custom:${name}: MinValue must be no more than MaxValue.`);
    }
    return { name, type, mutable, minValue, maxValue };
  }
  return { name, type, mutable };
}

/** A constraint as the API carries it: a string holding a whole number, or absent. */
function whole(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${what}`);
  if (!/^-?\d+$/.test(value)) throw new ServiceError('InvalidParameterException', `custom:${what} must be a whole number.`);
  return Number(value);
}
