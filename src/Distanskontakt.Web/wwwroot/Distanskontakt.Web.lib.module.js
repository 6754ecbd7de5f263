// Blazor JS initializer (found by its name, {assembly}.lib.module.js; blazor.web.js imports it when
// ReconnectModal.razor.js starts Blazor). While the page's circuit is connected and has rendered, the root element
// carries data-circuit="up": people and the browser tests can tell a live page from prerendered HTML, on which a
// click is lost. It is cleared when the circuit closes or the connection drops, and set again once it is back.

const root = document.documentElement;
let firstRender;

// The first render batch after a circuit opens replaces the prerendered HTML and attaches the event handlers:
// only then do clicks and keys arrive. A mutation under <body> is that batch.
function upAfterFirstRender() {
  firstRender?.disconnect();
  firstRender = new MutationObserver(() => {
    firstRender.disconnect();
    firstRender = undefined;
    root.dataset.circuit = "up";
  });
  firstRender.observe(document.body, { childList: true, subtree: true });
}

function down() {
  firstRender?.disconnect();
  firstRender = undefined;
  delete root.dataset.circuit;
}

// Circuit handlers run for every circuit of the page (after sign-out and back, after a resume), not only the first,
// which is why this is not done in afterServerStarted (called once, and before the first render).
export function beforeServerStart(options) {
  options.circuitHandlers.push({ onCircuitOpened: upAfterFirstRender, onCircuitClosed: down });

  document.getElementById("components-reconnect-modal")?.addEventListener("components-reconnect-state-changed", event => {
    if (event.detail.state !== "hide") {
      down();
    } else if (firstRender === undefined) {
      root.dataset.circuit = "up"; // reconnected to the same circuit: its handlers are still attached
    }
  });
}
