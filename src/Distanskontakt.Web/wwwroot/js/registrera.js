// The registration wizard's browser side: the remembered system and the clipboard (the keys are in
// Components/Shared/WizardKeys.razor.js). Loaded by Registrera.razor after the first interactive render.

const systemKey = "distanskontakt.system";

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
