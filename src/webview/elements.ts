// Only the @vscode-elements components the page uses, each from its own module: the package's main entry
// registers all of them and would triple dist/webview.js.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
