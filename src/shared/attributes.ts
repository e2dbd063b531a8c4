// The standard attributes of every user pool (OpenID Connect's), in the order Cognito lists them (its
// CSV import header follows it). Anything else in a pool's schema is custom, carried as "custom:<name>".

export const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  'sub',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'email',
  'email_verified',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
  'phone_number_verified',
  'address',
  'updated_at',
]);
