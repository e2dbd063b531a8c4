// A custom attribute's constraints in one line, as Pool Details lists them and Add Custom Attribute's
// confirmation shows the new one: "string, 1–64 characters, mutable", "number, 0 to 100, immutable".

export interface AttributeConstraints {
  type: string;
  mutable: boolean;
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

export function constraintsText(a: AttributeConstraints): string {
  return [a.type.toLowerCase(), limitsText(a), a.mutable ? 'mutable' : 'immutable (set only when the user is created)'].filter(Boolean).join(', ');
}

function limitsText(a: AttributeConstraints): string | undefined {
  if (a.type === 'String') {
    if (a.minLength === undefined && a.maxLength === undefined) return undefined;
    return `${a.minLength ?? 0}–${a.maxLength ?? 2048} characters`;
  }
  if (a.type !== 'Number') return undefined;
  if (a.minValue !== undefined && a.maxValue !== undefined) return `${a.minValue} to ${a.maxValue}`;
  if (a.minValue !== undefined) return `at least ${a.minValue}`;
  if (a.maxValue !== undefined) return `at most ${a.maxValue}`;
  return 'any whole number';
}
