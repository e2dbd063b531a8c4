// Custom attributes: what Add Custom Attribute asks Cognito for (AddCustomAttributes, one SchemaAttributeType
// per attribute), and AWS's limits on them (API reference, SchemaAttributeType and AddCustomAttributes; the
// developer guide's quotas page: "Custom attributes per user pool: 50", not adjustable).

/** A String attribute's length limits, or a Number attribute's range. */
export type CustomAttributeConstraints =
  | { type: 'String'; minLength: number; maxLength: number }
  /** Either bound may be left out: no lower or no upper limit. */
  | { type: 'Number'; minValue?: number; maxValue?: number };

export type CustomAttributeRequest = CustomAttributeConstraints & {
  /** Without the `custom:` prefix, which Cognito adds: "tenantId" becomes custom:tenantId. */
  name: string;
  /** False: the value is set when the user is created and never changed afterwards. */
  mutable: boolean;
};

/** At most this many custom attributes in one pool; none can ever be removed. */
export const MAX_CUSTOM_ATTRIBUTES = 50;
/** A name (without `custom:`) has 1–20 characters. */
export const MAX_CUSTOM_ATTRIBUTE_NAME = 20;
/** A String attribute's MaxLength is at most 2048, as every attribute value is. */
export const MAX_CUSTOM_ATTRIBUTE_LENGTH = 2048;
