// What cognito-srp-helper uses of crypto-js (SHA-256, HMAC-SHA-256, Base64, WordArray made from
// Buffers, which lib-typedarrays teaches it), and nothing
// else: esbuild.js resolves the library's `import … from "crypto-js"` here, so the AWS bundle does not
// carry AES, Blowfish, DES, SHA-3 and the rest. crypto-js's modules add themselves to the core object.
import CryptoJS from 'crypto-js/core';
import 'crypto-js/lib-typedarrays';
import 'crypto-js/sha256';
import 'crypto-js/hmac';
import 'crypto-js/enc-base64';

export default CryptoJS;
