// The K80 board dashboard in Cockpit: decisions per theme, portfolio load against the maximum,
// lead times and a searchable topic register. Data from DashboardResource; all text a user
// typed is put in as text, never as HTML (el, /k80/dom.js).

import { el } from "/k80/dom.js";

const ROUTE = "/k80-dashboard";

function get(api, path) {
  const url = `${api.cockpitApi}/plugin/k80-dashboard/${api.engine}/${path}`;
  return fetch(url, { headers: { Accept: "application/json", "X-XSRF-TOKEN": api.CSRFToken }, credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) {
        throw new Error(response.status === 403
          ? "Het bestuursdashboard is er voor het Dagelijks Bestuur, het secretariaat en beheerders."
          : `Het dashboard kon niet laden (HTTP ${response.status}).`);
      }
      return response.json();
    });
}

function days(leadTime) {
  if (leadTime.medianDays === null) {
    return "nog geen thema's";
  }
  return `${leadTime.medianDays.toLocaleString("nl-NL")} dagen (mediaan over ${leadTime.topics} thema's)`;
}

function bar(value, max, className, label) {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return el("span", { class: `k80-bar ${className}`, style: { width: `${width}%` }, title: label });
}

function section(title, ...content) {
  return el("section", { class: "k80-section", "aria-label": title }, el("h2", {}, title), ...content);
}

function decisionsPerTheme(data) {
  const outcomes = Object.entries(data.outcomes);
  const max = Math.max(1, ...data.decisionsPerTheme.map((row) => row.total));
  const legend = el("p", { class: "k80-legend" }, ...outcomes.map(([code, label]) =>
    el("span", {}, el("span", { class: `k80-swatch k80-${code}`, "aria-hidden": "true" }), ` ${label} `)));
  const head = el("tr", {}, el("th", { scope: "col" }, "Thema"),
    ...outcomes.map(([, label]) => el("th", { scope: "col", class: "k80-number" }, label)),
    el("th", { scope: "col", class: "k80-number" }, "Totaal"), el("th", { scope: "col" }, "Verdeling"));
  const rows = data.decisionsPerTheme.map((row) => el("tr", {},
    el("th", { scope: "row" }, data.themes[row.theme] || row.theme),
    ...outcomes.map(([code]) => el("td", { class: "k80-number" }, row.perOutcome[code])),
    el("td", { class: "k80-number" }, row.total),
    el("td", { class: "k80-chart", "aria-hidden": "true" }, el("span", { class: "k80-stack", style: { width: `${Math.round((row.total / max) * 100)}%` } },
      ...outcomes.filter(([code]) => row.perOutcome[code] > 0).map(([code, label]) =>
        bar(row.perOutcome[code], row.total, `k80-${code}`, `${label}: ${row.perOutcome[code]}`))))));
  return section("Besluiten per thema (alle aanmeldingen)", legend,
    el("table", { class: "table k80-table" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

function portfolioLoad(data) {
  const rows = data.portfolios.map((portfolio) => el("tr", {},
    el("th", { scope: "row" }, portfolio.name),
    el("td", { class: "k80-number" }, `${portfolio.active} van ${portfolio.capacity}`),
    el("td", { class: "k80-number" }, portfolio.open),
    el("td", { class: "k80-chart", "aria-hidden": "true" },
      el("span", { class: "k80-capacity" },
        bar(Math.min(portfolio.active, portfolio.capacity), portfolio.capacity,
          portfolio.active >= portfolio.capacity ? "k80-full" : "k80-active", `${portfolio.active} actief`)))));
  return section("Open thema's per portefeuille tegen het maximum",
    el("p", {}, "Actief: in plan van aanpak of uitvoering. Bij het maximum legt het afwegingskader nieuwe, zeer relevante thema's aan het DB voor."),
    el("table", { class: "table k80-table" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Portefeuille"), el("th", { scope: "col", class: "k80-number" }, "Actief"),
        el("th", { scope: "col", class: "k80-number" }, "Open (alle)"), el("th", { scope: "col" }, "Bezetting"))),
      el("tbody", {}, ...rows)));
}

function leadTimes(data) {
  const max = Math.max(1, ...data.leadTimes.map((bucket) => bucket.topics));
  const rows = data.leadTimes.map((bucket) => el("tr", {},
    el("th", { scope: "row" }, bucket.label),
    el("td", { class: "k80-number" }, bucket.topics),
    el("td", { class: "k80-chart", "aria-hidden": "true" }, bar(bucket.topics, max, "k80-lead", `${bucket.topics} thema's`))));
  return section("Doorlooptijd van aanmelding tot besluit",
    el("p", {}, `Aanmelding tot besluit: ${days(data.toDecision)}. Besluit tot afronding: ${days(data.toCompletion)}.`),
    el("table", { class: "table k80-table" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Doorlooptijd"), el("th", { scope: "col", class: "k80-number" }, "Thema's"),
        el("th", { scope: "col" }, "Verdeling"))),
      el("tbody", {}, ...rows)));
}

function register(api) {
  const input = el("input", { id: "k80-search", type: "search", class: "form-control", placeholder: "bijvoorbeeld K80-2026 of woningbouw" });
  const status = el("p", { class: "k80-status", role: "status" });
  const body = el("tbody");
  const load = () => get(api, `topics?q=${encodeURIComponent(input.value)}`).then((topics) => {
    body.replaceChildren(...topics.map((topic) => el("tr", {},
      el("td", {}, topic.daysOpen === null
        ? topic.reference
        : el("a", { href: `#/process-instance/${encodeURIComponent(topic.processInstanceId)}/runtime` }, topic.reference)),
      el("td", {}, topic.title), el("td", {}, topic.theme), el("td", {}, topic.portfolio), el("td", {}, topic.status),
      el("td", {}, topic.submittedOn))));
    status.textContent = topics.length === 0 ? "Geen thema's gevonden." : `${topics.length} thema's (nieuwste eerst, hoogstens 50).`;
  }).catch((error) => { status.textContent = error.message; });
  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(load, 250); });
  load();
  return section("Themaregister",
    el("label", { for: "k80-search" }, "Zoek op kenmerk, titel of gemeente"), input, status,
    el("table", { class: "table k80-table k80-register" },
      el("thead", {}, el("tr", {}, ...["Kenmerk", "Titel", "Thema", "Portefeuille", "Status", "Aangemeld"].map((title) => el("th", { scope: "col" }, title)))),
      body),
    el("p", {}, "Open thema's linken naar hun proces; afgesloten thema's staan met hun besluit in de beslisgeschiedenis."));
}

function renderDashboard(node, { api }) {
  const page = el("div", { class: "k80-dashboard" }, el("h1", {}, "Bestuursdashboard actuele thema's"), el("p", { role: "status" }, "Laden…"));
  node.replaceChildren(page);
  get(api, "dashboard").then((data) => {
    page.replaceChildren(page.firstChild, decisionsPerTheme(data), portfolioLoad(data), leadTimes(data), register(api));
  }).catch((error) => {
    page.replaceChildren(page.firstChild, el("p", { class: "k80-error", role: "alert" }, error.message));
  });
}

export default [
  {
    id: "k80.dashboard.route",
    pluginPoint: "cockpit.route",
    priority: 0,
    properties: { path: ROUTE },
    render: renderDashboard,
  },
  {
    id: "k80.dashboard.navigation",
    pluginPoint: "cockpit.navigation",
    priority: 100,
    properties: { path: ROUTE },
    render: (node) => {
      node.replaceChildren(el("a", { href: `#${ROUTE}` }, "Bestuursdashboard"));
    },
  },
];
