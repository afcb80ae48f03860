// The Try-it console of an operation page: fields read and validated as you type, the gateway URL kept
// in localStorage per provider (credentials too, only on the gateway's own origin or when the user
// opts in), the live code snippet, and sending the request through the gateway (page <-> gateway
// protocol: <gateway>/<provider><path>, credentials in X-Gateway-Credential-<ENV-VAR> headers, the
// environment in X-Gateway-Environment only when the user picks one). What the gateway will do (its
// environments, its default, the credentials it holds, by name) comes from <gateway>/_gateway/providers/<provider>.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("console-data").textContent);
  var snippetData = JSON.parse(document.getElementById("snippet-data").textContent);
  var byId = function (id) { return document.getElementById(id); };

  var gatewayInput = byId("gateway-url");
  var gatewayError = byId("gateway-url-error");
  var environmentSelect = byId("gateway-environment");
  var sendButton = byId("send");
  var sendHint = byId("send-hint");
  var form = byId("request-form");
  var storageStatus = byId("storage-status");
  var rememberBox = byId("remember-credentials");
  var gatewayInfoLine = byId("gateway-info");
  var credentialInputs = data.credentials.map(function (c) { return { spec: c, input: byId(c.id), state: byId(c.id + "-state") }; });
  var INFO_PATH = "/_gateway/providers/";
  var info = null;           // the gateway's answer for this provider, once known
  var servedByGateway = false;  // this page came from the gateway itself (same origin)

  // ---- saved settings (per provider) ------------------------------------------------------------

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function loadSaved() {
    var store = storage();
    if (!store) return {};
    try { return JSON.parse(store.getItem(data.storageKey) || "{}") || {}; } catch (e) { return {}; }
  }

  // Other files opened from disk share this page's storage; the gateway's own origin is its own.
  function mayStoreCredentials() {
    return rememberBox.checked || (servedByGateway && gatewayOrigin() === window.location.origin);
  }

  function save() {
    var store = storage();
    if (!store) return;
    var credentials = {};
    if (mayStoreCredentials()) {
      credentialInputs.forEach(function (c) { if (c.input.value) credentials[c.spec.envVar] = c.input.value; });
    }
    var saved = { gatewayUrl: gatewayInput.value.trim(), credentials: credentials, remember: rememberBox.checked };
    if (environmentSelect) saved.environment = environmentSelect.value;
    try { store.setItem(data.storageKey, JSON.stringify(saved)); } catch (e) { /* storage full or disabled */ }
    storageStatus.textContent = "";
  }

  function restore() {
    var saved = loadSaved();
    if (typeof saved.gatewayUrl === "string") gatewayInput.value = saved.gatewayUrl;
    rememberBox.checked = saved.remember === true;
    var credentials = saved.credentials || {};
    credentialInputs.forEach(function (c) {
      if (typeof credentials[c.spec.envVar] === "string") c.input.value = credentials[c.spec.envVar];
    });
    if (environmentSelect && typeof saved.environment === "string") {
      var known = Array.prototype.some.call(environmentSelect.options, function (o) { return o.value === saved.environment; });
      if (known) environmentSelect.value = saved.environment;
    }
  }

  function forget() {
    var store = storage();
    if (store) store.removeItem(data.storageKey);
    gatewayInput.value = "";
    credentialInputs.forEach(function (c) { c.input.value = ""; });
    rememberBox.checked = false;
    if (environmentSelect) environmentSelect.selectedIndex = 0;
    if (servedByGateway) gatewayInput.value = window.location.origin;
    updateGateway();
    storageStatus.textContent = "Forgot the saved credentials and gateway URL.";
  }

  // ---- gateway URL ------------------------------------------------------------------------------

  function gatewayBase() {
    var raw = gatewayInput.value.trim();
    if (!raw) return { empty: true };
    var url;
    try { url = new URL(raw); } catch (e) { return { error: "Enter a full URL, such as http://localhost:8787." }; }
    if (url.protocol !== "http:" && url.protocol !== "https:") return { error: "The gateway URL must start with http:// or https://." };
    if (url.search || url.hash) return { error: "Leave out the query string and fragment: enter the gateway's base URL only." };
    return { base: url.origin + url.pathname.replace(/\/+$/, "") };
  }

  function gatewayOrigin() {
    var gateway = gatewayBase();
    return gateway.base ? new URL(gateway.base).origin : null;
  }

  // Where the request will go, as the gateway says; the spec's URLs only until it has answered.
  function destination() {
    var chosen = environmentSelect ? environmentSelect.value : "";
    if (!info) return chosen ? chosen : "the environment the gateway chooses";
    var name = chosen || info["default"];
    var url = null;
    (info.environments || []).forEach(function (e) { if (e.name === name) url = e.url; });
    return (name || "its only server") + (url ? " (" + url + ")" : "") + (chosen ? "" : ", the gateway's default");
  }

  function updateGateway() {
    var gateway = gatewayBase();
    gatewayError.textContent = gateway.error || "";
    gatewayInput.setAttribute("aria-invalid", gateway.error ? "true" : "false");
    sendButton.disabled = !gateway.base;
    if (gateway.empty) sendHint.textContent = "Enter a gateway URL above to enable sending.";
    else if (gateway.error) sendHint.textContent = "Fix the gateway URL above to enable sending.";
    else sendHint.textContent = "Sends through " + gateway.base + " to " + destination() + ".";
  }

  // ---- what the gateway will do -------------------------------------------------------------------

  function fetchInfo(base) {
    return fetch(base + INFO_PATH + encodeURIComponent(data.provider), { mode: "cors", credentials: "omit", cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) { return body && typeof body.gateway === "string" && Array.isArray(body.environments) ? body : null; })
      .catch(function () { return null; });
  }

  var infoTurn = 0;
  function refreshInfo() {
    var gateway = gatewayBase();
    var turn = ++infoTurn;
    if (!gateway.base) { applyInfo(null, ""); return Promise.resolve(); }
    return fetchInfo(gateway.base).then(function (answer) {
      if (turn === infoTurn) applyInfo(answer, gateway.base);
    });
  }

  function setOptions(environments, defaultName) {
    if (!environmentSelect) return;
    var previous = environmentSelect.value;
    environmentSelect.textContent = "";
    var first = document.createElement("option");
    first.value = "";
    first.textContent = "The gateway's default" + (defaultName ? ": " + defaultName : "");
    environmentSelect.appendChild(first);
    environments.forEach(function (e) {
      var option = document.createElement("option");
      option.value = e.name;
      option.textContent = e.name + (e.url ? " · " + e.url : "");
      environmentSelect.appendChild(option);
    });
    var known = environments.some(function (e) { return e.name === previous; });
    environmentSelect.value = known ? previous : "";
  }

  function applyInfo(answer, base) {
    info = answer;
    if (environmentSelect) {
      if (answer) setOptions(answer.environments, answer["default"]);
      else setOptions(data.environments || [], "");
    }
    credentialInputs.forEach(function (c) {
      var held = !!answer && answer.credentials.held.indexOf(c.spec.envVar) >= 0;
      var refused = !!answer && !held && answer.credentials.from_page.indexOf(c.spec.envVar) < 0;
      c.input.hidden = held;
      c.input.disabled = held || refused;
      c.state.hidden = !held && !refused;
      c.state.textContent = held ? "Held by the gateway: its value stays on the server."
        : refused ? "This gateway does not take this credential from the page; its operator sets it." : "";
    });
    if (!base) gatewayInfoLine.textContent = "";
    else if (!answer) gatewayInfoLine.textContent = "The gateway at " + base + " did not say what it will do (not running, or not allowing this page); environments and credentials below are the spec's.";
    else gatewayInfoLine.textContent = "The gateway sends " + data.provider + " requests to " +
      answer.environments.map(function (e) { return e.name; }).join(", ") + "; default: " + (answer["default"] || "its only server") +
      "; credentials it holds: " + (answer.credentials.held.join(", ") || "none") + ".";
    updateGateway();
  }

  function pageCredentialsWanted(c) {
    if (!c.input.value) return false;
    return !info || info.credentials.from_page.indexOf(c.spec.envVar) >= 0;
  }

  // ---- input fields -----------------------------------------------------------------------------

  var INTEGER = /^[+-]?\d+$/;
  var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

  function inBounds(number, bounds) {
    if (!bounds) return true;
    if (bounds.minimum !== null && (bounds.exclusiveMinimum ? number <= bounds.minimum : number < bounds.minimum)) return false;
    if (bounds.maximum !== null && (bounds.exclusiveMaximum ? number >= bounds.maximum : number > bounds.maximum)) return false;
    return true;
  }

  // The field's further constraints (pattern, lengths, format, multipleOf), checked as in nested fields.
  function checked(el, text, state) {
    if (!el.hasAttribute("data-rules")) return state;
    var result = window.UtdkForm.check(text, JSON.parse(el.getAttribute("data-rules")));
    return result.error ? { set: true, error: result.error } : state;
  }

  // {set: false} when the field is empty; {set: true, value} when filled and valid;
  // {set: true, error} when filled but not valid.
  function readField(field) {
    var el = byId(field.id);
    switch (field.widget) {
      case "checkbox":
        return el.dataset.set === "true" ? { set: true, value: el.checked } : { set: false };
      case "select":
        return el.value === "" ? { set: false } : { set: true, value: JSON.parse(el.value) };
      case "file":
        return el.files && el.files.length ? { set: true, value: el.files[0] } : { set: false };
      case "integer":
      case "number": {
        var text = el.value.trim();
        if (!text) return { set: false };
        var pattern = field.widget === "integer" ? INTEGER : NUMBER;
        if (!pattern.test(text)) return { set: true, error: field.widget === "integer" ? "Enter a whole number, such as 42." : "Enter a number, such as 3.5." };
        var number = Number(text);
        if (!isFinite(number) || (field.widget === "integer" && !Number.isSafeInteger(number))) return { set: true, error: "This number is too large to send exactly." };
        if (!inBounds(number, field.bounds)) return { set: true, error: "Out of range: " + field.bounds.text + "." };
        return checked(el, text, { set: true, value: number });
      }
      case "nested": {  // nested fields (assets/form.js): what is valid goes to the snippet, the rest is marked
        var tree = window.UtdkForm.read(el);
        return tree.problem ? { set: tree.set, value: tree.value, error: "Fix the fields inside " + field.name + ".", focus: tree.problem, partial: true }
          : { set: tree.set, value: tree.value };
      }
      case "json": {
        if (!el.value.trim()) return { set: false };
        try { return { set: true, value: JSON.parse(el.value) }; } catch (e) {
          return { set: true, error: "Not valid JSON yet: " + e.message };
        }
      }
      default:
        return el.value === "" ? { set: false } : checked(el, el.value, { set: true, value: el.value });
    }
  }

  function showFieldState(field, state) {
    if (field.widget === "nested") return;  // its inputs show their own messages
    var el = byId(field.id);
    var error = byId(field.id + "-error");
    var message = state.error || "";
    if (error && error.textContent !== message) error.textContent = message;
    el.setAttribute("aria-invalid", message ? "true" : "false");
  }

  function readAll() {
    var values = [];
    var errors = [];
    data.fields.forEach(function (field) {
      var state = readField(field);
      showFieldState(field, state);
      if (state.error) errors.push({ id: field.id, name: field.name, focus: state.focus || byId(field.id) });
      if (state.set && (!state.error || state.partial)) values.push({ field: field, value: state.value });
    });
    return { values: values, errors: errors };
  }

  function setupCheckbox(field) {
    var box = byId(field.id);
    var state = byId(field.id + "-state");
    var clear = document.querySelector('[data-clear="' + field.id + '"]');
    function show() {
      var set = box.dataset.set === "true";
      state.textContent = set ? String(box.checked) : "not sent";
      clear.hidden = !set;
    }
    box.addEventListener("change", function () { box.dataset.set = "true"; show(); });
    box.addEventListener("utdk-sync", show);  // set from code (fill in / clear)
    clear.addEventListener("click", function () {
      box.dataset.set = "false"; box.checked = false; show(); refresh(); box.focus();
    });
    show();
  }

  // ---- live code snippet ------------------------------------------------------------------------

  // Null-prototype maps: a field named __proto__ or constructor is a key like any other.
  function snippetValues(values) {
    var named = Object.create(null);
    values.forEach(function (v) { named[v.field.key] = v.value instanceof File ? v.value.name : v.value; });
    return named;
  }

  function renderSnippets(values) {
    var renderer = window.UtdkSnippets;
    if (!renderer || typeof renderer.render !== "function") return;
    var named = snippetValues(values);
    document.querySelectorAll("[data-snippet]").forEach(function (code) {
      var text = renderer.render(snippetData, code.getAttribute("data-snippet"), named);
      if (typeof text === "string" && code.textContent !== text) code.textContent = text;
    });
  }

  function refresh() {
    renderSnippets(readAll().values);
  }

  // Puts a value into a field the way a user would have typed it (files cannot be set by a page).
  function writeField(field, value) {
    var el = byId(field.id);
    if (field.widget === "file") {
      if (value === undefined) el.value = "";
      return;
    }
    if (field.widget === "nested") {
      window.UtdkForm.write(el, value);
      return;
    }
    if (field.widget === "checkbox") {
      var set = value !== undefined && value !== null;
      el.dataset.set = set ? "true" : "false";
      el.checked = set && value === true;
      el.dispatchEvent(new Event("utdk-sync"));
      return;
    }
    if (field.widget === "select") {
      el.value = "";
      Array.prototype.forEach.call(el.options, function (option) {
        if (option.value !== "" && value !== undefined && JSON.stringify(JSON.parse(option.value)) === JSON.stringify(value)) el.value = option.value;
      });
      return;
    }
    if (value === undefined || value === null) el.value = "";
    else if (field.widget === "json") el.value = JSON.stringify(value, null, 2);
    else el.value = typeof value === "string" ? value : JSON.stringify(value);
  }

  function fillForm(values) {
    data.fields.forEach(function (field) {
      writeField(field, Object.prototype.hasOwnProperty.call(values, field.key) ? values[field.key] : undefined);
    });
    refresh();
  }

  function setupTabs() {
    var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var selected = t === tab;
        t.setAttribute("aria-selected", selected ? "true" : "false");
        t.tabIndex = selected ? 0 : -1;
        byId(t.getAttribute("aria-controls")).hidden = !selected;
      });
      if (focus) tab.focus();
    }
    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () { select(tab, false); });
      tab.addEventListener("keydown", function (event) {
        var next = null;
        if (event.key === "ArrowRight") next = tabs[(index + 1) % tabs.length];
        else if (event.key === "ArrowLeft") next = tabs[(index - 1 + tabs.length) % tabs.length];
        else if (event.key === "Home") next = tabs[0];
        else if (event.key === "End") next = tabs[tabs.length - 1];
        if (next) { event.preventDefault(); select(next, true); }
      });
    });
    var copy = byId("copy-snippet");
    var copyStatus = byId("copy-status");
    if (!copy) return;
    copy.addEventListener("click", function () {
      var panel = document.querySelector('[role="tabpanel"]:not([hidden]) code');
      var text = panel ? panel.textContent : "";
      function done(ok) {
        copyStatus.textContent = ok ? "Copied to the clipboard." : "Copying was blocked; select the code and copy it by hand.";
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
      } else {
        done(fallbackCopy(text));
      }
    });
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  // ---- the request ------------------------------------------------------------------------------
  // Path, query and headers come from the snippet renderer's buildRequest (assets/snippets.js), so
  // the console sends exactly what the snippets and the SDKs send; only the base URL differs.

  var RESERVED = /%(3A|2F|3F|40|24|2B|2C|3B)/gi;

  function encodeQuery(text, allowReserved) {
    var encoded = encodeURIComponent(text);
    return allowReserved ? encoded.replace(RESERVED, function (m) { return decodeURIComponent(m); }) : encoded;
  }

  function queryString(pairs, plan) {
    var reserved = Object.create(null);
    plan.arguments.forEach(function (a) { if (a.location === "query" && a.allowReserved) reserved[a.name] = true; });
    return pairs.map(function (pair) {
      return encodeURIComponent(pair[0]) + "=" + encodeQuery(pair[1], !!reserved[pair[0]]);
    }).join("&");
  }

  function encodeBody(body, files, headers) {
    if (!body) return undefined;
    if (body.kind === "multipart") {
      var parts = new FormData();  // the browser writes the Content-Type with its boundary
      var used = Object.create(null);
      body.parts.forEach(function (part) {
        var list = part.file ? files[part.name] || [] : null;
        if (list) {
          var index = used[part.name] || 0;
          used[part.name] = index + 1;
          if (list[index]) parts.append(part.name, list[index], list[index].name);
        } else {
          parts.append(part.name, part.value);
        }
      });
      return parts;
    }
    headers["Content-Type"] = body.contentType;
    if (body.kind === "json") return JSON.stringify(body.json);
    if (body.kind === "form") {
      return body.pairs.map(function (pair) { return encodeURIComponent(pair[0]) + "=" + encodeURIComponent(pair[1]); }).join("&");
    }
    if (body.kind === "binary") {
      var whole = files[Object.keys(files)[0]];
      return whole ? whole[0] : undefined;
    }
    return body.text;
  }

  // values: [{field, value}] as read from the form. Files travel as their names to buildRequest
  // (that is what the snippets show) and as File objects into the body.
  function buildRequest(base, values) {
    var plan = snippetData.request;
    var named = Object.create(null);
    var files = Object.create(null);
    values.forEach(function (v) {
      if (v.value instanceof File) {
        named[v.field.key] = v.value.name;
        (files[v.field.name] = files[v.field.name] || []).push(v.value);
      } else {
        named[v.field.key] = v.value;
      }
    });
    var built = window.UtdkSnippets.buildRequest(plan, named);
    var headers = Object.create(null);
    built.headers.forEach(function (pair) { headers[pair[0]] = pair[1]; });
    if (environmentSelect && environmentSelect.value) headers["X-Gateway-Environment"] = environmentSelect.value;
    credentialInputs.forEach(function (c) { if (pageCredentialsWanted(c)) headers[c.spec.header] = c.input.value; });
    var query = queryString(built.query, plan);
    return {
      url: base + "/" + encodeURIComponent(data.provider) + built.path + (query ? "?" + query : ""),
      method: built.method,
      headers: headers,
      body: encodeBody(built.body, files, headers)
    };
  }

  // ---- the response panel -----------------------------------------------------------------------

  var panel = byId("response");
  var statusLine = byId("response-status");
  var messageBox = byId("response-message");
  var requestLine = byId("response-request");
  var headerList = byId("response-headers");
  var headerBox = byId("response-headers-box");
  var bodyBox = byId("response-body");
  var credentialsLine = byId("response-credentials");

  // X-Gateway-Credentials: PLAID_CLIENT_ID=gateway, PLAID_SECRET=page (names only).
  function showCredentialsUsed(header) {
    credentialsLine.hidden = header === null;
    if (header === null) return;
    var used = header.split(",").map(function (item) { return item.trim(); }).filter(function (item) { return item && item !== "none"; });
    credentialsLine.textContent = "Credentials used: " + (used.map(function (item) {
      var pair = item.split("=");
      return pair[0] + (pair[1] === "gateway" ? " (held by the gateway)" : " (from this page)");
    }).join(", ") || "none") + ".";
  }

  function showMessage(text) {
    messageBox.textContent = text;
    messageBox.hidden = !text;
  }

  function showStatus(text, ok) {
    statusLine.textContent = "";
    var span = document.createElement("span");
    span.className = ok ? "status-ok" : "status-error";
    span.textContent = text;
    statusLine.appendChild(span);
  }

  function showHeaders(headers) {
    headerList.textContent = "";
    var count = 0;
    headers.forEach(function (value, name) {
      var dt = document.createElement("dt");
      dt.textContent = name;
      var dd = document.createElement("dd");
      dd.textContent = value;
      headerList.appendChild(dt);
      headerList.appendChild(dd);
      count += 1;
    });
    headerBox.hidden = count === 0;
  }

  function formatBody(text, contentType) {
    if (/json/i.test(contentType || "")) {
      try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; }
    }
    return text;
  }

  var GATEWAY_ERRORS = {
    not_found: "The gateway does not know this provider or path.",
    method_not_allowed: "The gateway does not accept this method for this path.",
    forbidden: "The gateway refused the request.",
    payload_too_large: "The request body is larger than the gateway accepts.",
    upstream_timeout: "The API did not answer the gateway in time.",
    upstream_unreachable: "The gateway could not reach the API.",
    bad_request: "The gateway could not understand the request."
  };

  function pageOrigin() {
    return window.location.protocol === "file:" ? "null (pages opened from a file)" : window.location.origin;
  }

  function networkFailure(base) {
    var text = "The request did not get a readable answer from the gateway at " + base + ". ";
    if (window.location.protocol === "https:" && base.indexOf("http:") === 0 && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(base)) {
      return text + "This page was loaded over https, and browsers block requests from it to a plain http address. Use an https gateway URL.";
    }
    return text + "Either the gateway is not running at that address (check the URL and that it is started), " +
      "or the browser blocked the request: if it asked for permission to reach devices on your local network, allow it for this page; " +
      "otherwise the gateway does not allow requests from this page, and browsers hide cross-origin answers unless the gateway lists " +
      "this page's origin, " + pageOrigin() + ", in gateway.cors_origins in generator.yaml. " +
      "Simplest: open the docs the gateway serves itself, " + base + "/docs/.";
  }

  async function send(event) {
    event.preventDefault();
    var gateway = gatewayBase();
    if (!gateway.base) return;
    var read = readAll();
    panel.hidden = false;
    requestLine.hidden = true;
    showHeaders(new Headers());
    showCredentialsUsed(null);
    bodyBox.textContent = "";
    if (read.errors.length) {
      showStatus("Not sent", false);
      showMessage("Fix the highlighted fields first: " + read.errors.map(function (f) { return f.name; }).join(", ") + ".");
      window.UtdkForm.reveal(read.errors[0].focus).focus();
      return;
    }
    var filled = Object.create(null);
    read.values.forEach(function (v) { filled[v.field.id] = true; });
    var missing = data.fields.filter(function (f) { return f.required && !filled[f.id] && f.location !== "cookie"; });
    if (missing.length) {
      showStatus("Not sent", false);
      showMessage("Fill in the required fields first: " + missing.map(function (f) { return f.name; }).join(", ") + ".");
      window.UtdkForm.reveal(window.UtdkForm.firstInput(byId(missing[0].id))).focus();
      return;
    }
    if (!window.UtdkSnippets || !snippetData.request) {
      showStatus("Not sent", false);
      showMessage("This build of the docs has no request builder (assets/snippets.js), so it cannot send requests.");
      return;
    }
    var request = buildRequest(gateway.base, read.values);
    sendButton.disabled = true;
    showMessage("");
    requestLine.textContent = request.method + " " + request.url;
    requestLine.hidden = false;
    showStatus("Sending ...", true);
    var started = performance.now();
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, 120000);
    try {
      var response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        mode: "cors",
        credentials: "omit",
        cache: "no-store",
        redirect: "follow",
        signal: controller.signal
      });
      var contentType = response.headers.get("Content-Type") || "";
      var binary = contentType && !/json|text|xml|javascript|x-www-form-urlencoded/i.test(contentType);
      var text = "";
      var size = 0;
      if (binary) size = (await response.arrayBuffer()).byteLength;
      else text = await response.text();
      var elapsed = Math.round(performance.now() - started);
      showStatus(response.status + " " + (response.statusText || "") + " · " + elapsed + " ms", response.ok);
      showHeaders(response.headers);
      showCredentialsUsed(response.headers.get("X-Gateway-Credentials"));
      var gatewayError = response.headers.get("X-Gateway-Error");
      if (gatewayError) {
        var detail = "";
        try { detail = JSON.parse(text).error.message || ""; } catch (e) { detail = ""; }
        showMessage((GATEWAY_ERRORS[gatewayError] || "The gateway reported an error.") + (detail ? " " + detail : ""));
      }
      bodyBox.textContent = binary ? "Binary response: " + size + " bytes of " + contentType + "." : (formatBody(text, contentType) || "(empty body)");
    } catch (error) {
      var aborted = error && error.name === "AbortError";
      showStatus(aborted ? "No answer" : "Network error", false);
      showMessage(aborted ? "The gateway did not answer within two minutes, so the request was given up." : networkFailure(gateway.base));
    } finally {
      clearTimeout(timer);
      updateGateway();
    }
  }

  // ---- wiring -----------------------------------------------------------------------------------

  restore();
  updateGateway();
  var firstInfo = refreshInfo();
  if (/^https?:$/.test(window.location.protocol) && window.location.pathname.indexOf("/docs/") === 0) {
    // Served by the gateway itself (it serves docs under /docs/)? Then it is the gateway to use, and
    // this origin is its own.
    fetchInfo(window.location.origin).then(function (own) {
      if (own) {
        servedByGateway = true;
        if (!gatewayBase().base) {
          gatewayInput.value = window.location.origin;
          firstInfo.then(function () { applyInfo(own, window.location.origin); });
        }
      }
      save();  // drops credentials saved where this page may no longer keep them
    });
  } else {
    save();
  }
  data.fields.forEach(function (field) {
    if (field.widget === "checkbox") setupCheckbox(field);
    var el = byId(field.id);
    el.addEventListener("input", refresh);
    el.addEventListener("change", refresh);
  });
  var infoTimer = null;
  gatewayInput.addEventListener("input", function () {
    updateGateway(); save();
    clearTimeout(infoTimer);
    infoTimer = setTimeout(refreshInfo, 300);
  });
  rememberBox.addEventListener("change", save);
  if (environmentSelect) environmentSelect.addEventListener("change", function () { updateGateway(); save(); });
  credentialInputs.forEach(function (c) { c.input.addEventListener("input", save); });
  byId("forget").addEventListener("click", forget);
  var fillExample = byId("fill-example");
  if (fillExample) fillExample.addEventListener("click", function () { fillForm(snippetData.example || {}); });
  var clearForm = byId("clear-form");
  if (clearForm) clearForm.addEventListener("click", function () { fillForm({}); });
  form.addEventListener("submit", send);
  setupTabs();
  refresh();
})();
