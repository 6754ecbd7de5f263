// Starts Blazor with the page's reconnect policy and drives the Swedish reconnect dialog (ReconnectModal.razor).
// App.razor loads blazor.web.js with autostart="false"; this module runs after it (module scripts are deferred).

const modal = document.getElementById("components-reconnect-modal");

// Staff keep the wizard open all shift, and a deploy takes as long as it takes: try at once, then every 2 s for the
// first minute and every 5 s after that, never giving up. The wait after the server is back is at most one interval.
Blazor.start({
  circuit: {
    reconnectionOptions: {
      maxRetries: Number.POSITIVE_INFINITY,
      retryIntervalMilliseconds: attempt => attempt === 0 ? 0 : attempt <= 30 ? 2000 : 5000,
    },
  },
});

modal.addEventListener("components-reconnect-state-changed", event => {
  const state = event.detail.state;
  // For people and tests: the dialog's state, readable from the page.
  document.documentElement.dataset.reconnect = state;
  if (state === "show" || state === "paused") {
    if (!modal.open) {
      modal.showModal();
    }
  } else if (state === "hide") {
    modal.close();
  } else if (state === "rejected") {
    // The server answers but no longer knows this circuit (restarted). The address is the wizard's state, and an
    // unsent comment waits in session storage: reloading brings the user back to the same question.
    location.reload();
  } else if (state === "failed") {
    document.addEventListener("visibilitychange", retryWhenVisible);
  }
});

document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("components-reload-button").addEventListener("click", () => location.reload());

async function retry() {
  document.removeEventListener("visibilitychange", retryWhenVisible);
  try {
    // true: back on the same circuit; false: the server answered but has no such circuit; an exception: no answer.
    if (!await Blazor.reconnect()) {
      await resume();
    }
  } catch {
    document.addEventListener("visibilitychange", retryWhenVisible);
  }
}

async function resume() {
  try {
    if (!await Blazor.resumeCircuit()) {
      location.reload(); // the server answered: a fresh page from the address
    }
  } catch {
    // No answer: reloading now would show the browser's own (English) error page. Offer the reload instead.
    modal.classList.remove("components-reconnect-paused");
    modal.classList.add("components-reconnect-resume-failed");
  }
}

async function retryWhenVisible() {
  if (document.visibilityState === "visible") {
    await retry();
  }
}
