import { render } from 'lit';
import type { ToWebview } from '../shared/views/viewMessages';
import './elements';
import { connectToExtension } from './host';
import { renderPage, type Shown } from './renderPage';
import { pageStyles } from './styles';

// The rendered view's page (dist/webview.js). It starts empty, asks the extension for its model (`ready`),
// and renders what it is sent; it keeps nothing beyond the page's life: VS Code destroys a hidden page, and
// the new page asks again. Each second it renders again, so countdowns and relative times move.

const ANNOUNCEMENT_SHOWN_MS = 8000;

const post = connectToExtension();
let shown: Shown = { kind: 'waiting' };
let announcement = '';
const announcementTimers: ReturnType<typeof setTimeout>[] = [];

if (pageStyles.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles.styleSheet];
const root = document.createElement('div');
document.body.append(root);

function update(): void {
  render(renderPage(shown, announcement, post, Date.now()), root);
}

function forgetAnnouncement(): void {
  announcementTimers.splice(0).forEach(clearTimeout);
  announcement = '';
}

function announce(text: string): void {
  // Emptied first, so the same text twice ("Copied Pool Id" again) is a change screen readers announce; a
  // timer rather than the next frame, since frames wait while the window is in the background.
  forgetAnnouncement();
  update();
  announcementTimers.push(
    setTimeout(() => {
      announcement = text;
      update();
      announcementTimers.push(setTimeout(() => (forgetAnnouncement(), update()), ANNOUNCEMENT_SHOWN_MS));
    }, 50),
  );
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message?.type) {
    case 'render':
      shown = { kind: 'model', model: message.model };
      return update();
    case 'clear':
      // Everything goes: the model (its tokens) and what was announced about it.
      shown = { kind: 'cleared', title: message.title, lead: message.lead };
      forgetAnnouncement();
      return update();
    case 'announce':
      return announce(message.text);
  }
});

setInterval(() => {
  if (shown.kind === 'model') update();
}, 1000);

update();
post({ type: 'ready' });
