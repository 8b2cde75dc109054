// A Camunda form (from bpmn/) rendered with form-js, as Tasklist renders it: filled with the
// task's variables, read-only until the user has claimed the task, validated by form-js on
// submit, then sent as JSON; the engine's or the API's refusal is shown above the form. Files chosen in a
// filepicker are uploaded to the document store first (POST /api/documents) and the field's value becomes the
// document id (a list of ids when the picker allows several files).
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { danish, keepDanish } from './danish.js';
import { csrfHeaders, problemMessages, send, showMessages } from './api.js';

const json = (id) => JSON.parse(document.getElementById(id).textContent);

async function start(root) {
  const container = root.querySelector('.form-container');
  const messages = root.querySelector('.form-messages');
  const button = root.querySelector('button[data-submit]');
  const readOnly = root.dataset.readOnly === 'true';
  const form = new Form({ container, properties: { readOnly } });
  keepDanish(container);
  await form.importSchema(json(root.dataset.schema), json(root.dataset.data));
  if (readOnly || !button) return;

  root.querySelector('form.form-actions').addEventListener('submit', async (event) => {
    event.preventDefault();
    const { data, errors, files } = form.submit();
    const invalid = Object.keys(errors || {});
    if (invalid.length) {
      const count = invalid.length === 1 ? 'Et felt mangler eller er forkert udfyldt' : `${invalid.length} felter mangler eller er forkert udfyldt`;
      showMessages(messages, [`${count}. Ret det markerede og prøv igen.`]);
      const first = container.querySelector('.fjs-has-errors input, .fjs-has-errors textarea, .fjs-has-errors select, .fjs-has-errors [tabindex]');
      first?.focus();
      return;
    }
    button.disabled = true;
    showMessages(messages, ['Sender …'], 'info');
    try {
      const uploadProblems = await uploadFiles(data, files);
      if (uploadProblems) {
        showMessages(messages, uploadProblems);
        button.disabled = false;
        return;
      }
      const result = await send('POST', root.dataset.submitUrl, root.dataset.wrap === 'variables' ? { variables: data } : data);
      if (result.ok) {
        window.location.assign(nextPage(root, result));
        return;
      }
      showMessages(messages, problemMessages(result));
    } catch (e) {
      showMessages(messages, ['Forbindelsen til Rammeflow svigtede. Prøv igen.']);
    }
    button.disabled = false;
  });
}

/** Replaces each filepicker value ("files::...") in data by the ids of its files, uploaded; returns problems or null. */
async function uploadFiles(data, files) {
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string' || !value.startsWith('files::')) continue;
    const ids = [];
    for (const file of files?.get(value) || []) {
      const body = new FormData();
      body.append('file', file, file.name);
      const response = await fetch('/api/documents', {
        method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json, application/problem+json', ...csrfHeaders() }, body
      });
      const text = await response.text();
      let payload = null;
      try { payload = text ? JSON.parse(text) : null; } catch { payload = { detail: text }; }
      if (!response.ok) return problemMessages({ ok: false, status: response.status, payload }).map((m) => `${file.name}: ${m}`);
      ids.push(payload.id);
    }
    data[key] = ids.length === 0 ? null : ids.length === 1 ? ids[0] : ids;
  }
  return null;
}

/** Where to go after a successful submit: the page the server names, or the case it created. */
function nextPage(root, result) {
  if (result.payload?.location) return result.payload.location;
  const created = result.location?.split('/').pop();
  if (created && root.dataset.createdUrl) return root.dataset.createdUrl.replace('{id}', encodeURIComponent(created));
  return root.dataset.doneUrl || '/';
}

document.querySelectorAll('[data-camunda-form]').forEach((root) => {
  start(root).catch((e) => {
    const messages = root.querySelector('.form-messages');
    showMessages(messages, [`Formularen kunne ikke vises: ${danish(e.message) ?? e.message}`]);
  });
});
