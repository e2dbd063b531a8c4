import * as assert from 'node:assert/strict';
import { create } from 'qrcode/lib/core/qrcode';
import { SVG_DATA_URI_PREFIX } from '../../src/shared/views/viewModel';
import { qrCodeImage } from '../../src/views/models/qrCodeImage';

// The QR code a rendered view can show (the TOTP set-up key, issue #23): an SVG made in the extension, in
// a base64 data URI of the one kind the webview accepts. The data differs from a default: a set-up URI
// with an issuer, a label with a space and a long secret.

const OTPAUTH = 'otpauth://totp/Platypus%20pool:perry@example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Platypus%20pool';

const svgOf = (dataUri: string) => Buffer.from(dataUri.slice(SVG_DATA_URI_PREFIX.length), 'base64').toString('utf8');
const sizeOf = (svg: string) => Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);

describe('QR code images', () => {
  it('are an SVG in a base64 data URI that reads back exactly', () => {
    const image = qrCodeImage('totp', OTPAUTH, 'QR code of the authenticator app’s set-up key');
    assert.equal(image.id, 'totp');
    assert.equal(image.alt, 'QR code of the authenticator app’s set-up key');
    assert.ok(image.dataUri.startsWith(SVG_DATA_URI_PREFIX));
    const base64 = image.dataUri.slice(SVG_DATA_URI_PREFIX.length);
    assert.match(base64, /^[A-Za-z0-9+/]+=*$/);
    const svg = svgOf(image.dataUri);
    assert.equal(Buffer.from(svg, 'utf8').toString('base64'), base64, 'round trip');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" shape-rendering="crispEdges">/);
    assert.match(svg, /<path fill="#ffffff" d="M0 0h\d+v\d+H0z"\/><path stroke="#000000" d="M[^"]+"\/><\/svg>\n$/);
    assert.ok(!svg.includes('JBSWY3DP'), 'the key is in the picture, not in its text');
  });

  it('encode the whole URI in the smallest symbol that holds it, 17 + 4 × version modules and the quiet zone wide', () => {
    const { version, modules, segments } = create(OTPAUTH, { errorCorrectionLevel: 'M' });
    const encoded = segments.map((segment) => (typeof segment.data === 'string' ? segment.data : Buffer.from(segment.data).toString('utf8'))).join('');
    assert.equal(encoded, OTPAUTH);
    assert.throws(() => create(OTPAUTH, { errorCorrectionLevel: 'M', version: version - 1 }), /cannot contain/);
    assert.equal(modules.size, 17 + 4 * version);
    assert.equal(sizeOf(svgOf(qrCodeImage('t', OTPAUTH, 'a').dataUri)), modules.size + 2 * 4);
  });

  it('grow with the text', () => {
    assert.ok(sizeOf(svgOf(qrCodeImage('t', `${OTPAUTH}&algorithm=SHA256&digits=8&period=60`, 'a').dataUri)) > sizeOf(svgOf(qrCodeImage('t', OTPAUTH, 'a').dataUri)));
  });
});
