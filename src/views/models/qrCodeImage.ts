import { create } from 'qrcode/lib/core/qrcode';
import { render } from 'qrcode/lib/renderer/svg-tag';
import { SVG_DATA_URI_PREFIX, type ViewImage } from '../../shared/views/viewModel';

// A QR code made in the extension, for a rendered view to show (the authenticator app's set-up key, for
// TOTP): an SVG, base64 in a data URI, which is the only kind of picture the webview shows. Black on white
// with the standard quiet zone whatever the theme, since a phone's camera has to read it.

export function qrCodeImage(id: string, text: string, alt: string): ViewImage {
  const svg = render(create(text, { errorCorrectionLevel: 'M' }), { margin: 4, color: { dark: '#000000ff', light: '#ffffffff' } });
  return { id, alt, dataUri: SVG_DATA_URI_PREFIX + Buffer.from(svg, 'utf8').toString('base64') };
}
