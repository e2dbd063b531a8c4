import { css } from 'lit';

// The page's one stylesheet, adopted by the document (the CSP allows no inline style). Every colour and font
// is a VS Code theme variable, so the page follows dark, light and high-contrast themes; the token's three
// colours are the theme's chart colours, falling back to its terminal colours.
export const pageStyles = css`
  body {
    font-family: var(--vscode-font-family);
    font-size: var(--vscode-font-size);
    font-weight: var(--vscode-font-weight);
    color: var(--vscode-foreground);
    background-color: var(--vscode-editor-background);
    padding: 0 20px 20px;
    line-height: 1.4;
  }
  h1 {
    font-size: 1.6em;
    font-weight: 600;
    margin: 0.8em 0 0.2em;
  }
  h2 {
    font-size: 1.2em;
    font-weight: 600;
    margin: 0;
  }
  a {
    color: var(--vscode-textLink-foreground);
  }
  a:hover,
  a:active {
    color: var(--vscode-textLink-activeForeground);
  }
  a:focus-visible {
    outline: 1px solid var(--vscode-focusBorder);
    outline-offset: 1px;
  }
  .lead {
    color: var(--vscode-descriptionForeground);
    margin: 0 0 1em;
  }
  .mono {
    font-family: var(--vscode-editor-font-family);
    font-size: var(--vscode-editor-font-size);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0 0 1.2em;
  }
  section.details,
  section.token {
    border-top: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent));
    padding: 0.8em 0;
  }
  .fields {
    display: grid;
    /* One label width for every section, so values line up down the page. */
    grid-template-columns: 15em minmax(0, 1fr) auto;
    gap: 6px 16px;
    margin-top: 0.6em;
    align-items: start;
  }
  /* Each row is a box of its own (tests and screen readers find it), on the section's columns. */
  .field {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: start;
  }
  .label .name {
    display: block;
    color: var(--vscode-foreground);
    font-weight: 600;
  }
  .hint {
    display: block;
    color: var(--vscode-descriptionForeground);
    font-size: 0.92em;
  }
  .value {
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .time {
    color: var(--vscode-descriptionForeground);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .picture {
    display: block;
    margin: 0.8em 0;
    max-width: 240px;
    background: #fff; /* a QR code needs its light margin in a dark theme too */
    padding: 8px;
  }
  .token-heading {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .countdown {
    margin: 0.3em 0;
    color: var(--vscode-descriptionForeground);
    font-variant-numeric: tabular-nums;
  }
  .problem {
    color: var(--vscode-errorForeground);
  }
  .token-text {
    overflow-wrap: anywhere;
    word-break: break-all;
    padding: 8px;
    margin: 0.5em 0 0.2em;
    background-color: var(--vscode-textCodeBlock-background);
    border: 1px solid var(--vscode-contrastBorder, transparent);
  }
  .header {
    color: var(--vscode-charts-red, var(--vscode-terminal-ansiRed));
  }
  .payload {
    color: var(--vscode-charts-purple, var(--vscode-terminal-ansiMagenta));
  }
  .signature {
    color: var(--vscode-charts-blue, var(--vscode-terminal-ansiBlue));
  }
  .legend {
    display: flex;
    gap: 12px;
    margin: 0 0 0.6em;
    font-size: 0.92em;
  }
  .legend-item::before {
    content: '■ ';
  }
  p.signature {
    display: flex;
    align-items: center;
    gap: 6px;
    color: var(--vscode-foreground);
  }
  p.signature.verified vscode-icon {
    color: var(--vscode-testing-iconPassed, var(--vscode-charts-green));
  }
  p.signature.failed vscode-icon {
    color: var(--vscode-errorForeground);
  }
  table.claims {
    border-collapse: collapse;
    width: 100%;
    margin: 0.8em 0;
  }
  table.claims caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  table.claims th,
  table.claims td {
    text-align: start;
    vertical-align: top;
    padding: 4px 8px;
    border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-widget-border, transparent));
  }
  table.claims td.meaning {
    color: var(--vscode-descriptionForeground);
  }
  table.claims thead th {
    color: var(--vscode-descriptionForeground);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .announce {
    position: fixed;
    bottom: 12px;
    right: 20px;
    padding: 4px 10px;
    color: var(--vscode-notifications-foreground);
    background-color: var(--vscode-notifications-background);
    border: 1px solid var(--vscode-notifications-border, var(--vscode-contrastBorder, transparent));
  }
  /* Empty, it takes no room but stays in the accessibility tree: a live region that appears with its text
     is not announced. */
  .announce:empty {
    padding: 0;
    border: none;
  }
`;
