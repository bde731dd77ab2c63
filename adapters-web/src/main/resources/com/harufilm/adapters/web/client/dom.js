// Small helpers to build the pages' elements and to tell the user what happened.
import { errorText } from './i18n.js';

/** An element with attributes (on* as listeners, properties for value/checked) and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'value' || name === 'checked') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** A label with its control, tied by the control's id. */
export function field(text, control) {
  return h('div', { class: 'field' }, h('label', { for: control.id }, text), control);
}

export function progressBar(id, label) {
  return h('div', { id, class: 'progress', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 },
    h('div', { class: 'progress-fill' }));
}

export function setProgress(bar, fraction) {
  const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  bar.setAttribute('aria-valuenow', percent);
  bar.firstElementChild.style.width = `${percent}%`;
}

export function say(text) {
  document.getElementById('message').textContent = text;
  document.getElementById('error').textContent = '';
}

export function fail(error) {
  console.warn(error);
  document.getElementById('error').textContent = errorText(error);
}

export function warn(text) {
  document.getElementById('error').textContent = text;
}

export function clearMessages() {
  document.getElementById('message').textContent = '';
  document.getElementById('error').textContent = '';
}
