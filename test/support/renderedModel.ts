// A rendered view's model for tests of the webview's page (test/ui/renderedPage.test.ts): a details section
// with a copyable id, a link, a field with its own action and a date, a picture made in the extension beside
// two the page must refuse, and an ID token whose claims include a value written as markup. Values are unlike
// defaults: quotes, Unicode, a region other than us-east-1.
import { SVG_DATA_URI_PREFIX, type ViewModel } from '../../src/shared/views/viewModel';
import { base64urlJson } from './unsignedJwt';

/** A claim value that would run script if the page ever turned a value into markup. */
export const MARKUP_VALUE = '<img src=x onerror=alert(1)>';

export const POOL_ID = 'eu-north-1_Pl4typus';
export const ISSUER = `https://cognito-idp.eu-north-1.amazonaws.com/${POOL_ID}`;
export const SUBJECT = '5b2f4c1e-7a3d-4e59-9c0b-“Perry”-ü';

const HEADER = { alg: 'RS256', kid: 'k-eu-9' };
const CLAIMS = { sub: SUBJECT, token_use: 'id', note: MARKUP_VALUE };
/** The token's three parts, each distinct enough to search the page's text for after `clear`. */
export const TOKEN_PARTS: [string, string, string] = [base64urlJson(HEADER), base64urlJson(CLAIMS), 'c2lnbmF0dXJlLW9mLXRoZS1yZW5kZXJlZC1wYWdl'];

const square = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="black"/></svg>';
export const QR_IMAGE = { id: 'totp-qr', alt: 'QR code of the authenticator app’s set-up key', dataUri: SVG_DATA_URI_PREFIX + Buffer.from(square).toString('base64') };
/** Pictures the page must not show: one from the network, one not SVG. */
export const REFUSED_IMAGES = [
  { id: 'fetched', alt: 'from the network', dataUri: 'https://webview.test/fetched.svg' },
  { id: 'png', alt: 'not made by the extension', dataUri: 'data:image/png;base64,iVBORw0KGgo=' },
];

/** The model, with the token expiring `expiresIn` after `now`. */
export function renderedModel(now: number, expiresIn = 59 * 60 * 1000 + 30 * 1000): ViewModel {
  return {
    title: 'Signed in as “Perry” <perry@example.org>',
    lead: 'Tokens of pool "Platypus", kept only while this view is visible.',
    actions: [
      { id: 'refreshTokens', label: 'Refresh Tokens', icon: 'refresh' },
      { id: 'signOut', label: 'Sign Out', icon: 'sign-out' },
    ],
    sections: [
      {
        title: 'User pool',
        images: [QR_IMAGE, ...REFUSED_IMAGES],
        fields: [
          { id: 'poolId', label: 'Pool Id', value: POOL_ID, mono: true, copy: true },
          { id: 'issuer', label: 'Issuer', value: ISSUER, mono: true, copy: true, link: true },
          { id: 'authFlows', label: 'Authentication flows', value: 'ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH', actions: [{ id: 'editAuthFlows', label: 'Edit Authentication Flows…' }] },
          { id: 'issuedAt', label: 'Tokens issued', value: new Date(now - 30_000).toISOString(), time: now - 30_000 },
        ],
      },
    ],
    tokens: [
      {
        id: 'id',
        name: 'ID token',
        parts: TOKEN_PARTS,
        signature: { state: 'verified', detail: 'key k-eu-9 of the pool’s JWKS' },
        expiresAt: now + expiresIn,
        header: [{ id: 'id.header.alg', label: 'alg', value: HEADER.alg, copy: true, hint: 'How the token is signed.' }],
        claims: [
          { id: 'id.claim.sub', label: 'sub', value: SUBJECT, mono: true, copy: true, hint: 'The user’s unique id in the pool.' },
          { id: 'id.claim.token_use', label: 'token_use', value: 'id', copy: true, hint: 'Which token this is: id or access.' },
          { id: 'id.claim.note', label: 'note', value: MARKUP_VALUE, copy: true },
        ],
      },
      {
        id: 'access',
        name: 'Access token',
        problem: 'Cognito returned no access token.',
        signature: { state: 'unchecked', detail: '' },
        header: [],
        claims: [],
      },
    ],
  };
}
