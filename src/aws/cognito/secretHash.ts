import { createHmac } from 'node:crypto';

/** Cognito's SECRET_HASH for an app client with a secret: Base64(HMAC-SHA256(secret, username + clientId)). */
export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return createHmac('sha256', clientSecret).update(username + clientId).digest('base64');
}
