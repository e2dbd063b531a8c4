import type { RecoveryOption } from './api/poolChange';

// The account-recovery orders AWS accepts, by name: one or two mechanisms with priorities 1 and 2
// (AccountRecoverySettingType: "Minimum number of 1 item. Maximum number of 2 items"; RecoveryOptionType:
// Priority 1–2), admin_only only on its own (it "prevents self-service account recovery"). Edit Account
// Recovery offers exactly these; Pool Details names a pool's order with them.

export const RECOVERY_ORDERS: readonly { label: string; value: RecoveryOption[] }[] = [
  { label: 'E-mail, then phone', value: ['verified_email', 'verified_phone_number'] },
  { label: 'Phone, then e-mail', value: ['verified_phone_number', 'verified_email'] },
  { label: 'E-mail only', value: ['verified_email'] },
  { label: 'Phone only', value: ['verified_phone_number'] },
  { label: 'Administrators only', value: ['admin_only'] },
];

/** An order as a person reads it; an empty one is the pool without a setting. */
export function recoveryText(order: readonly RecoveryOption[]): string {
  if (order.length === 0) return "not set (Cognito's legacy order: phone if verified, else e-mail)";
  return RECOVERY_ORDERS.find((o) => o.value.join() === order.join())?.label ?? order.join(', ');
}
