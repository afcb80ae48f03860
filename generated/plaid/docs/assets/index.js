// The index page's filter box: every word typed must occur in an operation's method, path,
// summary, id or tags. Groups with nothing left are hidden.
(function () {
  "use strict";
  var input = document.getElementById("filter");
  if (!input) return;
  var status = document.getElementById("filter-status");
  var empty = document.getElementById("filter-empty");
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]"));
  var total = document.querySelectorAll("[data-operation]").length;

  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    groups.forEach(function (group) {
      var visibleInGroup = 0;
      group.querySelectorAll("[data-operation]").forEach(function (item) {
        var text = item.getAttribute("data-search") || "";
        var match = words.every(function (word) { return text.indexOf(word) !== -1; });
        item.hidden = !match;
        if (match) visibleInGroup += 1;
      });
      group.hidden = visibleInGroup === 0;
      var link = document.querySelector('[data-group-link="' + group.id + '"]');
      if (link) link.hidden = visibleInGroup === 0;
      shown += visibleInGroup;
    });
    empty.hidden = shown !== 0;
    status.textContent = words.length ? shown + " of " + total + " operations match" : "";
  }

  input.addEventListener("input", apply);
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
    if (event.key === "/" && !typing) {
      event.preventDefault();
      input.focus();
    } else if (event.key === "Escape" && target === input) {
      input.value = "";
      apply();
    }
  });
  if (input.value) apply();
})();
