// The keys of a wizard page (WizardKeys.razor) and the focus after each step. One listener per page.

let keyHandler = null;

function isEditable(element) {
  return element instanceof Element
    && (element.isContentEditable || element.closest("input, textarea, select") !== null);
}

function ignored(event) {
  // Never take the browser's own shortcuts (Alt+Left and friends) or keys typed into a field.
  return event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing
    || isEditable(event.target);
}

function optionButtons() {
  return Array.from(document.querySelectorAll("[data-wizard-options] button[data-option]"));
}

function moveFocus(options, step) {
  const active = document.activeElement;
  let index = options.indexOf(active);
  if (index < 0) {
    const pressed = options.findIndex(b => b.getAttribute("aria-pressed") === "true");
    index = pressed >= 0 ? pressed - step : (step > 0 ? -1 : 0);
  }
  options[(index + step + options.length) % options.length].focus();
}

const arrowSteps = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

function listen(handler) {
  detachKeys();
  keyHandler = handler;
  document.addEventListener("keydown", keyHandler);
  // A marker for people and tests: the keys work from now on.
  document.documentElement.dataset.wizardKeys = "on";
}

/** Digits choose an option and Backspace goes back (in .NET); arrows move focus among the options. */
export function attachKeys(dotnet) {
  listen(event => {
    if (ignored(event)) {
      return;
    }

    const key = event.key;
    if (key === "Backspace") {
      if (document.querySelector("[data-wizard-back]")) {
        event.preventDefault();
        dotnet.invokeMethodAsync("OnKeyAsync", key);
      }
      return;
    }

    const options = optionButtons();
    if (options.length === 0) {
      return;
    }

    if (/^[1-9]$/.test(key)) {
      if (Number(key) <= options.length) {
        event.preventDefault();
        dotnet.invokeMethodAsync("OnKeyAsync", key);
      }
      return;
    }

    const step = arrowSteps[key];
    const active = document.activeElement;
    if (step !== undefined
      && (active === null || active === document.body || active.closest("[data-wizard-question]") !== null)) {
      event.preventDefault();
      moveFocus(options, step);
    }
  });
}

/**
 * A demonstration: → Space Enter PageDown go to the next step, ← Backspace PageUp to the previous one (a projector
 * remote sends PageDown/PageUp).
 */
export function attachStepKeys(dotnet) {
  const forward = new Set(["ArrowRight", " ", "Enter", "PageDown"]);
  const backward = new Set(["ArrowLeft", "Backspace", "PageUp"]);
  listen(event => {
    if (ignored(event)) {
      return;
    }

    // Space and Enter on a focused link, button or summary keep their own meaning.
    if ((event.key === " " || event.key === "Enter")
      && event.target instanceof Element && event.target.closest("a, button, summary") !== null) {
      return;
    }

    const step = forward.has(event.key) ? "next" : backward.has(event.key) ? "back" : null;
    if (step !== null) {
      event.preventDefault();
      dotnet.invokeMethodAsync("OnKeyAsync", step);
    }
  });
}

export function detachKeys() {
  if (keyHandler !== null) {
    document.removeEventListener("keydown", keyHandler);
    keyHandler = null;
    delete document.documentElement.dataset.wizardKeys;
  }
}

/**
 * Focuses the element the step marks with data-wizard-focus and marks it data-focus-ready once it has focus: the
 * sign that the step is settled (browser tests wait on it). Only the latest focused element carries the mark.
 */
export function focusStep() {
  for (const marked of document.querySelectorAll("[data-focus-ready]")) {
    marked.removeAttribute("data-focus-ready");
  }

  const target = document.querySelector("[data-wizard-focus]");
  if (!(target instanceof HTMLElement)) {
    return;
  }

  target.focus();
  if (document.activeElement === target) {
    target.setAttribute("data-focus-ready", "");
  }
}
