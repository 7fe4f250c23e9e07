// The example host page's script: frames the game, checks every message it receives, logs
// the game's events and sizes the frame to the height the game asks for. Plain JavaScript, no
// build step: copy it into your own page as it is.

const SOURCE = 'velocity-trap';
const VERSION = 1;
const GAME_EVENTS = ['ready', 'resize', 'week-ended', 'run-finished'];
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 2000;

const frame = document.getElementById('game');
const log = document.getElementById('log');
const status = document.getElementById('status');
const langSelect = document.getElementById('lang');

/** The game's address: ?game= on this page (http or https only), else the game beside this page. */
function gameAddress() {
  const asked = new URLSearchParams(location.search).get('game');
  if (asked) {
    try {
      const url = new URL(asked, location.href);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      // Not an address: fall through to the default.
    }
    status.textContent =
      'The ?game= address was not an http(s) address; framing the game beside this page.';
  }
  return new URL('./', location.href);
}

const game = gameAddress();
game.searchParams.set('embed', '1');
// The game then posts only to this page's exact origin, and listens only to it.
game.searchParams.set('origin', location.origin);
const gameOrigin = game.origin;
frame.src = game.href;

function addLine(text, rejected) {
  const item = document.createElement('li');
  item.textContent = text;
  if (rejected) item.className = 'rejected';
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

/** A Velocity Trap envelope of a known event type, or null. */
function readEnvelope(data) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (data.source !== SOURCE || data.version !== VERSION) return null;
  if (!GAME_EVENTS.includes(data.type)) return null;
  return data;
}

window.addEventListener('message', (event) => {
  // Only our frame, from the game's exact origin.
  if (event.source !== frame.contentWindow || event.origin !== gameOrigin) return;
  const message = readEnvelope(event.data);
  if (!message) {
    addLine('ignored a message that is not a Velocity Trap envelope', true);
    return;
  }
  if (message.type === 'resize') {
    const height = Number(message.height);
    if (Number.isFinite(height)) {
      frame.height = String(Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))));
    }
  }
  const payload = Object.fromEntries(
    Object.entries(message).filter(([key]) => !['source', 'version', 'type'].includes(key)),
  );
  addLine(`${message.type} ${JSON.stringify(payload)}`, false);
});

function send(message) {
  frame.contentWindow?.postMessage({ source: SOURCE, version: VERSION, ...message }, gameOrigin);
}

for (const button of document.querySelectorAll('[data-send]')) {
  button.addEventListener('click', () => send({ type: button.dataset.send }));
}
langSelect.addEventListener('change', () => send({ type: 'set-language', lang: langSelect.value }));
