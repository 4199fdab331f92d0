// Following topics in Tasklist: "Mijn aanmeldingen" (the official's own topics, with the
// secretariat's request and a link to the task that waits for them) and "Thema's van K80" (every
// topic past screening, searchable). Two buttons in the header open each view in a modal dialog;
// the data comes from the topics API (/api/topics) in the Tasklist session. After a topic is
// started from the start form, its new reference is announced here.

import { el } from "/k80/dom.js";

const PAGE_SIZE = 20;

/** The application root: the topics API sits beside the webapps (api.engineApi = <root>/camunda/api/engine/...). */
function apiRoot(api) {
  return api.engineApi.replace(/\/[^/]+\/api\/engine(\/.*)?$/, "");
}

function getJson(api, path) {
  return fetch(`${apiRoot(api)}/api/topics${path}`, {
    credentials: "same-origin",
    // Marks the call as the page's own, so an expired session answers 401 without a browser login prompt.
    headers: { Accept: "application/json", "X-Requested-With": "XMLHttpRequest" },
  }).then((response) => {
    if (response.status === 401) {
      throw new Error("U bent niet meer aangemeld. Meld u opnieuw aan om uw thema's te zien.");
    }
    if (!response.ok) {
      return response.json().catch(() => ({})).then((problem) => {
        throw new Error(problem.detail || `De thema's konden niet worden geladen (HTTP ${response.status}).`);
      });
    }
    return response.json();
  });
}

let labelsOnce;
function labels(api) {
  labelsOnce = labelsOnce || getJson(api, "/labels");
  return labelsOnce;
}

function day(iso) {
  return iso ? new Date(iso).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" }) : null;
}

/** One topic as a list item: what K80 decided and why; for the official's own topic also what waits for them. */
function topicItem(topic, names, close) {
  const facts = [
    ["Status", topic.statusLabel],
    ["Thema", names.themes[topic.theme]],
    ["Gemeente", topic.municipality],
    ["Aangemeld", day(topic.submittedAt)],
    ["Besluit", topic.decision && `${names.decisions[topic.decision]} (${day(topic.decidedAt)})`],
    ["Besloten door", topic.decidedBy && names.deciders[topic.decidedBy]],
    ["Motivering van het afwegingskader", topic.motivation],
    ["Motivering van het Dagelijks Bestuur", topic.boardMotivation],
    ["Portefeuille", topic.portfolioGroup && names.portfolios[topic.portfolioGroup]],
    ["Wordt opnieuw gewogen op", day(topic.reassessAt)],
    ["Afgerond op", day(topic.completedAt)],
  ].filter(([, value]) => value);
  return el("li", { class: "k80-topic" },
    el("h3", {}, `${topic.reference}: ${topic.title}`),
    topic.remark && el("p", { class: "k80-remark" }, el("strong", {}, "Het secretariaat vraagt u aan te vullen: "),
      topic.remark),
    topic.taskId && el("p", {}, el("a", { class: "btn btn-primary", href: `#/?task=${encodeURIComponent(topic.taskId)}`,
      onclick: close }, `Aanvulling geven voor ${topic.reference}`)),
    el("dl", { class: "k80-facts" }, facts.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)])));
}

/** A modal dialog: the browser keeps focus inside and Escape closes it; focus returns to the opening button. */
function openDialog(id, title, fill) {
  document.getElementById(id)?.remove();
  const heading = el("h2", { id: `${id}-title` }, title);
  const body = el("div", { class: "k80-dialog-body" });
  const dialog = el("dialog", { id, class: "k80-dialog", "aria-labelledby": heading.id });
  const close = () => dialog.close();
  dialog.append(el("div", { class: "k80-dialog-header" }, heading,
    el("button", { type: "button", class: "btn btn-default", onclick: close }, "Sluiten")), body);
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  fill(body, close);
}

function showMine(api) {
  openDialog("k80-mine", "Mijn aanmeldingen", (body, close) => {
    const status = el("p", { role: "status" }, "Laden…");
    body.append(status);
    Promise.all([getJson(api, "/mine"), labels(api)]).then(([topics, names]) => {
      status.textContent = topics.length === 0
        ? "U hebt nog geen actuele thema's aangemeld. Dat doet u met Proces starten."
        : `${topics.length} ${topics.length === 1 ? "aanmelding" : "aanmeldingen"}, nieuwste eerst.`;
      body.append(el("ul", { class: "k80-topics" }, topics.map((topic) => topicItem(topic, names, close))));
    }).catch((error) => { status.textContent = error.message; });
  });
}

function select(id, label, options) {
  return el("div", { class: "form-group" }, el("label", { for: id }, label),
    el("select", { id, class: "form-control" }, el("option", { value: "" }, "Alle"),
      Object.entries(options).map(([code, name]) => el("option", { value: code }, name))));
}

