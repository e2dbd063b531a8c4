// The two modules of the `qrcode` package that qrCodeImage.ts imports: its encoder and its SVG renderer,
// without the package's index (which brings the PNG, canvas and terminal renderers into the bundle).
// @types/qrcode types only the index, so these say what the two modules give.

declare module 'qrcode/lib/core/qrcode' {
  export interface QrSymbol {
    modules: { size: number; data: Uint8Array };
    /** 1 to 40: the symbol is 17 + 4 × version modules wide. */
    version: number;
    errorCorrectionLevel: { bit: number };
    maskPattern: number;
    /** The text as encoded, in parts of one mode each: bytes (UTF-8) or characters (alphanumeric, numeric). */
    segments: { mode: { id: string }; data: Uint8Array | string }[];
  }
  /** Throws when the text does not fit (in `version`, when given). */
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number }): QrSymbol;
}

declare module 'qrcode/lib/renderer/svg-tag' {
  import type { QrSymbol } from 'qrcode/lib/core/qrcode';
  export function render(symbol: QrSymbol, options?: { margin?: number; color?: { dark?: string; light?: string } }): string;
}
