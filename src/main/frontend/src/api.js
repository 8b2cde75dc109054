// Calls the application's own endpoints from a signed-in page: JSON in and out, the session's
// CSRF token in the header, Danish problem details turned into messages.
export function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  return token && header ? { [header]: token } : {};
}

export async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json', ...csrfHeaders() },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  let payload = null;
  const text = await response.text();
  if (text) {
    try { payload = JSON.parse(text); } catch { payload = { detail: text }; }
  }
  return { ok: response.ok, status: response.status, location: response.headers.get('Location'), payload };
}

/** The messages of a failed call: the problems list when there is one, else the detail. */
export function problemMessages(result) {
  const p = result.payload || {};
  if (Array.isArray(p.problems) && p.problems.length) return p.problems.map(String);
  if (p.detail) return [String(p.detail)];
  if (result.status === 403) return ['Du har ikke adgang til at gøre dette.'];
  if (result.status === 401) return ['Du er ikke længere logget ind. Genindlæs siden og log ind igen.'];
  return [`Det lykkedes ikke (HTTP ${result.status}). Prøv igen.`];
}

/** Shows messages in an alert region (role="alert" is announced by screen readers) and focuses it. */
export function showMessages(region, messages, kind = 'error') {
  region.replaceChildren();
  region.classList.remove('success', 'error', 'info', 'attention');
  region.classList.add('message', kind);
  region.hidden = messages.length === 0;
  if (messages.length === 1) {
    region.textContent = messages[0];
  } else if (messages.length > 1) {
    const list = document.createElement('ul');
    for (const message of messages) {
      const item = document.createElement('li');
      item.textContent = message;
      list.append(item);
    }
    region.append(list);
  }
  if (messages.length) {
    region.tabIndex = -1;
    region.focus();
  }
}
