// form-js writes its validation messages and a few labels in English; the users read Danish.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Skriv mindst ${n} tegn.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Skriv højst ${n} tegn.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Værdien skal være mindst ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Værdien må højst være ${n}.`],
  [/^Field must match pattern (.+)\.$/, () => 'Værdien har ikke den rette form.'],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-mailadresse.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Skriv et gyldigt telefonnummer med landekode (fx +4598765432).'],
  [/^No results$/, () => 'Ingen resultater'],
  [/^Search$/, () => 'Søg'],
  [/^Select$/, () => 'Vælg'],
  [/^No files selected$/, () => 'Ingen filer valgt'],
  [/^Browse$/, () => 'Vælg fil'],
  [/^(\d+) files selected$/, (n) => `${n} filer valgt`]
];

export function danish(text) {
  for (const [pattern, replace] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return replace(...match.slice(1));
    }
  }
  return null;
}

/** Keeps every text node and placeholder under the element in Danish as form-js re-renders it. */
export function keepDanish(root) {
  const translate = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = danish(node.nodeValue);
      if (text !== null) node.nodeValue = text;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const attribute of ['placeholder', 'aria-label']) {
      const value = node.getAttribute(attribute);
      const text = value && danish(value);
      if (text) node.setAttribute(attribute, text);
    }
    node.childNodes.forEach(translate);
  };
  translate(root);
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'characterData') translate(change.target);
      change.addedNodes.forEach(translate);
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
}
