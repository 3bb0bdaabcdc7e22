/*
 * kefu agent desk. Plain JavaScript, no dependencies; it talks only to the kefu server that served it.
 * Every text from a customer, an agent or the knowledge base is rendered with textContent, never as HTML.
 * Every state-changing call sends the session's CSRF token. The desk is live: its socket (/desk/api/live)
 * tells it when the queue or the open conversation changed, and it then reads them again. While the
 * socket is down it reconnects (waiting longer each time, up to RECONNECT_MAX_MS), reads everything
 * every FALLBACK_POLL_MS, and reads everything again once the socket is back.
 */
(function () {
  "use strict";
  var TEXT = window.KEFU_DESK_TEXT;
  var FALLBACK_POLL_MS = 20000;
  var RECONNECT_MIN_MS = 1000;
  // an agent not heard from for kefu.handoff.presence-timeout (2 minutes) counts as offline
  var HEARTBEAT_MS = 30000;
  var RECONNECT_MAX_MS = 15000;
  var CUE_DELAY_MS = 100;
  var TYPING_SHOWN_MS = 8000;
  var ROLES = ["AGENT", "SUPERVISOR", "ADMIN"];
  var LANG_KEY = "kefu.desk.language";
  var desk = { lang: initialLanguage(), csrf: null, user: null, role: null, open: null, detail: null,
               shownSequence: -1, conversationAsks: 0, canned: [], timer: null,
               socket: null, live: false, dropped: false, backoff: RECONNECT_MIN_MS, reconnectTimer: null,
               cued: { lists: false, conversation: false }, cueTimer: null,
               typingSent: 0, typingStop: null, customerTypingTimer: null };

  function $(id) { return document.getElementById(id); }

  function initialLanguage() {
    var saved = localStorage.getItem(LANG_KEY);
    if (saved && TEXT[saved]) return saved;
    var tag = (navigator.language || "en").toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return "zh-TW";
    return tag.indexOf("zh") === 0 ? "zh-CN" : "en";
  }

  function t(key, vars) {
    var text = TEXT[desk.lang][key];
    if (text === undefined) text = TEXT.en[key] !== undefined ? TEXT.en[key] : key;
    Object.keys(vars || {}).forEach(function (name) { text = text.replace("{" + name + "}", vars[name]); });
    return text;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function applyLanguage() {
    document.documentElement.lang = desk.lang === "en" ? "en" : desk.lang === "zh-TW" ? "zh-Hant-TW" : "zh-Hans-CN";
    $("language").value = desk.lang;
    document.querySelectorAll("[data-i18n]").forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach(function (node) {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    });
    document.title = t("title");
    renderCanned();
    if (window.KEFU_DESK_ADMIN) window.KEFU_DESK_ADMIN.relabel();
    renderConnection();
    if (desk.user) refresh();
  }

  // --- the server ------------------------------------------------------------------------------

  /**
   * A call to the server: {@code body} is sent as JSON, or as is when it is FormData (a file
   * upload), {@code form} URL-encoded. A failure rejects with an Error whose {@code status} is the
   * HTTP status and whose {@code problem} is the RFC 9457 body, when there is one.
   */
  function call(method, path, body, form) {
    var headers = {};
    if (desk.csrf) headers[desk.csrf.header] = desk.csrf.token;
    var init = { method: method, credentials: "same-origin", headers: headers };
    if (body instanceof FormData) {
      init.body = body;
    } else if (form) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = new URLSearchParams(form).toString();
    } else if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      if (!response.ok) {
        var error = new Error(t("failed", { n: response.status }));
        error.status = response.status;
        return response.json().then(function (problem) { error.problem = problem; throw error; },
          function () { throw error; });
      }
      return response.status === 204 ? null : response.json();
    });
  }

  function agentPath(id, action) {
    return "/api/v1/agent/conversations/" + encodeURIComponent(id) + (action ? "/" + action : "");
  }

  function loadSession() {
    return call("GET", "/desk/api/session").then(function (session) {
      desk.csrf = { header: session.csrfHeader, token: session.csrfToken };
      desk.user = session.username || null;
      desk.role = session.role || null;
      if (desk.user) showDesk(); else showLogin();
    });
  }

  function holds(role) { return desk.role && ROLES.indexOf(desk.role) >= ROLES.indexOf(role); }

  // --- signing in and out ----------------------------------------------------------------------

  function showLogin() {
    stopPolling();
    disconnectLive();
    desk.dropped = false;
    $("login").hidden = false;
    document.querySelector(".tabs").hidden = true;
    ["work", "supervisor", "admin"].forEach(function (id) { $(id).hidden = true; });
    document.querySelectorAll(".signed-in").forEach(function (node) { node.hidden = true; });
    $("login-form").elements.username.focus();
  }

  function signIn(event) {
    event.preventDefault();
    var form = $("login-form");
    $("login-error").textContent = "";
    call("POST", "/desk/login", undefined, { username: form.elements.username.value, password: form.elements.password.value })
      .then(function () { form.reset(); return loadSession(); })
      .catch(function (error) {
        $("login-error").textContent = error.status === 401 ? t("wrongPassword") : error.message;
        form.elements.password.value = "";
        form.elements.password.focus();
      });
  }

  function signOut() {
    disconnectLive();
    call("POST", "/desk/logout").then(loadSession, loadSession);
  }

  function showDesk() {
    $("login").hidden = true;
    document.querySelector(".tabs").hidden = false;
    document.querySelectorAll(".signed-in").forEach(function (node) { node.hidden = false; });
    $("user").textContent = desk.user;
    document.querySelectorAll("[role=tab]").forEach(function (tab) {
      tab.hidden = !!tab.dataset.role && !holds(tab.dataset.role);
    });
    call("GET", "/desk/api/canned").then(function (canned) { desk.canned = canned; renderCanned(); }, function () { });
    call("GET", "/desk/api/agents").then(renderColleagues, function () { });
    selectTab($("tab-work"));
    if (!desk.timer) startPolling();
    if (!desk.socket) connectLive();
  }

  // --- tabs ------------------------------------------------------------------------------------

  function selectTab(tab) {
    document.querySelectorAll("[role=tab]").forEach(function (other) {
      var selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !selected;
    });
    if (tab.id === "tab-admin" && window.KEFU_DESK_ADMIN) window.KEFU_DESK_ADMIN.show();
    refresh();
  }

  function tabKeys(event) {
    var tabs = Array.prototype.filter.call(document.querySelectorAll("[role=tab]"), function (tab) { return !tab.hidden; });
    var index = tabs.indexOf(event.target);
    if (index < 0 || (event.key !== "ArrowRight" && event.key !== "ArrowLeft")) return;
    var next = tabs[(index + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
    next.focus();
    selectTab(next);
  }

  // --- live: the desk's socket; polling while it is down --------------------------------------

  function connectLive() {
    disconnectLive();
    setLive(false);
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/desk/api/live");
    desk.socket = socket;
    socket.onmessage = function (message) {
      if (socket === desk.socket) onCue(JSON.parse(message.data));
    };
    socket.onclose = function () {
      if (socket !== desk.socket) return;
      desk.socket = null;
      desk.dropped = true;
      setLive(false);
      scheduleReconnect();
    };
  }

  function disconnectLive() {
    clearTimeout(desk.reconnectTimer);
    desk.reconnectTimer = null;
    var socket = desk.socket;
    desk.socket = null;
    if (socket) socket.close();
    desk.live = false;
  }

  /** After a drop: the next try waits longer; a desk whose session ended shows the sign-in form instead. */
  function scheduleReconnect() {
    var wait = desk.backoff;
    desk.backoff = Math.min(desk.backoff * 2, RECONNECT_MAX_MS);
    desk.reconnectTimer = setTimeout(function () {
      desk.reconnectTimer = null;
      call("GET", "/desk/api/session").then(function (session) {
        if (session.username === desk.user) connectLive(); else loadSession();
      }, scheduleReconnect);
    }, wait);
  }

  /** Live: everything read again once, for what happened while the socket was down. */
  function setLive(on) {
    desk.live = on;
    if (on) {
      desk.backoff = RECONNECT_MIN_MS;
      desk.dropped = false;
      watchOpen();
      refresh();
    }
    renderConnection();
  }

  function renderConnection() {
    var note = $("connection");
    note.textContent = !desk.user ? "" : desk.live ? t("live") : desk.dropped ? t("reconnecting") : t("connecting");
    note.classList.toggle("down", !desk.live);
  }

  setInterval(function () { sendLive({ type: "ping" }); }, HEARTBEAT_MS);

  function sendLive(message) {
    if (desk.live && desk.socket) desk.socket.send(JSON.stringify(message));
  }

  function watchOpen() {
    sendLive({ type: "watch", conversationId: desk.open || "" });
  }

  /** What the server says changed; a burst of cues is read once. */
  function onCue(cue) {
    if (cue.type === "ready") {
      // a server that restarted has forgotten the agent's presence: the desk says it again
      if (cue.agent && $("presence").value !== "OFFLINE") setPresence();
      setLive(true);
    } else if (cue.type === "queue") {
      readSoon("lists");
    } else if (cue.type === "conversation" && cue.conversationId === desk.open) {
      if (cue.kind === "CUSTOMER_MESSAGE") showCustomerTyping(false);
      readSoon("conversation");
    } else if (cue.type === "typing" && cue.conversationId === desk.open) {
      showCustomerTyping(cue.typing);
    }
  }

  function readSoon(what) {
    desk.cued[what] = true;
    if (desk.cueTimer) return;
    desk.cueTimer = setTimeout(function () {
      var cued = desk.cued;
      desk.cueTimer = null;
      desk.cued = { lists: false, conversation: false };
      if (cued.lists) refreshLists();
      if (cued.conversation && desk.open && !$("work").hidden) loadConversation();
    }, CUE_DELAY_MS);
  }

  function showCustomerTyping(on) {
    clearTimeout(desk.customerTypingTimer);
    $("typing").hidden = !on;
    if (on) desk.customerTypingTimer = setTimeout(function () { $("typing").hidden = true; }, TYPING_SHOWN_MS);
  }

  /** The agent's typing, told at most every 3 s while they type and once when they stop. */
  function agentTyping() {
    var now = Date.now();
    if (now - desk.typingSent > 3000) {
      desk.typingSent = now;
      sendLive({ type: "typing", typing: true });
    }
    clearTimeout(desk.typingStop);
    desk.typingStop = setTimeout(stopAgentTyping, 4000);
  }

  function stopAgentTyping() {
    clearTimeout(desk.typingStop);
    if (desk.typingSent) {
      desk.typingSent = 0;
      sendLive({ type: "typing", typing: false });
    }
  }

  function startPolling() {
    stopPolling();
    desk.timer = setInterval(poll, FALLBACK_POLL_MS);
  }

  /**
   * While the socket is down, everything; while it is live, only the supervisor's overview, whose
   * presence and waiting times no conversation event tells.
   */
  function poll() {
    if (!desk.live) refresh();
    else if (!$("supervisor").hidden) call("GET", "/desk/api/supervisor/overview").then(renderOverview, onError);
  }

  function stopPolling() {
    if (desk.timer) clearInterval(desk.timer);
    desk.timer = null;
  }

  function refresh() {
    refreshLists();
    if (!$("work").hidden && desk.open) loadConversation();
    if (!$("admin").hidden) call("GET", "/desk/api/admin/users").then(renderUsers, onError);
  }

  /** The queue and the agent's conversations, or the supervisor's overview: what a change of state moves. */
  function refreshLists() {
    if (!$("work").hidden) {
      call("GET", "/api/v1/agent/queue").then(function (queue) { renderQueue(queue.conversations); }, onError);
      call("GET", "/desk/api/mine").then(renderMine, onError);
    }
    if (!$("supervisor").hidden) call("GET", "/desk/api/supervisor/overview").then(renderOverview, onError);
  }

  function onError(error) {
    if (error.status === 401) loadSession();
  }

  // --- the queue and the agent's conversations ------------------------------------------------

  function waited(seconds) {
    return t("waited", { n: seconds < 120 ? t("seconds", { n: seconds }) : t("minutes", { n: Math.round(seconds / 60) }) });
  }

  function conversationButton(id, label, details) {
    var item = el("li");
    var button = el("button", "item" + (id === desk.open ? " current" : ""));
    button.type = "button";
    button.dataset.id = id;
    button.appendChild(el("span", "label", label));
    button.appendChild(el("span", "details", details.filter(Boolean).join(" · ")));
    if (id === desk.open) button.setAttribute("aria-current", "true");
    button.addEventListener("click", function () { openConversation(id); });
    item.appendChild(button);
    return item;
  }

  function renderQueue(waiting) {
    var list = $("queue");
    var focused = document.activeElement && list.contains(document.activeElement) ? document.activeElement.dataset.id : null;
    clear(list);
    waiting.forEach(function (w) {
      list.appendChild(conversationButton(w.id, "#" + w.position + " " + (w.reason ? t(w.reason) : ""),
        [w.language, t("sentiment") + " " + w.sentiment, waited(w.waitSeconds)]));
    });
    $("queue-count").textContent = "(" + waiting.length + ")";
    $("queue-empty").hidden = waiting.length > 0;
    if (focused) {
      var again = list.querySelector("[data-id='" + CSS.escape(focused) + "']");
      if (again) again.focus();
    }
  }

  function renderMine(assigned) {
    var list = $("mine");
    clear(list);
    assigned.forEach(function (a) {
      list.appendChild(conversationButton(a.id, a.reason ? t(a.reason) : a.id.slice(0, 8), [a.language]));
    });
  }

  // --- the open conversation ------------------------------------------------------------------

  function openConversation(id) {
    desk.open = id;
    desk.shownSequence = -1;
    $("none-open").hidden = true;
    $("open").hidden = false;
    $("reply-status").textContent = "";
    showCustomerTyping(false);
    stopAgentTyping();
    watchOpen();
    loadConversation();
    loadSuggestions();
    loadAssist();
    document.querySelectorAll(".item").forEach(function (button) {
      var current = button.dataset.id === id;
      button.classList.toggle("current", current);
      if (current) button.setAttribute("aria-current", "true"); else button.removeAttribute("aria-current");
    });
  }

  function loadConversation() {
    var id = desk.open;
    // answers can come back out of order: only the newest question's answer is shown
    var ask = ++desk.conversationAsks;
    return call("GET", agentPath(id)).then(function (detail) {
      if (id === desk.open && ask === desk.conversationAsks) renderConversation(detail);
    }, function (error) {
      $("reply-status").textContent = error.message;
      onError(error);
    });
  }

  function speaker(line) {
    if (line.kind === "CUSTOMER_MESSAGE") return "customer";
    if (line.kind === "AGENT_MESSAGE") return "agent";
    return "bot";
  }

  function renderConversation(detail) {
    desk.detail = detail;
    $("state").textContent = t("state", { s: t(detail.state) }) + (detail.assignee ? " · " + detail.assignee : "");
    var mine = detail.state === "AGENT" && detail.assignee === desk.user;
    $("claim").disabled = detail.state !== "QUEUED";
    $("transfer").disabled = !mine;
    $("return").disabled = !mine;
    $("resolve").disabled = !mine;
    $("send").disabled = !mine;
    var last = detail.transcript.length ? detail.transcript[detail.transcript.length - 1].sequence : 0;
    if (last !== desk.shownSequence) {
      desk.shownSequence = last;
      var log = $("transcript");
      clear(log);
      detail.transcript.forEach(function (line) {
        var who = speaker(line);
        var item = el("li", "msg msg-" + who);
        var name = who === "agent" ? line.actor.replace(/^agent:/, "") : t(who);
        item.appendChild(el("span", "who", name));
        item.appendChild(el("span", "text", line.text));
        log.appendChild(item);
      });
      log.scrollTop = log.scrollHeight;
    }
    var notes = $("notes");
    clear(notes);
    detail.notes.forEach(function (note) {
      var item = el("li", "note");
      item.appendChild(el("span", "who", note.actor.replace(/^agent:/, "")));
      item.appendChild(el("span", "text", note.text));
      notes.appendChild(item);
    });
    renderAnalysis(detail);
  }

  function renderAnalysis(detail) {
    var analysis = detail.analysis || {};
    var summary = detail.summary || {};
    var sentiment = analysis.sentiment || {};
    var rows = [
      ["reason", detail.handoffReason ? t(detail.handoffReason) : t("none")],
      ["lang", detail.language || t("none")],
      ["intent", (analysis.intents || []).join(", ") || t("none")],
      ["sentiment", sentiment.mean === undefined ? t("none") : sentiment.mean],
      ["trend", sentiment.trend ? t(sentiment.trend) : t("none")],
      ["entities", (summary.entities || []).join(", ") || t("none")]
    ];
    var list = $("analysis");
    clear(list);
    rows.forEach(function (row) {
      list.appendChild(el("dt", null, t(row[0])));
      list.appendChild(el("dd", null, row[1]));
    });
    $("summary").textContent = summary.text || t("none");
  }

  function loadSuggestions() {
    var id = desk.open;
    call("GET", "/desk/api/conversations/" + encodeURIComponent(id) + "/kb-suggestions").then(function (suggestions) {
      if (id !== desk.open) return;
      var list = $("kb");
      clear(list);
      suggestions.forEach(function (s) { list.appendChild(suggestionItem(s.question, s.answer)); });
    }, onError);
  }

  /** A reply the agent may insert, under its title (a KB question), or alone. */
  function suggestionItem(title, text) {
    var item = el("li");
    if (title) item.appendChild(el("strong", null, title));
    item.appendChild(el("p", null, text));
    var use = el("button", null, t("insert"));
    use.type = "button";
    use.setAttribute("aria-label", t("usePrefix") + ": " + (title || text));
    use.addEventListener("click", function () { insertReply(text); });
    item.appendChild(use);
    return item;
  }

  /**
   * The language model's summary and suggested replies, shown only when one is configured.
   * Fetched once per opening, not on every refresh: each costs model calls.
   */
  function loadAssist() {
    var id = desk.open;
    $("assist").hidden = true;
    call("GET", agentPath(id, "assist")).then(function (assist) {
      if (id !== desk.open || !assist.model) return;
      var summary = assist.summary;
      $("assist-summary").textContent = summary ? summary.issue + " " + summary.botTried : t("none");
      var list = $("assist-replies");
      clear(list);
      assist.suggestedReplies.forEach(function (s) { list.appendChild(suggestionItem(null, s.text)); });
      $("assist").hidden = false;
    }, function () { });
  }

  function insertReply(text) {
    var reply = $("reply");
    reply.value = reply.value ? reply.value + "\n" + text : text;
    reply.focus();
  }

  /** A canned answer in the open conversation's language, else in the desk's. */
  function cannedText(answer) {
    return /^zh/.test((desk.detail && desk.detail.language) || desk.lang) ? answer.zh : answer.en;
  }

  function renderCanned() {
    var select = $("canned");
    while (select.options.length > 1) select.remove(1);
    select.options[0].textContent = t("canned");
    desk.canned.forEach(function (answer, index) {
      var option = el("option", null, answer.title + ": " + cannedText(answer));
      option.value = String(index);
      select.appendChild(option);
    });
  }

  function useCanned() {
    var answer = desk.canned[Number($("canned").value)];
    if (!answer) return;
    insertReply(cannedText(answer));
    $("canned").value = "";
  }

  function renderColleagues(agents) {
    var select = $("transfer-to");
    clear(select);
    agents.filter(function (a) { return a.id !== desk.user; }).forEach(function (a) {
      var option = el("option", null, a.name);
      option.value = a.id;
      select.appendChild(option);
    });
  }

  function act(action, body) {
    var id = desk.open;
    return call("POST", agentPath(id, action), body).then(function () {
      $("reply-status").textContent = "";
      return loadConversation();
    }, function (error) {
      $("reply-status").textContent = error.message;
      throw error;
    });
  }

  function sendReply(event) {
    event.preventDefault();
    var text = $("reply").value.trim();
    if (!text || $("send").disabled) return;
    stopAgentTyping();
    act("messages", { text: text }).then(function () {
      $("reply-status").textContent = t("sent");
      desk.lastReply = text;
      $("reply").value = "";
      $("reply").focus();
    }, function () { });
  }

  function addNote(event) {
    event.preventDefault();
    var text = $("note").value.trim();
    if (!text) return;
    act("notes", { text: text }).then(function () { $("note").value = ""; }, function () { });
  }

  function lastCustomerMessage() {
    var lines = (desk.detail && desk.detail.transcript) || [];
    for (var i = lines.length - 1; i >= 0; i--) {
      if (lines[i].kind === "CUSTOMER_MESSAGE") return lines[i].text;
    }
    return null;
  }

  function saveAsKbEntry() {
    var answer = $("reply").value.trim() || desk.lastReply;
    var question = lastCustomerMessage();
    if (!answer || !question) return;
    call("POST", "/desk/api/kb-entries", { question: question, answer: answer, conversationId: desk.open })
      .then(function (saved) {
        $("reply-status").textContent = t("saved", { id: saved.id, s: t(saved.status) });
      }, function (error) { $("reply-status").textContent = error.message; });
  }

  // --- supervisor and admin ---------------------------------------------------------------------

  function percent(value) { return value === null || value === undefined ? t("none") : Math.round(value * 1000) / 10 + " %"; }

  function renderOverview(overview) {
    var f = overview.figures;
    var figures = [
      ["queueLength", overview.queueLength], ["conversations", f.conversations], ["containment", percent(f.containmentRate)],
      ["firstResponse", f.firstResponseSeconds === null ? t("none") : t("seconds", { n: Math.round(f.firstResponseSeconds) })],
      ["csat", f.csatAverage === null ? t("none") : f.csatAverage + " / 5 (" + f.ratings + ")"]
    ];
    var list = $("figures");
    clear(list);
    figures.forEach(function (row) {
      var group = el("div", "figure");
      group.appendChild(el("dt", null, t(row[0])));
      group.appendChild(el("dd", null, row[1]));
      list.appendChild(group);
    });
    var agents = $("agents");
    clear(agents);
    overview.agents.forEach(function (a) {
      var row = el("tr");
      row.appendChild(el("td", null, a.name || a.id));
      row.appendChild(el("td", null, t(a.presence)));
      row.appendChild(el("td", null, a.conversations + " / " + a.capacity));
      agents.appendChild(row);
    });
    var reasons = $("reasons");
    clear(reasons);
    Object.keys(f.handoffsByReason).forEach(function (reason) {
      reasons.appendChild(el("li", null, t(reason) + ": " + f.handoffsByReason[reason]));
    });
  }

  function renderUsers(users) {
    var list = $("users");
    clear(list);
    users.forEach(function (u) { list.appendChild(el("li", null, u.username + " · " + u.role)); });
  }

  function addUser(event) {
    event.preventDefault();
    var form = $("user-form");
    var user = { username: form.elements.username.value.trim(), password: form.elements.password.value,
                 role: form.elements.role.value };
    call("POST", "/desk/api/admin/users", user).then(function (saved) {
      $("user-status").textContent = t("added", { id: saved.username });
      form.reset();
      refresh();
    }, function (error) { $("user-status").textContent = error.message; });
  }

  // --- wiring ------------------------------------------------------------------------------------

  function setPresence() {
    call("PUT", "/api/v1/agent/agents/" + encodeURIComponent(desk.user) + "/presence", { presence: $("presence").value })
      .catch(function (error) { $("reply-status").textContent = error.message; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("language").addEventListener("change", function () {
      desk.lang = $("language").value;
      localStorage.setItem(LANG_KEY, desk.lang);
      applyLanguage();
    });
    $("login-form").addEventListener("submit", signIn);
    $("sign-out").addEventListener("click", signOut);
    $("presence").addEventListener("change", setPresence);
    document.querySelectorAll("[role=tab]").forEach(function (tab) {
      tab.addEventListener("click", function () { selectTab(tab); });
      tab.addEventListener("keydown", tabKeys);
    });
    $("claim").addEventListener("click", function () { act("claim").catch(function () { }); });
    $("transfer").addEventListener("click", function () {
      act("transfer", { toAgentId: $("transfer-to").value }).catch(function () { });
    });
    $("return").addEventListener("click", function () { act("return").catch(function () { }); });
    $("resolve").addEventListener("click", function () { act("resolve").catch(function () { }); });
    $("reply-form").addEventListener("submit", sendReply);
    $("reply").addEventListener("input", agentTyping);
    $("reply").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) sendReply(event);
    });
    $("canned").addEventListener("change", useCanned);
    $("save-kb").addEventListener("click", saveAsKbEntry);
    $("note-form").addEventListener("submit", addNote);
    $("user-form").addEventListener("submit", addUser);
    applyLanguage();
    loadSession();
  });

  // what desk-admin.js builds on: the same words, elements and server calls
  window.KEFU_DESK = { t: t, el: el, clear: clear, call: call, onError: onError };
})();