function showNetworkTopics(api) {
  openDialog("k80-network", "Thema's van K80", (body, close) => {
    const status = el("p", { role: "status" }, "Laden…");
    body.append(status);
    labels(api).then((names) => {
      const pastScreening = Object.fromEntries(names.statusesPastScreening.map((code) => [code, names.statuses[code]]));
      const form = el("form", { class: "k80-filters", role: "search" },
        el("div", { class: "form-group" }, el("label", { for: "k80-q" }, "Zoek op titel of kenmerk"),
          el("input", { id: "k80-q", type: "search", class: "form-control" })),
        select("k80-theme", "Thema", names.themes), select("k80-status", "Status", pastScreening),
        select("k80-decision", "Besluit", names.decisions),
        el("button", { type: "submit", class: "btn btn-default" }, "Zoeken"));
      const list = el("ul", { class: "k80-topics" });
      const previous = el("button", { type: "button", class: "btn btn-default" }, "Vorige");
      const next = el("button", { type: "button", class: "btn btn-default" }, "Volgende");
      let page = 0;
      const load = () => {
        const query = new URLSearchParams({ page, size: PAGE_SIZE });
        for (const [parameter, field] of [["q", "k80-q"], ["theme", "k80-theme"], ["status", "k80-status"],
          ["decision", "k80-decision"]]) {
          const value = form.querySelector(`#${field}`).value.trim();
          if (value) {
            query.set(parameter, value);
          }
        }
        status.textContent = "Laden…";
        getJson(api, `?${query}`).then((found) => {
          const pages = Math.max(1, Math.ceil(found.total / found.size));
          status.textContent = found.total === 0 ? "Geen thema's gevonden."
            : `${found.total} ${found.total === 1 ? "thema" : "thema's"} gevonden, nieuwste eerst; pagina ${found.page + 1} van ${pages}.`;
          list.replaceChildren(...found.items.map((topic) => topicItem(topic, names, close)));
          previous.disabled = found.page === 0;
          next.disabled = found.page + 1 >= pages;
        }).catch((error) => { status.textContent = error.message; });
      };
      form.addEventListener("submit", (event) => { event.preventDefault(); page = 0; load(); });
      form.addEventListener("change", () => { page = 0; load(); });
      previous.addEventListener("click", () => { page -= 1; load(); });
      next.addEventListener("click", () => { page += 1; load(); });
      body.prepend(el("p", {}, "Alle thema's die de screening zijn gepasseerd: wat K80 besloot en waarom. "
        + "Kijk hier of een thema al bekend is voordat u het aanmeldt."), form);
      body.append(list, el("nav", { class: "k80-pager", "aria-label": "Pagina's" }, previous, next));
      load();
    }).catch((error) => { status.textContent = error.message; });
  });
}

let known = null;
let observing = false;

/** Remembers the official's topics; answers those that were not there the time before. */
function remember(api) {
  return getJson(api, "/mine").then((topics) => {
    const added = known === null ? [] : topics.filter((topic) => !known.has(topic.reference));
    known = new Set(topics.map((topic) => topic.reference));
    return added;
  });
}

/** A live region that exists before anything is announced in it, so screen readers read what comes. */
function announcements() {
  let region = document.getElementById("k80-announcements");
  if (!region) {
    region = el("div", { id: "k80-announcements", class: "k80-announcements", role: "status" });
    document.body.append(region);
  }
  return region;
}

function announce(api, topic) {
  const region = announcements();
  const notice = el("div", { id: "k80-received", class: "alert alert-success" },
    el("button", { type: "button", class: "close", "aria-label": "Melding sluiten", onclick: () => notice.remove() }, "×"),
    el("strong", {}, "Aanmelding ontvangen. "),
    `Uw thema "${topic.title}" heeft kenmerk `, el("strong", { class: "k80-reference" }, topic.reference),
    ". U volgt het in ",
    el("button", { type: "button", class: "btn btn-link k80-inline", onclick: () => { notice.remove(); showMine(api); } },
      "Mijn aanmeldingen"), ".");
  region.replaceChildren(notice);
}

/**
 * Tasklist announces a started process with a short notification and no reference. When a
 * notification appears and the official's list holds a topic it did not hold before, its
 * reference is shown until the official closes the notice. The header renders again after every
 * login, which refreshes what is known.
 */
function announceNewReferences(api) {
  remember(api).catch(() => { known = null; });
  if (observing) {
    return;
  }
  observing = true;
  announcements();
  new MutationObserver((changes) => {
    const notified = changes.some((change) => [...change.addedNodes].some((node) =>
      node.nodeType === Node.ELEMENT_NODE && node.matches(".notifications .alert")));
    if (notified) {
      remember(api).then((added) => added.forEach((topic) => announce(api, topic))).catch(() => {});
    }
  }).observe(document.body, { childList: true, subtree: true });
}

export default [
  {
    id: "k80.following.navbar",
    pluginPoint: "tasklist.navbar.action",
    priority: 50,
    render: (node, { api }) => {
      node.replaceChildren(el("span", { class: "k80-following" },
        el("button", { type: "button", class: "btn btn-link navbar-btn", onclick: () => showMine(api) },
          "Mijn aanmeldingen"),
        el("button", { type: "button", class: "btn btn-link navbar-btn", onclick: () => showNetworkTopics(api) },
          "Thema's van K80")));
      announceNewReferences(api);
    },
  },
];
