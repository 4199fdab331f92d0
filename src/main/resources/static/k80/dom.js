// What K80's webapp plugins (Cockpit dashboard, Tasklist's topic views) share: building elements.
// Text always goes in as a text node, never as HTML, so nothing a user typed can become markup.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "style") {
      Object.assign(node.style, value);
    } else if (name.startsWith("on")) {
      node.addEventListener(name.substring(2), value);
    } else if (value === true) {
      node.setAttribute(name, "");
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}
