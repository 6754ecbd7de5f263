// Blazor JS initializer (found by its name, {assembly}.lib.module.js; blazor.web.js imports it when
// ReconnectModal.razor.js starts Blazor). While the page's circuit is connected and has rendered, the root element
// carries data-circuit="up": people and the browser tests can tell a live page from prerendered HTML, on which a
// click is lost. It is cleared when the circuit closes or the connection drops, and set again once it is back.

const root = document.documentElement;
let awaitingFirstRender = false;

// The first render batch after a circuit opens replaces the prerendered HTML and attaches the event handlers: only
// then do clicks and keys arrive. A change under <body> after the circuit opened is that batch. The observer watches
// from before the first circuit starts: when the circuit's "started" reply and its first batch arrive together, the
// batch is applied before onCircuitOpened runs, but this callback (queued by the batch) still runs after it.
const firstRender = new MutationObserver(() => {
  if (awaitingFirstRender) {
    awaitingFirstRender = false;
    root.dataset.circuit = "up";
  }
});

function opened() {
  awaitingFirstRender = true;
}

function down() {
  awaitingFirstRender = false;
  delete root.dataset.circuit;
}

// Circuit handlers run for every circuit of the page (after sign-out and back, after a resume), not only the first,
// which is why this is not done in afterServerStarted (called once, and before the first render).
export function beforeServerStart(options) {
  firstRender.observe(document.body, { childList: true, subtree: true });
  options.circuitHandlers.push({ onCircuitOpened: opened, onCircuitClosed: down });

  document.getElementById("components-reconnect-modal")?.addEventListener("components-reconnect-state-changed", event => {
    if (event.detail.state !== "hide") {
      down();
    } else if (!awaitingFirstRender) {
      root.dataset.circuit = "up"; // reconnected to the same circuit: its handlers are still attached
    }
  });
}
