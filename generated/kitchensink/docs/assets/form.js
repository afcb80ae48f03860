// The nested request fields of the Try-it console (generator/targets/docs/form.py, docs/_form.html):
// reads a field tree into a value and writes a value back into it, checks every input against its
// constraints as it is typed, adds and removes array items, switches union variants, and keeps each
// object's JSON editor in step with its fields. Values are built on null-prototype objects, so
// property names such as __proto__, constructor and toString stay ordinary keys.
(function () {
  "use strict";

  var byId = function (id) { return document.getElementById(id); };
  var INTEGER = /^[+-]?\d+$/;
  var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  var FORMATS = {
    "date-time": [/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/, "2024-01-02T03:04:05Z"],
    "date": [/^\d{4}-\d{2}-\d{2}$/, "2024-01-02"],
    "email": [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "name@example.com"],
    "uuid": [/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "123e4567-e89b-12d3-a456-426614174000"],
    "uri": [/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, "https://example.com/path"],
    "url": [/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, "https://example.com/path"]
  };
  var ID_ATTRIBUTES = ["id", "for", "data-id", "aria-describedby", "aria-controls", "aria-labelledby", "data-add-item", "data-json-toggle", "data-variant-picker"];

  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function isObject(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }
  function rulesOf(el) {
    try { return JSON.parse(el.getAttribute("data-rules") || "{}"); } catch (e) { return {}; }
  }
  function nodesIn(container) {
    return container ? Array.prototype.filter.call(container.children, function (c) { return c.hasAttribute("data-node"); }) : [];
  }
  function itemNode(li) { return li.querySelector("[data-node]"); }
  function itemsOf(el) { return Array.prototype.slice.call(byId(el.getAttribute("data-id") + "-items").children); }
  function variantPanels(el) { return Array.prototype.slice.call(byId(el.getAttribute("data-id") + "-variants").children); }
  function firstInput(el) { return el.matches("input, select, textarea") ? el : el.querySelector("input, select, textarea, summary"); }

  function show(id, message, input) {
    var box = byId(id + "-error");
    if (box && box.textContent !== message) box.textContent = message;
    if (input) input.setAttribute("aria-invalid", message ? "true" : "false");
  }

  function countText(n, unit) { return n + " " + unit + (n === 1 ? "" : "s"); }

  // {value} or {error}: a scalar typed as text, checked against its rules.
  function checkScalar(text, rules) {
    if (rules.type === "integer" || rules.type === "number") {
      var pattern = rules.type === "integer" ? INTEGER : NUMBER;
      if (!pattern.test(text)) return { error: rules.type === "integer" ? "Enter a whole number, such as 42." : "Enter a number, such as 3.5." };
      var number = Number(text);
      if (!isFinite(number) || (rules.type === "integer" && !Number.isSafeInteger(number))) return { error: "This number is too large to send exactly." };
      var low = rules.minimum, high = rules.maximum;
      if ((low !== undefined && (rules.exclusiveMinimum ? number <= low : number < low)) ||
          (high !== undefined && (rules.exclusiveMaximum ? number >= high : number > high))) return { error: "Out of range: " + rules.range + "." };
      if (rules.multipleOf) {
        var ratio = number / rules.multipleOf;
        if (Math.abs(ratio - Math.round(ratio)) > 1e-9) return { error: "Must be a multiple of " + rules.multipleOf + "." };
      }
      return { value: number };
    }
    var length = Array.from(text).length;
    if (rules.minLength !== undefined && length < rules.minLength) return { error: "Too short: at least " + countText(rules.minLength, "character") + " (now " + length + ")." };
    if (rules.maxLength !== undefined && length > rules.maxLength) return { error: "Too long: at most " + countText(rules.maxLength, "character") + " (now " + length + ")." };
    if (rules.pattern) {
      var expression = null;
      try { expression = new RegExp(rules.pattern, "u"); } catch (e) {
        try { expression = new RegExp(rules.pattern); } catch (e2) { expression = null; }  // a pattern only the server understands
      }
      if (expression && !expression.test(text)) return { error: "Does not match the pattern " + rules.pattern + "." };
    }
    var format = FORMATS[rules.format];
    if (format && !format[0].test(text)) return { error: "Not a valid " + rules.format + ", such as " + format[1] + "." };
    return { value: text };
  }

  // ---- reading: {set, value, problem} where problem is the first input to fix (or null) ----------

  function read(el) {
    switch (el.getAttribute("data-node")) {
      case "scalar": return readScalar(byId(el.getAttribute("data-id")));
      case "json": return readJson(byId(el.getAttribute("data-id")), el.getAttribute("data-id"), false);
      case "object": return readObject(el);
      case "array": return readArray(el);
      case "choices": return readChoices(el);
      case "union": return readUnion(el);
      default: return { set: false, problem: null };
    }
  }

  function readScalar(input) {
    var rules = rulesOf(input);
    var result;
    if (input.getAttribute("data-widget") === "select") {
      result = input.value === "" ? null : { value: JSON.parse(input.value) };
    } else {
      var text = rules.type === "string" ? input.value : input.value.trim();
      result = text === "" ? null : checkScalar(text, rules);
    }
    show(input.id, result && result.error ? result.error : "", input);
    if (!result) return { set: false, problem: null };
    return result.error ? { set: false, problem: input } : { set: true, value: result.value, problem: null };
  }

  function readJson(area, id, wantObject) {
    var text = area.value.trim();
    var message = "";
    var state = { set: false, problem: null };
    if (text) {
      try {
        var value = JSON.parse(text);
        if (wantObject && !isObject(value)) message = "Enter a JSON object, such as {\"name\": \"value\"}.";
        else state = { set: true, value: value, problem: null };
      } catch (e) { message = "Not valid JSON yet: " + e.message; }
    }
    show(id, message, area);
    if (message) state.problem = area;
    return state;
  }

  function inJsonMode(el) { return el.getAttribute("data-mode") === "json"; }

  function readObject(el) {
    var id = el.getAttribute("data-id");
    if (inJsonMode(el)) {
      var json = readJson(byId(id + "-json"), id, true);
      if (!json.problem && el.hasAttribute("data-kept")) show(id, "Keys that are not fields of this object keep it as JSON.", null);
      return json;
    }
    var value = Object.create(null);
    var set = false;
    var problem = null;
    var children = nodesIn(byId(id + "-fields"));
    var states = children.map(function (child) {
      var state = read(child);
      if (state.set) { value[child.getAttribute("data-name")] = state.value; set = true; }
      problem = problem || state.problem;
      return state;
    });
    // An object put in as a value ({} from the example, a new array item) is sent even while empty.
    if (el.hasAttribute("data-present")) set = true;
    children.forEach(function (child, index) {
      if (!set || states[index].set || states[index].problem || !child.hasAttribute("data-required")) return;
      var label = el.getAttribute("data-name") || "this object";
      show(child.getAttribute("data-id"), "Required when " + label + " is sent.", firstInput(child));
      problem = problem || firstInput(child);
    });
    show(id, "", null);
    return { set: set, value: value, problem: problem };
  }

  function checkCount(el, count) {
    var rules = rulesOf(el);
    var message = "";
    if (count && rules.minItems !== undefined && count < rules.minItems) message = "Choose at least " + countText(rules.minItems, "item") + ".";
    if (rules.maxItems !== undefined && count > rules.maxItems) message = "Choose at most " + countText(rules.maxItems, "item") + ".";
    show(el.getAttribute("data-id"), message, null);
    return message;
  }

  function readArray(el) {
    var values = [];
    var problem = null;
    itemsOf(el).forEach(function (li) {
      var state = read(itemNode(li));
      if (state.set) values.push(state.value);
      problem = problem || state.problem;
    });
    if (checkCount(el, values.length)) problem = problem || el.querySelector("[data-add-item]");
    return { set: values.length > 0, value: values, problem: problem };
  }

  function readChoices(el) {
    var boxes = Array.prototype.slice.call(el.querySelectorAll("[data-choice]"));
    var values = boxes.filter(function (box) { return box.checked; }).map(function (box) { return JSON.parse(box.value); });
    var problem = checkCount(el, values.length) ? boxes[0] : null;
    return { set: values.length > 0, value: values, problem: problem };
  }

  function readUnion(el) {
    var picker = byId(el.getAttribute("data-id") + "-variant");
    if (picker.value === "") return { set: false, problem: null };
    return read(itemNode(variantPanels(el)[Number(picker.value)]));
  }

  // ---- writing a value into the fields (fill in the example, JSON back into fields) ---------------

  function write(el, value) {
    var id = el.getAttribute("data-id");
    switch (el.getAttribute("data-node")) {
      case "scalar": writeScalar(byId(id), value); break;
      case "json": byId(id).value = value === undefined ? "" : JSON.stringify(value, null, 2); break;
      case "object": writeObject(el, value); break;
      case "array":
        byId(id + "-items").textContent = "";
        if (Array.isArray(value)) value.forEach(function (item) { write(itemNode(addItem(el)), item); });
        break;
      case "choices":
        el.querySelectorAll("[data-choice]").forEach(function (box) {
          box.checked = Array.isArray(value) && value.some(function (v) { return JSON.stringify(v) === JSON.stringify(JSON.parse(box.value)); });
        });
        break;
      case "union": writeUnion(el, value); break;
    }
  }

  function writeScalar(input, value) {
    if (input.getAttribute("data-widget") === "select") {
      input.value = "";
      Array.prototype.forEach.call(input.options, function (option) {
        if (option.value !== "" && value !== undefined && option.value === JSON.stringify(value)) input.value = option.value;
      });
    } else {
      input.value = value === undefined || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);
    }
  }

  // The JSON editor always; the fields too when every key of the value has one, else the object
  // switches to its JSON editor (nothing is dropped). Returns whether the fields took the value.
  function writeObject(el, value) {
    var id = el.getAttribute("data-id");
    var children = nodesIn(byId(id + "-fields"));
    var names = children.map(function (child) { return child.getAttribute("data-name"); });
    var fits = value === undefined || (isObject(value) && Object.keys(value).every(function (k) { return names.indexOf(k) >= 0; }));
    byId(id + "-json").value = value === undefined ? "" : JSON.stringify(value, null, 2);
    el.toggleAttribute("data-present", isObject(value));
    if (fits) {
      children.forEach(function (child) {
        var name = child.getAttribute("data-name");
        write(child, value !== undefined && own(value, name) ? value[name] : undefined);
      });
    }
    if (fits) el.removeAttribute("data-kept");
    else { el.setAttribute("data-kept", ""); setMode(el, "json"); }
    return fits;
  }

  function setMode(el, mode) {
    var id = el.getAttribute("data-id");
    var button = el.querySelector('[data-json-toggle="' + id + '"]');
    el.setAttribute("data-mode", mode);
    byId(id + "-json").hidden = mode !== "json";
    byId(id + "-fields").hidden = mode === "json";
    button.setAttribute("aria-pressed", mode === "json" ? "true" : "false");
    button.textContent = mode === "json" ? "Edit as fields" : "Edit as JSON";
  }

  // How well a variant's node takes a value: the variant chosen for a written value scores highest.
  function fitness(el, value) {
    var kind = el.getAttribute("data-node");
    if (kind === "object") {
      if (!isObject(value)) return 0;
      var names = nodesIn(byId(el.getAttribute("data-id") + "-fields")).map(function (c) { return c.getAttribute("data-name"); });
      var keys = Object.keys(value);
      return 2 + keys.filter(function (k) { return names.indexOf(k) >= 0; }).length - keys.filter(function (k) { return names.indexOf(k) < 0; }).length;
    }
    if (kind === "array" || kind === "choices") return Array.isArray(value) ? 2 : 0;
    if (kind === "union") return 1;
    if (kind === "json") return 0.5;
    var input = byId(el.getAttribute("data-id"));
    if (input.getAttribute("data-widget") === "select") {
      return Array.prototype.some.call(input.options, function (o) { return o.value === JSON.stringify(value); }) ? 3 : 0;
    }
    var type = rulesOf(input).type;
    return (type === "string" && typeof value === "string") || ((type === "number" || type === "integer") && typeof value === "number") ? 2 : 0;
  }

  function writeUnion(el, value) {
    var picker = byId(el.getAttribute("data-id") + "-variant");
    var panels = variantPanels(el);
    var best = -1, bestScore = 0;
    if (value !== undefined) {
      panels.forEach(function (panel, index) {
        var score = fitness(itemNode(panel), value);
        if (score > bestScore) { best = index; bestScore = score; }
      });
    }
    picker.value = best < 0 ? "" : String(best);
    panels.forEach(function (panel, index) {
      panel.hidden = index !== best;
      write(itemNode(panel), index === best ? value : undefined);
    });
  }

  // ---- array items ------------------------------------------------------------------------------

  function renameIds(root, from, to) {
    root.querySelectorAll("*").forEach(function (element) {
      ID_ATTRIBUTES.forEach(function (name) {
        var text = element.getAttribute(name);
        if (text && text.indexOf(from) >= 0) element.setAttribute(name, text.split(from).join(to));
      });
      if (element.tagName === "TEMPLATE") renameIds(element.content, from, to);
    });
  }

  function addItem(el) {
    var id = el.getAttribute("data-id");
    var serial = Number(el.getAttribute("data-serial") || "0") + 1;
    el.setAttribute("data-serial", String(serial));
    var fragment = byId(id + "-template").content.cloneNode(true);
    renameIds(fragment, id + "-item", id + "-n" + serial);
    var li = fragment.firstElementChild;
    if (itemNode(li).getAttribute("data-node") === "object") itemNode(li).setAttribute("data-present", "");
    byId(id + "-items").appendChild(fragment);
    numberItems(el);
    return li;
  }

  function numberItems(el) {
    var name = el.getAttribute("data-name") || "item";
    itemsOf(el).forEach(function (li, index) {
      li.querySelector(".node-item-label").textContent = "Item " + (index + 1);
      li.querySelector("[data-remove-item]").setAttribute("aria-label", "Remove " + name + " item " + (index + 1));
    });
  }

  function changed(el) { el.dispatchEvent(new Event("input", { bubbles: true })); }

  function toggleJson(el) {
    var id = el.getAttribute("data-id");
    if (!inJsonMode(el)) {
      var state = readObject(el);
      byId(id + "-json").value = state.set ? JSON.stringify(state.value, null, 2) : "";
      setMode(el, "json");
      return;
    }
    var parsed = readJson(byId(id + "-json"), id, true);
    if (parsed.problem) return;  // stays in JSON until it parses
    if (writeObject(el, parsed.set ? parsed.value : undefined)) setMode(el, "fields");
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-add-item], [data-remove-item], [data-json-toggle]");
    if (!target || !target.closest("#request-form")) return;
    var el;
    if (target.hasAttribute("data-add-item")) {
      el = byId(target.getAttribute("data-add-item"));
      var li = addItem(el);
      var input = firstInput(itemNode(li));
      if (input) input.focus();
    } else if (target.hasAttribute("data-remove-item")) {
      var item = target.closest("li");
      el = item.parentNode.closest("[data-node]");
      item.remove();
      numberItems(el);
      var add = el.querySelector('[data-add-item="' + el.getAttribute("data-id") + '"]');
      if (add) add.focus();
    } else {
      el = byId(target.getAttribute("data-json-toggle"));
      toggleJson(el);
    }
    changed(el);
  });

  document.addEventListener("change", function (event) {
    var picker = event.target.closest && event.target.closest("[data-variant-picker]");
    if (!picker) return;
    var el = byId(picker.getAttribute("data-variant-picker"));
    var chosen = null;
    variantPanels(el).forEach(function (panel, index) {
      panel.hidden = String(index) !== picker.value;
      if (!panel.hidden) chosen = panel;
    });
    // The discriminator property says which variant this is: set it, unless already chosen.
    var tag = chosen && chosen.getAttribute("data-tag-name");
    var object = chosen && itemNode(chosen);
    if (!tag || object.getAttribute("data-node") !== "object") return;
    nodesIn(byId(object.getAttribute("data-id") + "-fields")).forEach(function (child) {
      var input = byId(child.getAttribute("data-id"));
      if (child.getAttribute("data-name") !== tag || child.getAttribute("data-node") !== "scalar" || input.value !== "") return;
      writeScalar(input, JSON.parse(chosen.getAttribute("data-tag-value")));
      changed(input);
    });
  });

  // While an object is edited as JSON, its hidden fields follow whenever the text parses.
  document.addEventListener("input", function (event) {
    var area = event.target;
    if (!area.classList || !area.classList.contains("node-json")) return;
    var el = area.closest("[data-node]");
    var text = area.value.trim();
    var value;
    try { value = text ? JSON.parse(text) : undefined; } catch (e) { return; }
    if (value !== undefined && !isObject(value)) return;
    var before = area.value;
    writeObject(el, value);
    area.value = before;
  });

  // Opens the folded groups around an input, so it can take the focus.
  function reveal(input) {
    for (var d = input.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    return input;
  }

  window.UtdkForm = {
    read: read,
    check: checkScalar,
    reveal: reveal,
    write: function (el, value) { write(el, value); },
    firstInput: firstInput
  };
})();
