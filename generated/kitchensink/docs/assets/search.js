// The search box in the header of every page. The index (search-index.js, built with the docs) is
// loaded with a <script> element the first time the box is used, so pages open quickly and the
// search still works from disk. It covers operations, parameters, fields (nested ones with their
// path) and schemas; results say where the match is and rank exact names first, then names that
// start with the query, names that contain it, and last summaries and descriptions.
(function () {
  "use strict";
  var box = document.querySelector("[data-search]");
  if (!box) return;
  var input = document.getElementById("site-search");
  var panel = document.getElementById("search-panel");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var root = box.getAttribute("data-root") || "";
  var LIMIT = 50;
  var KINDS = { operation: 0, schema: 1, parameter: 2, field: 3 };
  var ROLES = ["request", "response", "error response"];
  var entries = null;
  var texts = [];
  var loading = false;
  var shown = [];
  var active = -1;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // -- the index, turned into one flat list of entries ---------------------------------------
  // aside: 1 for schemas and fields no operation reaches (ranked after those a page uses).

  function build(index) {
    var operations = index.operations || [];
    var schemas = index.schemas || [];
    var built = [];
    texts = (index.texts || []).map(function (text) { return { text: text, lower: text.toLowerCase() }; });

    function place(position) {
      var op = operations[position];
      return op ? op[0] + " " + op[1] : "";
    }
    operations.forEach(function (op, position) {
      built.push({
        kind: "operation", label: op[0] + " " + op[1], keys: [op[2].toLowerCase(), op[1].toLowerCase()],
        title: op[3], text: op[4], href: op[5], where: op[6] ? "in " + op[6] : "", aside: 0, depth: 0, order: position,
      });
    });
    (index.parameters || []).forEach(function (param, position) {
      built.push({
        kind: "parameter", label: param[0], keys: [param[0].toLowerCase()], title: "", text: param[2],
        href: operations[param[3]] ? operations[param[3]][5] : "",
        where: param[1] + " parameter of " + place(param[3]), aside: 0, depth: 0, order: position,
      });
    });
    var fieldCount = 0;
    schemas.forEach(function (schema, position) {
      var reached = schema[3] >= 0;
      var where = reached ? "in " + ROLES[schema[4]] + " of " + place(schema[3]) : "";
      var href = schema[2] || (reached ? operations[schema[3]][5] : "");
      built.push({
        kind: "schema", label: schema[0], keys: [schema[0].toLowerCase()], title: "", text: schema[1],
        href: href, where: where, aside: reached ? 0 : 1, depth: 0, order: position,
      });
      var fields = schema[6] || [];
      for (var i = 0; i < fields.length; i += 2) {
        var path = (reached ? schema[5] : "") + fields[i];
        built.push({
          kind: "field", label: path, keys: [fields[i].toLowerCase(), path.toLowerCase()], title: "", text: fields[i + 1],
          href: reached ? operations[schema[3]][5] : schema[2], where: where || "in schema " + schema[0],
          aside: reached ? 0 : 1, depth: path.split(".").length, order: fieldCount++,
        });
      }
    });
    built.forEach(function (entry) {
      entry.near = (entry.keys.join(" ") + " " + entry.label + " " + entry.title + " " + entry.where).toLowerCase();
    });
    return built;
  }

  function load() {
    if (entries || loading) return;
    if (window.utdkSearchIndex) {
      entries = build(window.utdkSearchIndex);
      return;
    }
    loading = true;
    var script = document.createElement("script");
    script.src = box.getAttribute("data-index");
    script.onload = function () {
      loading = false;
      entries = build(window.utdkSearchIndex || {});
      if (input.value.trim()) search();
    };
    script.onerror = function () {
      loading = false;
      open();
      status.textContent = "The search index could not be loaded.";
    };
    document.head.appendChild(script);
  }

  // -- matching and ranking ------------------------------------------------------------------

  function containsAll(haystack, words) {
    for (var i = 0; i < words.length; i++) if (haystack.indexOf(words[i]) === -1) return false;
    return true;
  }

  // 0 exact name, 1 name starts with the query, 2 name contains it, 3 every word in the name,
  // title or place, 4 every word there or in the description; -1 no match. textWords remembers,
  // per description, which words it holds (descriptions are shared by many entries).
  function rank(entry, query, words, textWords) {
    var best = -1;
    for (var i = 0; i < entry.keys.length; i++) {
      var at = entry.keys[i].indexOf(query);
      var found = at === -1 ? -1 : at > 0 ? 2 : entry.keys[i].length === query.length ? 0 : 1;
      if (found !== -1 && (best === -1 || found < best)) best = found;
    }
    if (best !== -1) return best;
    if (containsAll(entry.near, words)) return 3;
    if (!entry.text) return -1;
    var held = textWords[entry.text];
    if (held === undefined) {
      held = textWords[entry.text] = words.map(function (word) { return texts[entry.text].lower.indexOf(word) !== -1; });
    }
    for (var w = 0; w < words.length; w++) if (!held[w] && entry.near.indexOf(words[w]) === -1) return -1;
    return 4;
  }

  function matches(query) {
    var words = query.split(" ");
    var textWords = [];
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var score = rank(entries[i], query, words, textWords);
      if (score !== -1) found.push({ entry: entries[i], score: score });
    }
    found.sort(function (a, b) {
      return a.score - b.score || KINDS[a.entry.kind] - KINDS[b.entry.kind] || a.entry.aside - b.entry.aside || a.entry.depth - b.entry.depth ||
        a.entry.label.length - b.entry.label.length || a.entry.order - b.entry.order;
    });
    return found;
  }

  // -- showing results -----------------------------------------------------------------------

  function highlighted(text, query) {
    var span = element("span");
    var at = query ? text.toLowerCase().indexOf(query) : -1;
    if (at === -1) {
      span.textContent = text;
      return span;
    }
    span.appendChild(document.createTextNode(text.slice(0, at)));
    span.appendChild(element("mark", "", text.slice(at, at + query.length)));
    span.appendChild(document.createTextNode(text.slice(at + query.length)));
    return span;
  }

  function excerpt(text, words) {
    var lower = text.toLowerCase();
    var at = Math.max(0, lower.indexOf(words[0]) - 40);
    var cut = text.slice(at, at + 140);
    return (at > 0 ? "…" : "") + cut + (at + 140 < text.length ? "…" : "");
  }

  function resultItem(result, position, query, words) {
    var entry = result.entry;
    var item = element("li", "search-result");
    item.id = "search-result-" + position;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    var target = element(entry.href ? "a" : "div", "search-target");
    if (entry.href) {
      target.href = root + entry.href;
      target.tabIndex = -1;
    }
    var head = element("span", "search-head");
    head.appendChild(element("span", "search-kind search-kind-" + entry.kind, entry.kind));
    var name = element("code", "search-name");
    name.appendChild(highlighted(entry.label, query));
    head.appendChild(name);
    target.appendChild(head);
    if (entry.where) target.appendChild(element("span", "search-where", entry.where));
    if (entry.title) target.appendChild(element("span", "search-title", entry.title));
    var description = texts[entry.text] ? texts[entry.text].text : "";
    if (description && result.score >= 3 && !entry.title) target.appendChild(element("span", "search-excerpt", excerpt(description, words)));
    if (!entry.href) target.appendChild(element("span", "search-where", "no page of its own"));
    item.appendChild(target);
    return item;
  }

  function open() {
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function search() {
    var query = input.value.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
    if (!query) {
      list.replaceChildren();
      shown = [];
      close();
      return;
    }
    open();
    if (!entries) {
      status.textContent = "Loading the search index…";
      load();
      return;
    }
    var found = matches(query);
    var words = query.split(" ");
    shown = found.slice(0, LIMIT);
    var fragment = document.createDocumentFragment();
    shown.forEach(function (result, position) { fragment.appendChild(resultItem(result, position, query, words)); });
    list.replaceChildren(fragment);
    active = -1;
    input.removeAttribute("aria-activedescendant");
    status.textContent = found.length === 0 ? "Nothing matches “" + input.value.trim() + "”." :
      found.length > LIMIT ? "The first " + LIMIT + " of " + found.length + " results." :
      found.length === 1 ? "1 result." : found.length + " results.";
    box.setAttribute("data-results-for", query);
    box.dispatchEvent(new CustomEvent("utdk-search-results", { detail: { query: query, count: found.length } }));
  }

  function setActive(position) {
    var items = list.children;
    if (!items.length) return;
    if (active >= 0 && items[active]) {
      items[active].classList.remove("is-active");
      items[active].setAttribute("aria-selected", "false");
    }
    active = (position + items.length) % items.length;
    var item = items[active];
    item.classList.add("is-active");
    item.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", item.id);
    item.scrollIntoView({ block: "nearest" });
  }

  function follow(position) {
    var result = shown[position];
    if (result && result.entry.href) window.location.href = root + result.entry.href;
  }

  input.addEventListener("focus", function () {
    load();
    if (input.value.trim() && list.children.length) open();
  });
  input.addEventListener("input", search);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (panel.hidden && input.value.trim()) search();
      event.preventDefault();
      setActive(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      follow(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      if (!panel.hidden) close();
      else input.value = "";
    }
  });
  // A click on a result must reach the link before the box loses focus and closes.
  panel.addEventListener("mousedown", function (event) { event.preventDefault(); });
  box.addEventListener("focusout", function (event) {
    if (!box.contains(event.relatedTarget)) close();
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
    // On the index page "/" belongs to its filter box (index.js).
    if (event.key === "/" && !typing && !document.getElementById("filter")) {
      event.preventDefault();
      input.focus();
    }
  });
})();
