// ?section=dekking shows one section only (for a screenshot or a printout of one part).
// Filters: organisation, theme, year, status and a text search over every [data-f] item.
// Settings come from the URL (?status=disappeared or #org=Lokalis&q=wachttijd) so a
// filtered view can be shared as a link; the report needs no server and no network.
(function () {
  var fields = ["org", "theme", "year", "status", "q"];
  function control(name) { return document.getElementById("f-" + name); }
  function fromUrl() {
    fields.forEach(function (name) { control(name).value = ""; });
    var raw = (location.search.slice(1) + "&" + (location.hash.indexOf("=") > 0 ? location.hash.slice(1) : ""));
    var params = new URLSearchParams(raw);
    fields.forEach(function (name) { if (params.get(name) !== null) control(name).value = params.get(name); });
  }
  function words(value) { return (value || "").split("|"); }
  function matches(el, want) {
    if (want.org && words(el.dataset.org).indexOf(want.org) < 0) return false;
    if (want.theme && words(el.dataset.theme).indexOf(want.theme) < 0) return false;
    if (want.year && words(el.dataset.year).indexOf(want.year) < 0) return false;
    if (want.status && words(el.dataset.status).indexOf(want.status) < 0) return false;
    if (want.q && el.textContent.toLowerCase().indexOf(want.q) < 0) return false;
    return true;
  }
  function apply() {
    var want = {}, active = false;
    fields.forEach(function (name) { want[name] = control(name).value.trim(); if (want[name]) active = true; });
    want.q = want.q.toLowerCase();
    var items = document.querySelectorAll("[data-f]"), shown = 0;
    items.forEach(function (el) { var ok = matches(el, want); el.hidden = !ok; if (ok) shown++; });
    document.querySelectorAll("[data-group]").forEach(function (group) {
      group.hidden = active && group.querySelector("[data-f]:not([hidden])") === null;
    });
    document.getElementById("filter-count").textContent = active ? shown + " van " + items.length + " onderdelen zichtbaar" : "";
    document.body.dataset.filtered = active ? "yes" : "no";
    if (want.status) document.querySelectorAll("details.ended").forEach(function (d) { d.open = true; });
  }
  function toUrl() {
    var params = new URLSearchParams();
    fields.forEach(function (name) { if (control(name).value) params.set(name, control(name).value); });
    try { history.replaceState(null, "", params.toString() ? "#" + params.toString() : location.pathname); } catch (e) { /* file:// in some browsers */ }
  }
  fields.forEach(function (name) {
    control(name).addEventListener(name === "q" ? "input" : "change", function () { apply(); toUrl(); });
  });
  document.getElementById("f-reset").addEventListener("click", function () {
    fields.forEach(function (name) { control(name).value = ""; }); apply(); toUrl();
  });
  window.addEventListener("beforeprint", function () { document.querySelectorAll("details").forEach(function (d) { d.open = true; }); });
  window.addEventListener("hashchange", function () {
    if (location.hash.indexOf("=") > 0) { fromUrl(); apply(); document.querySelector("main").scrollIntoView(); }
  });
  var only = new URLSearchParams(location.search).get("section");
  if (only) document.querySelectorAll("section.part").forEach(function (part) { part.hidden = part.id !== only; });
  fromUrl();
  apply();
})();
