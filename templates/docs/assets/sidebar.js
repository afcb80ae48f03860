// The sidebar of an operation page: the index's groups (window.utdkNavigation, from navigation.js),
// the current page marked with aria-current and scrolled into view. The current page's group is
// open, the others fold. On narrow screens the list hides behind a button until asked for.
(function () {
  "use strict";
  var nav = document.querySelector("[data-sidebar]");
  var groups = window.utdkNavigation;
  if (!nav || !Array.isArray(groups)) return;
  var root = nav.getAttribute("data-root") || "";
  var current = nav.getAttribute("data-current") || "";

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A long path wraps after a slash, not inside a word.
  function pathText(path, className) {
    var node = element("span", className);
    path.split("/").forEach(function (part, i) {
      if (i > 1) node.appendChild(document.createElement("wbr"));
      if (i > 0) node.appendChild(document.createTextNode("/"));
      node.appendChild(document.createTextNode(part));
    });
    return node;
  }

  var toggle = element("button", "sidebar-toggle");
  toggle.type = "button";
  toggle.id = "sidebar-toggle";
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", "sidebar-groups");
  var list = element("div", "sidebar-groups");
  list.id = "sidebar-groups";
  var currentLink = null;
  var currentGroup = "";

  // A folded group's links are made when it is first opened: a page draws one group, not all of them.
  function fill(details, entries) {
    var items = element("ul", "sidebar-operations");
    entries.forEach(function (entry) {
      var href = entry[0], method = entry[1], path = entry[2], title = entry[3], deprecated = entry[4];
      var link = element("a");
      link.href = root + href;
      link.title = title + (deprecated ? " (deprecated)" : "");
      link.appendChild(element("span", "sidebar-method method-text method-text-" + method.toLowerCase(), method));
      link.appendChild(pathText(path, "sidebar-path" + (deprecated ? " is-deprecated" : "")));
      if (href === current) {
        link.setAttribute("aria-current", "page");
        currentLink = link;
      }
      var item = element("li");
      item.appendChild(link);
      items.appendChild(item);
    });
    details.appendChild(items);
  }

  groups.forEach(function (group) {
    var name = group[0], entries = group[1];
    var details = element("details", "sidebar-group");
    var summary = element("summary");
    summary.appendChild(element("span", "sidebar-group-name", name));
    summary.appendChild(element("span", "group-count", String(entries.length)));
    details.appendChild(summary);
    var holdsCurrent = entries.some(function (entry) { return entry[0] === current; });
    if (holdsCurrent) {
      currentGroup = name;
      details.open = true;
      fill(details, entries);
    } else {
      details.addEventListener("toggle", function filled() {
        if (!details.open) return;
        details.removeEventListener("toggle", filled);
        fill(details, entries);
      });
    }
    list.appendChild(details);
  });

  toggle.appendChild(element("span", "sidebar-toggle-label", "Operations"));
  if (currentGroup) toggle.appendChild(element("span", "sidebar-toggle-group", currentGroup));
  nav.appendChild(toggle);
  nav.appendChild(list);

  // Scroll only the list, never the page: the reader stays at the top of the operation.
  function revealCurrent() {
    if (!currentLink || !list.clientHeight) return;
    var offset = currentLink.getBoundingClientRect().top - list.getBoundingClientRect().top;
    list.scrollTop += offset - list.clientHeight / 3;
  }

  function setOpen(open) {
    nav.classList.toggle("is-open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) revealCurrent();
  }

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      setOpen(false);
      toggle.focus();
    }
  });
  revealCurrent();
})();
