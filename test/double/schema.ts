// A pool's attribute schema: the standard attributes in the order and with the constraints AWS's own
// DescribeUserPool example lists them (API reference), the pool's required ones, and custom attributes
// (`custom:<name>`, String or Number with their constraints, or Boolean or DateTime unchecked; never
// required, Mutable or not). Writes are checked against it as the developer guide's "User pool
// attributes" describes: unknown attributes, immutable ones after creation (`sub` always), required ones
// left empty, lengths and ranges, and the e-mail and phone-number formats. The wording of these refusals is not documented; the double uses what AWS is seen answering
// ("Attributes did not conform to the schema: …", "user.<name>: Attribute does not exist in the
// schema.", "Invalid email address format.", "Invalid phone number format.").
import { ServiceError } from './server';

export interface CustomAttributeSeed {
  /** Without the `custom:` prefix; 1–20 characters. */
  name: string;
  /** Default String. */
  type?: 'String' | 'Number' | 'Boolean' | 'DateTime';
  /** Default true. An immutable attribute can be set only when the user is created. */
  mutable?: boolean;
  /** String constraints. Default 0 and 2048. */
  minLength?: number;
  maxLength?: number;
  /** Number constraints. Default none. */
  minValue?: number;
  maxValue?: number;
}

export interface AttributeSchema {
  name: string;
  type: 'String' | 'Number' | 'Boolean' | 'DateTime';
  mutable: boolean;
  required: boolean;
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

const text = (name: string, minLength = 0, maxLength = 2048): AttributeSchema => ({ name, type: 'String', mutable: true, required: false, minLength, maxLength });
const flag = (name: string): AttributeSchema => ({ name, type: 'Boolean', mutable: true, required: false });

/** Standard attributes, in the order of AWS's DescribeUserPool example. */
const STANDARD: readonly AttributeSchema[] = [
  { ...text('sub', 1), mutable: false, required: true },
  ...['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture', 'website', 'email'].map((n) => text(n)),
  flag('email_verified'),
  text('gender'),
  text('birthdate', 10, 10),
  text('zoneinfo'),
  text('locale'),
  text('phone_number'),
  flag('phone_number_verified'),
  text('address'),
  { name: 'updated_at', type: 'Number', mutable: true, required: false, minValue: 0 },
];

export const STANDARD_ATTRIBUTE_NAMES: readonly string[] = STANDARD.map((a) => a.name);

export function poolSchema(requiredAttributes: readonly string[], custom: readonly CustomAttributeSeed[]): AttributeSchema[] {
  for (const name of requiredAttributes) {
    if (!STANDARD_ATTRIBUTE_NAMES.includes(name)) throw new Error(`cognito double: ${name} is not a standard attribute`);
  }
  const customSchema = custom.map((c): AttributeSchema => {
    if (c.name.length < 1 || c.name.length > 20) throw new Error(`cognito double: custom attribute name ${c.name} is not 1–20 characters`);
    const common = { name: `custom:${c.name}`, mutable: c.mutable ?? true, required: false };
    if (c.type === 'Number') return { ...common, type: 'Number', minValue: c.minValue, maxValue: c.maxValue };
    if (c.type === 'Boolean' || c.type === 'DateTime') return { ...common, type: c.type };
    return { ...common, type: 'String', minLength: c.minLength ?? 0, maxLength: c.maxLength ?? 2048 };
  });
  return [...STANDARD.map((a) => ({ ...a, required: a.required || requiredAttributes.includes(a.name) })), ...customSchema];
}

/** DescribeUserPool's SchemaAttributes (constraints are strings in AWS's answer). */
export function describeSchema(schema: readonly AttributeSchema[]) {
  return schema.map((a) => ({
    Name: a.name,
    AttributeDataType: a.type,
    DeveloperOnlyAttribute: false,
    Mutable: a.mutable,
    Required: a.required,
    ...(a.type === 'String' ? { StringAttributeConstraints: { MinLength: String(a.minLength), MaxLength: String(a.maxLength) } } : {}),
    ...(a.type === 'Number'
      ? { NumberAttributeConstraints: { ...(a.minValue !== undefined ? { MinValue: String(a.minValue) } : {}), ...(a.maxValue !== undefined ? { MaxValue: String(a.maxValue) } : {}) } }
      : {}),
  }));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** "+" then the country code and number, digits only (E.164: at most 15 digits). */
const PHONE = /^\+[1-9][0-9]{4,14}$/;

export type AttributeWrite = 'create' | 'update';

/**
 * Checks attribute writes (an empty value deletes). Throws InvalidParameterException for the first
 * problem: `create` words schema problems as AdminCreateUser does, `update` as the update operations do.
 */
export function checkAttributeWrites(schema: readonly AttributeSchema[], writes: ReadonlyArray<{ Name: string; Value: string }>, mode: AttributeWrite): void {
  const problem = (name: string, reason: string) =>
    new ServiceError('InvalidParameterException', mode === 'create' ? `Attributes did not conform to the schema: ${name}: ${reason}\n` : `user.${name}: ${reason}\n`);
  for (const { Name, Value } of writes) {
    const attribute = schema.find((a) => a.name === Name);
    if (!attribute) throw problem(Name, 'Attribute does not exist in the schema.');
    if (Name === 'sub' || (mode === 'update' && !attribute.mutable)) throw problem(Name, 'Attribute cannot be updated.');
    if (Value === '') {
      if (attribute.required && mode === 'update') throw problem(Name, 'The attribute is required.');
      continue;
    }
    if (attribute.type === 'String') {
      if (attribute.maxLength !== undefined && Value.length > attribute.maxLength) throw problem(Name, `String must be no longer than ${attribute.maxLength} characters.`);
      if (attribute.minLength !== undefined && Value.length < attribute.minLength) throw problem(Name, `String must be at least ${attribute.minLength} characters.`);
    }
    if (attribute.type === 'Number') {
      if (!/^-?[0-9]+$/.test(Value)) throw problem(Name, 'Number is not an integer.');
      const n = Number(Value);
      if ((attribute.minValue !== undefined && n < attribute.minValue) || (attribute.maxValue !== undefined && n > attribute.maxValue)) throw problem(Name, 'Number is out of range.');
    }
    if (Name === 'email' && !EMAIL.test(Value)) throw new ServiceError('InvalidParameterException', 'Invalid email address format.');
    if (Name === 'phone_number' && !PHONE.test(Value)) throw new ServiceError('InvalidParameterException', 'Invalid phone number format.');
  }
}

/** Refuses deleting attributes (AdminDeleteUserAttributes): unknown, required or immutable ones. */
export function checkAttributeDeletes(schema: readonly AttributeSchema[], names: readonly string[]): void {
  checkAttributeWrites(
    schema,
    names.map((Name) => ({ Name, Value: '' })),
    'update',
  );
}

export const isEmail = (value: string) => EMAIL.test(value);
export const isPhoneNumber = (value: string) => PHONE.test(value);
