// The secretariat's actions on a case: each <form data-api="..."> sends its fields as JSON to the
// application's own API (the same operations as over HTTP with curl), with the session's CSRF
// token, and shows the Danish answer in place. Field names with dots build nested objects
// (newDocument.url); data-type="number" and "boolean" fields are sent as such; a select with data-split and
// data-names sends its value's parts as several properties; empty fields are left out. A {name} in
// data-api is filled from the field of that name.
import { problemMessages, send, showMessages } from './api.js';

function body(form) {
  const result = {};
  for (const field of form.querySelectorAll('input[name], select[name], textarea[name]')) {
    if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked && field.dataset.type !== 'boolean') continue;
    let value = field.type === 'checkbox' && field.dataset.type === 'boolean' ? field.checked : field.value.trim();
    if (value === '') continue;
    if (field.dataset.type === 'number') value = Number(value);
    if (field.dataset.split) {
      // One choice carrying several properties, e.g. "hearingId/partyId".
      const parts = value.split(field.dataset.split);
      field.dataset.names.split(',').forEach((name, i) => { result[name] = parts[i]; });
      continue;
    }
    const path = field.name.split('.');
    let target = result;
    path.slice(0, -1).forEach((part) => { target = target[part] ??= {}; });
    target[path[path.length - 1]] = value;
  }
  return result;
}

document.querySelectorAll('form[data-api]').forEach((form) => {
  const messages = form.querySelector('.form-messages');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) return;
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const data = body(form);
      // A path like /councils/{councilId}/approval takes that field's value; it is not sent in the body.
      const path = form.dataset.api.replace(/\{(\w+)\}/g, (all, name) => {
        const value = encodeURIComponent(data[name] ?? '');
        delete data[name];
        return value;
      });
      const result = await send(form.dataset.method || 'POST', path, data);
      if (result.ok) {
        showMessages(messages, [form.dataset.done || 'Udført.'], 'success');
        setTimeout(() => window.location.reload(), Number(form.dataset.reloadAfter || 1500));
        return;
      }
      showMessages(messages, problemMessages(result));
    } catch (e) {
      showMessages(messages, ['Forbindelsen til Rammeflow svigtede. Prøv igen.']);
    }
    button.disabled = false;
  });
});
