import type { SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';
import type { CustomAttributeRequest } from '../../shared/types';

// One custom attribute as AddCustomAttributes takes it: the name without `custom:` (Cognito adds it), never
// Required (AWS refuses required custom attributes) and never developer-only (a legacy kind the reference
// advises against), and the constraints as strings, as the API carries them.

export function toSchemaAttribute(request: CustomAttributeRequest): SchemaAttributeType {
  const common = { Name: request.name, AttributeDataType: request.type, Mutable: request.mutable, Required: false, DeveloperOnlyAttribute: false };
  if (request.type === 'String') return { ...common, StringAttributeConstraints: { MinLength: String(request.minLength), MaxLength: String(request.maxLength) } };
  const bound = (value: number | undefined) => (value === undefined ? undefined : String(value));
  return { ...common, NumberAttributeConstraints: { MinValue: bound(request.minValue), MaxValue: bound(request.maxValue) } };
}
