// The registration wizard's browser side: keyboard, the remembered system and the clipboard.
// Loaded by Registrera.razor after the first interactive render (prerendering has no JavaScript).

const systemKey = "distanskontakt.system";
let keyHandler = null;

function isEditable(element) {
  return element instanceof Element
    && (element.isContentEditable || element.closest("input, textarea, select") !== null);
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

/** Digits choose an option and Backspace goes back (in .NET); arrows move focus among the options. */
export function attachKeys(dotnet) {
  detachKeys();
  keyHandler = event => {
    // Never take the browser's own shortcuts (Alt+Left and friends) or keys typed into a field.
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing
      || isEditable(event.target)) {
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
  };
  document.addEventListener("keydown", keyHandler);
  // A marker for people and tests: the keys work from now on.
  document.documentElement.dataset.wizardKeys = "on";
}

export function detachKeys() {
  if (keyHandler !== null) {
    document.removeEventListener("keydown", keyHandler);
    keyHandler = null;
    delete document.documentElement.dataset.wizardKeys;
  }
}

export function rememberSystem(value) {
  try {
    localStorage.setItem(systemKey, value);
  } catch {
    // Storage can be disabled; the wizard works without it.
  }
}

export function recallSystem() {
  try {
    return localStorage.getItem(systemKey);
  } catch {
    return null;
  }
}

/** Puts text on the clipboard; falls back to a hidden text area where the Clipboard API is unavailable. */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the fallback.
  }

  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  const focused = document.activeElement;
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) {
    focused.focus();
  }
  return copied;
}

/**
 * Trainer mode's demonstration: → Space Enter PageDown go to the next step, ← Backspace PageUp to the previous one
 * (a projector remote sends PageDown/PageUp). Shares detachKeys with the wizard.
 */
export function attachStepKeys(dotnet) {
  detachKeys();
  const forward = new Set(["ArrowRight", " ", "Enter", "PageDown"]);
  const backward = new Set(["ArrowLeft", "Backspace", "PageUp"]);
  keyHandler = event => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing
      || isEditable(event.target)) {
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
      dotnet.invokeMethodAsync("OnStepKeyAsync", step);
    }
  };
  document.addEventListener("keydown", keyHandler);
  document.documentElement.dataset.wizardKeys = "on";
}
