/*
 * kefu chat widget. Embed with one tag:
 *   <script src="https://kefu.example.com/widget.js" defer
 *           data-title="…" data-greeting="…" data-color="#0b57d0" data-position="right|left"
 *           data-language="auto|zh-CN|zh-TW|en" data-open="false" data-transport="auto|polling"></script>
 * Plain JavaScript, no dependencies, nothing fetched but from the kefu server that served this file.
 * Every message is rendered as text (textContent), never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.kefuWidget) return;
  var BASE = new URL(script.src, location.href).origin;
  var WS_BASE = BASE.replace(/^http/, "ws");
  var attrs = script.dataset;
  var STORE = "kefu.widget.";

  var TEXT = {
    "zh-CN": {
      title: "在线客服", greeting: "您好！我是智能客服，请问有什么可以帮您？", open: "打开在线客服", close: "关闭客服窗口",
      language: "语言", messages: "对话消息", input: "输入您的问题", placeholder: "输入您的问题…", send: "发送",
      human: "转人工客服", humanText: "转人工", you: "我", bot: "智能客服", agent: "人工客服", typing: "客服正在输入…",
      BOT: "智能客服为您服务", QUEUED: "正在为您转接人工客服", AGENT: "人工客服已接入", RESOLVED: "对话已结束",
      queue: "排队中：您是第 {n} 位", toBOT: "已回到智能客服", toQUEUED: "已为您转接人工客服，请稍候",
      toAGENT: "人工客服已接入", toRESOLVED: "本次对话已结束", rate: "请为本次服务评分", score: "{n} 分",
      scores: ["非常不满意", "不满意", "一般", "满意", "非常满意"], comment: "您的意见（可选）", submit: "提交评价",
      rated: "感谢您的评价（{n}/5）", notSent: "发送失败，请重试：", offline: "网络已断开，恢复后将自动重连",
      reconnecting: "连接中断，正在重连…", choose: "您是想问："
    },
    "zh-TW": {
      title: "線上客服", greeting: "您好！我是智慧客服，請問有什麼可以幫您？", open: "開啟線上客服", close: "關閉客服視窗",
      language: "語言", messages: "對話訊息", input: "輸入您的問題", placeholder: "輸入您的問題…", send: "傳送",
      human: "轉真人客服", humanText: "轉人工", you: "我", bot: "智慧客服", agent: "真人客服", typing: "客服正在輸入…",
      BOT: "智慧客服為您服務", QUEUED: "正在為您轉接真人客服", AGENT: "真人客服已接入", RESOLVED: "對話已結束",
      queue: "排隊中：您是第 {n} 位", toBOT: "已回到智慧客服", toQUEUED: "已為您轉接真人客服，請稍候",
      toAGENT: "真人客服已接入", toRESOLVED: "本次對話已結束", rate: "請為本次服務評分", score: "{n} 分",
      scores: ["非常不滿意", "不滿意", "普通", "滿意", "非常滿意"], comment: "您的意見（選填）", submit: "送出評價",
      rated: "感謝您的評價（{n}/5）", notSent: "傳送失敗，請重試：", offline: "網路已中斷，恢復後將自動重新連線",
      reconnecting: "連線中斷，正在重新連線…", choose: "您是想問："
    },
    en: {
      title: "Customer service", greeting: "Hello! I'm the virtual assistant. How can I help you?", open: "Open customer service chat",
      close: "Close the chat", language: "Language", messages: "Conversation", input: "Type your question",
      placeholder: "Type your question…", send: "Send", human: "Talk to a person", humanText: "I want to talk to a human",
      you: "You", bot: "Assistant", agent: "Agent", typing: "The agent is typing…", BOT: "The assistant is answering",
      QUEUED: "Connecting you to an agent", AGENT: "An agent has joined", RESOLVED: "The conversation has ended",
      queue: "In the queue: you are number {n}", toBOT: "Back to the assistant", toQUEUED: "Passed to an agent, please wait",
      toAGENT: "An agent has joined", toRESOLVED: "This conversation has ended", rate: "How was our service?",
      score: "{n} of 5", scores: ["Very poor", "Poor", "Fair", "Good", "Excellent"], comment: "Your comment (optional)",
      submit: "Send rating", rated: "Thank you for your rating ({n}/5)", notSent: "Not sent, please try again: ",
      offline: "You are offline; the chat reconnects when the network is back",
      reconnecting: "Connection lost, reconnecting…", choose: "Did you mean:"
    }
  };
  var LANGUAGES = [["zh-CN", "简体中文"], ["zh-TW", "繁體中文"], ["en", "English"]];

  function browserLanguage() {
    var tag = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
    tag = tag.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return "zh-TW";
    if (/^zh/.test(tag)) return "zh-CN";
    return "en";
  }

  function load(key) {
    try { return JSON.parse(localStorage.getItem(STORE + key)); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) localStorage.removeItem(STORE + key); else localStorage.setItem(STORE + key, JSON.stringify(value));
    } catch (e) { /* private mode: the widget still works for this page */ }
  }

  // ---- state ----
  var settings = {};
  var language = "en";
  var visitor = load("visitor");            // {userId, token}
  var conversation = load("conversation");  // {id, lastSequence}
  var rendered = {};                        // "conversationId:sequence" already shown
  var state = "BOT";
  var ws = null, wsReady = false, backoff = 1000, reconnectTimer = null, pollTimer = null;
  var typingSent = 0, typingStop = null, agentTypingTimer = null;
  var rated = {};

  // ---- DOM ----
  var host = document.createElement("div");
  host.id = "kefu-widget";
  var root = host.attachShadow({ mode: "open" });
  function el(tag, cls, parent) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (parent) parent.appendChild(node);
    return node;
  }
  var css = el("link", null, root);
  css.rel = "stylesheet";
  css.href = BASE + "/widget.css";
  var launcher = el("button", "launcher", root);
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "panel");
  var launcherLabel = el("span", "launcher-label", launcher);
  var panel = el("section", "panel", root);
  panel.id = "panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", "title");
  var header = el("header", "header", panel);
  var titleEl = el("h2", "title", header);
  titleEl.id = "title";
  var languageSelect = el("select", "language", header);
  LANGUAGES.forEach(function (l) {
    var option = el("option", null, languageSelect);
    option.value = l[0];
    option.lang = l[0] === "en" ? "en" : l[0] === "zh-TW" ? "zh-Hant" : "zh-Hans";
    option.textContent = l[1];
  });
  var closeButton = el("button", "close", header);
  closeButton.type = "button";
  closeButton.textContent = "×";
  var statusEl = el("div", "status", panel);
  statusEl.setAttribute("role", "status");
  var log = el("div", "log", panel);
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.tabIndex = 0;
  var greetingEl = el("p", "msg msg-bot greeting", log);
  var typingEl = el("p", "typing", panel);
  typingEl.setAttribute("aria-live", "polite");
  typingEl.hidden = true;
  var csatForm = el("form", "csat", panel);
  csatForm.hidden = true;
  var csatSet = el("fieldset", null, csatForm);
  var csatLegend = el("legend", null, csatSet);
  var scoreInputs = [];
  var scoreRow = el("div", "scores", csatSet);
  for (var i = 1; i <= 5; i++) {
    var label = el("label", "score", scoreRow);
    var radio = el("input", null, label);
    radio.type = "radio";
    radio.name = "score";
    radio.value = String(i);
    radio.required = true;
    el("span", null, label).textContent = String(i);
    scoreInputs.push(radio);
  }
  var commentLabel = el("label", "comment-label", csatSet);
  commentLabel.htmlFor = "comment";
  var comment = el("textarea", "comment", csatSet);
  comment.id = "comment";
  comment.maxLength = 500;
  comment.rows = 2;
  var csatSubmit = el("button", "primary", csatSet);
  csatSubmit.type = "submit";
  var errorEl = el("div", "error", panel);
  errorEl.setAttribute("role", "alert");
  var composer = el("form", "composer", panel);
  var inputLabel = el("label", "visually-hidden", composer);
  inputLabel.htmlFor = "input";
  var input = el("input", "input", composer);
  input.id = "input";
  input.autocomplete = "off";
  input.maxLength = 2000;
  input.setAttribute("list", "questions");
  var datalist = el("datalist", null, composer);
  datalist.id = "questions";
  var sendButton = el("button", "primary send", composer);
  sendButton.type = "submit";
  var humanButton = el("button", "human", panel);
  humanButton.type = "button";

  function t(key, n) {
    var text = TEXT[language][key];
    return n === undefined ? text : String(text).replace("{n}", n);
  }

  // System lines keep their key, so that a change of language translates them too.
  function translated(node, key, n) {
    node.dataset.key = key;
    if (n !== undefined) node.dataset.n = n;
    node.textContent = t(key, n);
    return node;
  }

  function applyLanguage(next) {
    language = next;
    save("language", next);
    languageSelect.value = next;
    host.lang = next === "en" ? "en" : next === "zh-TW" ? "zh-Hant" : "zh-Hans";
    var title = settings.title || t("title");
    titleEl.textContent = title;
    launcherLabel.textContent = title;
    launcher.setAttribute("aria-label", t("open"));
    languageSelect.setAttribute("aria-label", t("language"));
    closeButton.setAttribute("aria-label", t("close"));
    log.setAttribute("aria-label", t("messages"));
    greetingEl.textContent = settings.greeting || t("greeting");
    typingEl.textContent = t("typing");
    csatLegend.textContent = t("rate");
    scoreInputs.forEach(function (radio, index) {
      radio.setAttribute("aria-label", t("score", index + 1) + " " + t("scores")[index]);
    });
    commentLabel.textContent = t("comment");
    csatSubmit.textContent = t("submit");
    inputLabel.textContent = t("input");
    input.placeholder = t("placeholder");
    sendButton.textContent = t("send");
    humanButton.textContent = t("human");
    root.querySelectorAll("[data-key]").forEach(function (node) {
      node.textContent = t(node.dataset.key, node.dataset.n);
    });
    showState();
  }

  // White or near-black text, whichever reads better on the accent colour (WCAG contrast).
  function readableOn(hex) {
    function channel(c) { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }
    var rgb = [1, 3, 5].map(function (i) { return channel(parseInt(hex.substr(i, 2), 16)); });
    var luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) ? "#ffffff" : "#111111";
  }

  // ---- rendering: text only ----
  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function bubble(who, text, sequence) {
    var node = el("div", "msg msg-" + who, log);
    node.dataset.sequence = sequence;
    var speaker = el("span", "visually-hidden", node);
    translated(speaker, who === "customer" ? "you" : who);
    var body = el("span", "text", node);
    body.textContent = text;
    return node;
  }

  function systemLine(key, n, sequence) {
    var node = translated(el("p", "system", log), key, n);
    node.dataset.sequence = sequence;
    return node;
  }

  function render(conversationId, event) {
    var id = conversationId + ":" + event.sequence;
    if (rendered[id]) return;
    rendered[id] = true;
    switch (event.kind) {
      case "CUSTOMER_MESSAGE":
        bubble("customer", event.text || "", event.sequence);
        break;
      case "BOT_REPLY":
        var reply = bubble("bot", event.text || "", event.sequence);
        reply.dataset.type = event.replyType || "";
        if (event.suggestions && event.suggestions.length) {
          var chips = el("div", "chips", reply);
          chips.setAttribute("role", "group");
          chips.setAttribute("aria-label", t("choose"));
          event.suggestions.forEach(function (choice) {
            var chip = el("button", "chip", chips);
            chip.type = "button";
            chip.textContent = choice;
            chip.addEventListener("click", function () { send(choice); });
          });
        }
        break;
      case "AGENT_MESSAGE":
        typingEl.hidden = true;
        bubble("agent", event.text || "", event.sequence);
        break;
      case "STATE_CHANGED":
        systemLine("to" + event.state, undefined, event.sequence);
        break;
      case "CSAT":
        rated[conversationId] = true;
        systemLine("rated", event.score, event.sequence);
        break;
    }
  }

  function applyPage(page) {
    if (!conversation || page.conversationId !== conversation.id) return;
    page.events.forEach(function (event) { render(page.conversationId, event); });
    if (page.events.length) scrollDown();
    // a page that was overtaken (a poll answered after a live page) says an old state: keep the newer one
    if (page.lastSequence < conversation.lastSequence) return;
    conversation.lastSequence = page.lastSequence;
    save("conversation", conversation);
    state = page.state;
    showState(page.queuePosition);
    csatForm.hidden = !(state === "RESOLVED" && !rated[conversation.id]);
  }

  var queuePosition = null;
  var connectionNote = "";  // "", "offline" or "reconnecting"
  function showState(position) {
    if (position !== undefined) queuePosition = position;
    var text = state === "QUEUED" && queuePosition ? t("queue", queuePosition) : t(state);
    statusEl.textContent = connectionNote ? text + " · " + t(connectionNote) : text;
    statusEl.dataset.state = state;
    humanButton.disabled = state === "QUEUED" || state === "AGENT";
  }

  // ---- HTTP ----
  function request(method, path, body, token) {
    var headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (token) headers.Authorization = "Bearer " + token;
    return fetch(BASE + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (!res.ok) { var error = new Error(data.detail || ("HTTP " + res.status)); error.status = res.status; error.body = data; throw error; }
          return data;
        });
      });
  }

  function ensureVisitor() {
    if (visitor) return Promise.resolve(visitor);
    return request("POST", "/api/v1/widget/visitors").then(function (issued) {
      visitor = issued;
      save("visitor", visitor);
      return visitor;
    });
  }

  function forgetVisitor() {
    visitor = null;
    conversation = null;
    save("visitor", null);
    save("conversation", null);
    disconnect();
  }

  function fetchEvents() {
    if (!visitor || !conversation) return Promise.resolve();
    var id = conversation.id;
    return request("GET", "/api/v1/chat/conversations/" + encodeURIComponent(id) + "/events?after=" + conversation.lastSequence,
      undefined, visitor.token).then(applyPage, function (error) {
      if (error.status === 401) forgetVisitor();
      else if (error.status === 404 && conversation && conversation.id === id) { conversation = null; save("conversation", null); }
    });
  }

  function follow(conversationId) {
    if (conversation && conversation.id === conversationId) return;
    if (conversation) el("hr", "separator", log);
    conversation = { id: conversationId, lastSequence: 0 };
    save("conversation", conversation);
    csatForm.hidden = true;
    if (wsReady) watch(); else connect();
  }

  function send(text) {
    text = (text || "").trim();
    if (!text) return;
    errorEl.textContent = "";
    // one message at a time: a second one sent before the first is answered would open another conversation
    input.disabled = sendButton.disabled = humanButton.disabled = true;
    stopTyping();
    ensureVisitor().then(function (v) {
      var body = { userId: v.userId, text: text };
      if (conversation) body.conversationId = conversation.id;
      return request("POST", "/api/v1/chat/messages", body);
    }).then(function (result) {
      if (input.value.trim() === text) input.value = "";
      follow(result.conversationId);
      return fetchEvents();
    }).catch(function (error) {
      errorEl.textContent = t("notSent") + error.message;
    }).then(function () {
      input.disabled = sendButton.disabled = false;
      showState();
      input.focus();
    });
  }

  function rate(score, text) {
    if (!conversation || !visitor) return;
    var id = conversation.id;
    request("POST", "/api/v1/chat/conversations/" + encodeURIComponent(id) + "/csat", { score: score, comment: text }, visitor.token)
      .then(function () { rated[id] = true; csatForm.hidden = true; return fetchEvents(); })
      .catch(function (error) {
        if (error.status === 409) { rated[id] = true; csatForm.hidden = true; } else errorEl.textContent = t("notSent") + error.message;
      });
  }

  // ---- live: WebSocket, else polling; resumes after the last sequence rendered ----
  function startPolling() {
    if (pollTimer || !conversation) return;
    pollTimer = setInterval(function () { if (navigator.onLine) fetchEvents(); }, settings.pollIntervalMs || 3000);
  }
  function stopPolling() { clearInterval(pollTimer); pollTimer = null; }

  // asks the server for everything after the last sequence rendered, then for what comes live
  function watch() {
    if (wsReady && conversation) ws.send(JSON.stringify({ type: "watch", conversationId: conversation.id, after: conversation.lastSequence }));
  }

  function disconnect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (ws) { var old = ws; ws = null; wsReady = false; old.close(); }
  }

  function connect() {
    if (!visitor || !conversation || !navigator.onLine) return;
    startPolling();
    if (ws || settings.transport === "polling" || !("WebSocket" in window)) return;
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    var socket = new WebSocket(WS_BASE + "/api/v1/chat/live");
    ws = socket;
    socket.onopen = function () { socket.send(JSON.stringify({ type: "hello", token: visitor.token })); };
    socket.onmessage = function (message) {
      var data;
      try { data = JSON.parse(message.data); } catch (e) { return; }
      if (data.type === "ready") { wsReady = true; backoff = 1000; connectionNote = ""; stopPolling(); watch(); showState(); }
      else if (data.type === "events") applyPage(data);
      else if (data.type === "typing" && data.actor === "agent" && conversation && data.conversationId === conversation.id) showAgentTyping(data.typing);
      else if (data.type === "error" && data.status === 401) forgetVisitor();
    };
    socket.onclose = function () {
      if (ws !== socket) return;
      ws = null;
      wsReady = false;
      startPolling();
      if (!navigator.onLine || !visitor) return;
      var wait = backoff + Math.floor(Math.random() * 500);
      backoff = Math.min(backoff * 2, 30000);
      reconnectTimer = setTimeout(function () { reconnectTimer = null; connect(); fetchEvents(); }, wait);
      connectionNote = "reconnecting";
      showState();
    };
  }

  // a dropped network may leave a socket open but dead: close it, and catch up once back
  window.addEventListener("offline", function () { disconnect(); stopPolling(); connectionNote = "offline"; showState(); });
  window.addEventListener("online", function () { backoff = 1000; connectionNote = ""; connect(); fetchEvents(); showState(); });

  function showAgentTyping(on) {
    clearTimeout(agentTypingTimer);
    typingEl.hidden = !on;
    if (on) agentTypingTimer = setTimeout(function () { typingEl.hidden = true; }, 8000);
  }

  function sendTyping(on) {
    if (wsReady && conversation) ws.send(JSON.stringify({ type: "typing", typing: on }));
  }
  function stopTyping() {
    clearTimeout(typingStop);
    if (typingSent) { typingSent = 0; sendTyping(false); }
  }

  // ---- questions of the knowledge base as the customer types ----
  var suggestTimer = null;
  function suggestQuestions(typed) {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(function () {
      if (!typed.trim() || typed.length > 100) { datalist.textContent = ""; return; }
      request("GET", "/api/v1/chat/autocomplete?limit=5&q=" + encodeURIComponent(typed)).then(function (data) {
        datalist.textContent = "";
        data.suggestions.forEach(function (s) { el("option", null, datalist).value = s.question; });
      }, function () { /* suggestions are optional */ });
    }, 200);
  }

  // ---- events of the UI ----
  function setOpen(open) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    if (open) { input.focus(); scrollDown(); } else launcher.focus();
  }
  launcher.addEventListener("click", function () { setOpen(panel.hidden); });
  closeButton.addEventListener("click", function () { setOpen(false); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") setOpen(false); });
  languageSelect.addEventListener("change", function () { applyLanguage(languageSelect.value); });
  composer.addEventListener("submit", function (e) { e.preventDefault(); send(input.value); });
  humanButton.addEventListener("click", function () { send(t("humanText")); });
  input.addEventListener("input", function () {
    suggestQuestions(input.value);
    var now = Date.now();
    if (now - typingSent > 3000) { typingSent = now; sendTyping(true); }
    clearTimeout(typingStop);
    typingStop = setTimeout(stopTyping, 4000);
  });
  csatForm.addEventListener("submit", function (e) {
    e.preventDefault();
    var chosen = scoreInputs.filter(function (r) { return r.checked; })[0];
    if (chosen) rate(Number(chosen.value), comment.value);
  });

  function start(defaults) {
    settings = {
      title: attrs.title || defaults.title || "",
      greeting: attrs.greeting || defaults.greeting || "",
      color: /^#[0-9a-fA-F]{6}$/.test(attrs.color || "") ? attrs.color : (defaults.color || "#0b57d0"),
      position: (attrs.position || defaults.position) === "left" ? "left" : "right",
      pollIntervalMs: defaults.pollIntervalMs || 3000,
      transport: attrs.transport === "polling" ? "polling" : "auto"
    };
    host.style.setProperty("--kefu-accent", settings.color);
    host.style.setProperty("--kefu-on-accent", readableOn(settings.color));
    host.className = "kefu-" + settings.position;
    var chosen = load("language") || (attrs.language && attrs.language !== "auto" ? attrs.language : null)
      || (defaults.language && defaults.language !== "auto" ? defaults.language : null) || browserLanguage();
    applyLanguage(TEXT[chosen] ? chosen : "en");
    document.body.appendChild(host);
    if (conversation) {
      var resume = conversation;
      conversation = { id: resume.id, lastSequence: 0 };  // the page is new: show the whole conversation again
      fetchEvents().then(connect);
    }
    if (attrs.open === "true") setOpen(true);
  }

  window.kefuWidget = { open: function () { setOpen(true); } };
  request("GET", "/api/v1/widget/config").then(start, function () { start({}); });
})();
