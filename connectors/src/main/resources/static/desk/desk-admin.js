/*
 * kefu agent desk, the admin's knowledge-base tools: the entry editor (search, create, edit,
 * publish, delete, history), file import and export, and the unanswered questions. It calls the
 * admin API's endpoints under /desk/api/admin/, which the server opens to a desk ADMIN only.
 * Every text of an entry or a customer is rendered with textContent, never as HTML.
 */
(function () {
  "use strict";
  var desk = window.KEFU_DESK;
  var t = desk.t, el = desk.el, clear = desk.clear, call = desk.call;
  var BASE = "/desk/api/admin/";
  var PAGE_SIZE = 10;
  var LANGUAGES = ["zh-Hans", "zh-Hant", "en"];
  var ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
  var FORMATS = { csv: "csv", json: "json", md: "markdown", markdown: "markdown" };
  var admin = { page: 0, list: null, entry: null, fromGroup: null, groups: null, importResult: null };

  function $(id) { return document.getElementById(id); }

  function entryPath(id, action) {
    return BASE + "kb/entries/" + encodeURIComponent(id) + (action ? "/" + action : "");
  }

  /** The problem's lines: its list of problems (with the file line when there is one), else its detail split at "; ". */
  function problemLines(error) {
    var problem = error.problem;
    if (!problem) return [error.message];
    if (Array.isArray(problem.problems)) {
      return problem.problems.map(function (p) {
        if (typeof p === "string") return p;
        return p.line > 0 ? t("kbLine", { n: p.line, m: p.message }) : p.message;
      });
    }
    return problem.detail ? String(problem.detail).split("; ") : [error.message];
  }

  /** Shows {@code lines} under a heading in {@code box}; none clears it. */
  function showProblems(box, heading, lines) {
    clear(box);
    if (!lines || !lines.length) return;
    box.appendChild(el("p", "error", heading));
    var list = el("ul");
    lines.forEach(function (line) { list.appendChild(el("li", null, line)); });
    box.appendChild(list);
  }

  function failed(error) {
    desk.onError(error);
    return problemLines(error);
  }

  // --- the entry list --------------------------------------------------------------------------

  function search(page) {
    var form = $("kb-search");
    var query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
    if (form.elements.q.value.trim()) query.set("q", form.elements.q.value.trim());
    if (form.elements.status.value) query.set("status", form.elements.status.value);
    return call("GET", BASE + "kb/entries?" + query).then(function (list) {
      admin.page = page;
      admin.list = list;
      renderList();
    }, function (error) { $("kb-page").textContent = failed(error).join(" "); });
  }

  function firstVariant(entry) {
    return entry.variants.filter(function (v) { return v.language === languageOfDesk(); })[0] || entry.variants[0];
  }

  function languageOfDesk() {
    var lang = document.getElementById("language").value;
    return lang === "zh-CN" ? "zh-Hans" : lang === "zh-TW" ? "zh-Hant" : "en";
  }

  function renderList() {
    var list = admin.list;
    if (!list) return;
    var body = $("kb-entries");
    clear(body);
    list.entries.forEach(function (entry) {
      var row = el("tr");
      row.appendChild(el("td", "id", entry.id));
      row.appendChild(el("td", null, firstVariant(entry).question));
      row.appendChild(el("td", null, t(entry.status)));
      row.appendChild(el("td", null, entry.version));
      var cell = el("td");
      var edit = el("button", "secondary", t("kbEdit"));
      edit.type = "button";
      edit.dataset.id = entry.id;
      edit.setAttribute("aria-label", t("kbEdit") + ": " + entry.id);
      edit.addEventListener("click", function () { openEntry(entry.id); });
      cell.appendChild(edit);
      row.appendChild(cell);
      body.appendChild(row);
    });
    var pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    $("kb-none").hidden = list.total > 0;
    $("kb-page").textContent = t("kbPageOf", { p: admin.page + 1, n: pages, total: list.total });
    $("kb-prev").disabled = admin.page === 0;
    $("kb-next").disabled = admin.page + 1 >= pages;
  }

  // --- the editor --------------------------------------------------------------------------------

  function editor() { return $("kb-editor"); }

  function variantFields(language) { return editor().querySelector("fieldset[data-language='" + language + "']").elements; }

  function resetMessages() {
    showProblems($("kb-problems"), null, null);
    $("kb-status").textContent = "";
    $("kb-reload").hidden = true;
    $("kb-delete-confirm").hidden = true;
    $("kb-history-list").hidden = true;
    editor().querySelectorAll("[aria-invalid]").forEach(function (field) { field.removeAttribute("aria-invalid"); });
  }

  /** Opens the editor on {@code entry} (an entry of the API), or empty for a new one, pre-filled with {@code draft}. */
  function showEditor(entry, draft) {
    var form = editor();
    admin.entry = entry;
    form.reset();
    resetMessages();
    form.hidden = false;
    var source = entry || draft || { tags: [], variants: [] };
    form.elements.id.value = entry ? entry.id : "kb-" + Date.now().toString(36);
    form.elements.id.readOnly = !!entry;
    form.elements.status.value = entry ? entry.status : source.status || "PUBLISHED";
    form.elements.status.disabled = !!entry;
    form.elements.tags.value = (source.tags || []).join(", ");
    source.variants.forEach(function (v) {
      if (LANGUAGES.indexOf(v.language) < 0) return;
      var fields = variantFields(v.language);
      fields.question.value = v.question || "";
      fields.alternates.value = (v.alternates || []).join("\n");
      fields.answer.value = v.answer || "";
    });
    relabelEditor();
    $("kb-editor-title").focus();
  }

  function relabelEditor() {
    var entry = admin.entry;
    if (editor().hidden) return;
    $("kb-editor-title").textContent = entry ? t("kbEditing", { id: entry.id }) : t("kbNewTitle");
    $("kb-editor-version").textContent = entry ? t("kbVersionOf", { v: entry.version, s: t(entry.status) }) : "";
    $("kb-publish").hidden = !entry || entry.status !== "DRAFT";
    $("kb-history").hidden = !entry;
    $("kb-delete").hidden = !entry;
  }

  function closeEditor() {
    editor().hidden = true;
    admin.entry = null;
    admin.fromGroup = null;
    $("kb-new").focus();
  }

  function openEntry(id) {
    return call("GET", entryPath(id)).then(function (entry) { admin.fromGroup = null; showEditor(entry); },
      function (error) { $("kb-page").textContent = failed(error).join(" "); });
  }

  function splitList(text, separator) {
    return text.split(separator).map(function (s) { return s.trim(); }).filter(Boolean);
  }

  /** The form as the API takes it, and the problems the desk can see before sending it. */
  function readEditor() {
    var form = editor();
    var problems = [];
    var variants = [];
    LANGUAGES.forEach(function (language) {
      var fields = variantFields(language);
      var question = fields.question.value.trim(), answer = fields.answer.value.trim();
      var alternates = splitList(fields.alternates.value, /\n/);
      if (!question && !answer && !alternates.length) return;
      var legend = t(fields.question.closest("fieldset").querySelector("legend").dataset.i18n);
      if (!question) { problems.push(legend + ": " + t("kbNeedQuestion")); fields.question.setAttribute("aria-invalid", "true"); }
      if (!answer) { problems.push(legend + ": " + t("kbNeedAnswer")); fields.answer.setAttribute("aria-invalid", "true"); }
      variants.push({ language: language, question: question, alternates: alternates, answer: answer });
    });
    if (!variants.length) problems.push(t("kbNeedVariant"));
    var id = form.elements.id.value.trim();
    if (!ID_PATTERN.test(id)) { problems.push(t("kbBadId")); form.elements.id.setAttribute("aria-invalid", "true"); }
    var body = { tags: splitList(form.elements.tags.value, /[,，]/), variants: variants };
    return { id: id, body: body, problems: problems };
  }

  function save(event) {
    event.preventDefault();
    resetMessages();
    var read = readEditor();
    if (read.problems.length) {
      showProblems($("kb-problems"), t("kbNotSaved"), read.problems);
      var invalid = editor().querySelector("[aria-invalid]");
      if (invalid) invalid.focus();
      return;
    }
    var entry = admin.entry;
    var saving;
    if (entry) {
      read.body.version = entry.version;
      saving = call("PUT", entryPath(entry.id), read.body);
    } else {
      read.body.id = read.id;
      read.body.status = editor().elements.status.value;
      saving = call("POST", BASE + "kb/entries", read.body);
    }
    var group = admin.fromGroup;
    saving.then(function (saved) {
      showEditor(saved);
      $("kb-status").textContent = t("kbSaved", { id: saved.id, v: saved.version });
      if (group) dismissGroup(group);
      search(admin.page);
    }, function (error) { showSaveError(error); });
  }

  /** A version conflict offers the current version; an id taken, or invalid texts, are listed. */
  function showSaveError(error) {
    var problem = error.problem || {};
    if (error.status === 409 && problem.currentVersion !== undefined) {
      showProblems($("kb-problems"), t("kbConflict", { v: problem.currentVersion }), [t("kbConflictHelp")]);
      $("kb-reload").hidden = false;
      $("kb-reload").focus();
      return;
    }
    showProblems($("kb-problems"), t("kbNotSaved"), failed(error));
  }

  function reloadEntry() {
    var status = $("kb-status");
    openEntry(admin.entry.id).then(function () { status.textContent = t("kbReloaded"); });
  }

  function publish() {
    var entry = admin.entry;
    call("POST", entryPath(entry.id, "publish")).then(function (saved) {
      showEditor(saved);
      $("kb-status").textContent = t("kbPublished", { id: saved.id });
      search(admin.page);
    }, function (error) { showSaveError(error); });
  }

  /** Deleting takes a second, explicit click on a button that names the entry. */
  function askToRemove() {
    var confirm = $("kb-delete-confirm");
    confirm.textContent = t("kbConfirmDelete", { id: admin.entry.id });
    confirm.hidden = false;
    confirm.focus();
  }

  function remove() {
    var entry = admin.entry;
    call("DELETE", entryPath(entry.id) + "?version=" + entry.version).then(function () {
      closeEditor();
      $("kb-page").textContent = t("kbDeleted", { id: entry.id });
      search(admin.page);
    }, function (error) { showSaveError(error); });
  }

  function history() {
    var entry = admin.entry;
    call("GET", entryPath(entry.id, "history")).then(function (records) {
      var list = $("kb-history-list");
      clear(list);
      records.slice().reverse().forEach(function (r) {
        var variant = r.entry.variants[0] || { question: "" };
        list.appendChild(el("li", null, t("kbHistoryLine", { v: r.version, a: t("ACTION_" + r.action), who: r.who,
          at: new Date(r.at).toLocaleString(document.documentElement.lang), q: variant.question })));
      });
      list.hidden = false;
    }, function (error) { showProblems($("kb-problems"), t("kbFailed"), failed(error)); });
  }

  // --- import and export ---------------------------------------------------------------------------

  function guessFormat() {
    var form = $("kb-import");
    var file = form.elements.file.files[0];
    var extension = file ? file.name.split(".").pop().toLowerCase() : "";
    if (FORMATS[extension]) form.elements.format.value = FORMATS[extension];
  }

  function importFile(event) {
    event.preventDefault();
    var form = $("kb-import");
    var file = form.elements.file.files[0];
    var status = $("kb-import-status");
    status.textContent = "";
    admin.importResult = null;
    showProblems($("kb-import-problems"), null, null);
    if (!file) { status.textContent = t("kbPickFile"); form.elements.file.focus(); return; }
    var data = new FormData();
    data.append("file", file);
    call("POST", BASE + "kb/import?format=" + encodeURIComponent(form.elements.format.value), data).then(function (result) {
      admin.importResult = result;
      renderImportResult();
      form.reset();
      search(0);
    }, function (error) {
      showProblems($("kb-import-problems"), error.status === 422 ? t("kbRejected") : t("kbFailed"), failed(error));
    });
  }

  function renderImportResult() {
    var r = admin.importResult;
    if (!r) return;
    $("kb-import-status").textContent = t("kbImported", { n: r.created + r.updated + r.unchanged, c: r.created,
      u: r.updated, same: r.unchanged, r: r.removed, p: r.published });
  }

  // --- unanswered questions --------------------------------------------------------------------------

  function loadGroups() {
    return call("GET", BASE + "unanswered?limit=50").then(function (groups) {
      admin.groups = groups;
      renderGroups();
    }, function (error) { $("unanswered-status").textContent = failed(error).join(" "); });
  }

  function renderGroups() {
    var groups = admin.groups;
    if (!groups) return;
    var list = $("unanswered");
    clear(list);
    groups.forEach(function (group) {
      var item = el("li", "group");
      item.appendChild(el("strong", null, t("kbAsked", { n: group.count })));
      item.appendChild(el("span", "details", " · " + group.language + " · "
        + group.reasons.map(function (r) { return t("REASON_" + r); }).join(", ")));
      var examples = el("ul", "examples");
      group.examples.forEach(function (example) { examples.appendChild(el("li", null, example)); });
      item.appendChild(examples);
      var create = el("button", null, t("kbFromGroup"));
      create.type = "button";
      create.setAttribute("aria-label", t("kbFromGroup") + ": " + group.examples[0]);
      create.addEventListener("click", function () { entryFromGroup(group); });
      var dismiss = el("button", "secondary", t("kbDismiss"));
      dismiss.type = "button";
      dismiss.setAttribute("aria-label", t("kbDismiss") + ": " + group.examples[0]);
      dismiss.addEventListener("click", function () { dismissGroup(group.id); });
      var actions = el("div", "row");
      actions.appendChild(create);
      actions.appendChild(dismiss);
      item.appendChild(actions);
      list.appendChild(item);
    });
    $("unanswered-none").hidden = groups.length > 0;
  }

  /** A new entry in the group's language: its first example as the question, the others as alternates. */
  function entryFromGroup(group) {
    var language = LANGUAGES.indexOf(group.language) >= 0 ? group.language : languageOfDesk();
    var examples = group.examples.filter(function (e, i) { return group.examples.indexOf(e) === i; });
    showEditor(null, { tags: ["unanswered"], variants: [
      { language: language, question: examples[0], alternates: examples.slice(1), answer: "" }] });
    admin.fromGroup = group.id;
    $("kb-status").textContent = t("kbFromGroupHelp");
    variantFields(language).answer.focus();
  }

  function dismissGroup(id) {
    call("DELETE", BASE + "unanswered/" + encodeURIComponent(id)).then(loadGroups, function (error) {
      $("unanswered-status").textContent = failed(error).join(" ");
    });
  }

  // --- wiring -----------------------------------------------------------------------------------

  function relabel() {
    renderList();
    relabelEditor();
    renderImportResult();
    renderGroups();
  }

  function show() {
    search(admin.page);
    loadGroups();
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("kb-search").addEventListener("submit", function (event) { event.preventDefault(); search(0); });
    $("kb-prev").addEventListener("click", function () { search(admin.page - 1); });
    $("kb-next").addEventListener("click", function () { search(admin.page + 1); });
    $("kb-new").addEventListener("click", function () { admin.fromGroup = null; showEditor(null); });
    editor().addEventListener("submit", save);
    editor().addEventListener("keydown", function (event) { if (event.key === "Escape") closeEditor(); });
    $("kb-cancel").addEventListener("click", closeEditor);
    $("kb-publish").addEventListener("click", publish);
    $("kb-delete").addEventListener("click", askToRemove);
    $("kb-delete-confirm").addEventListener("click", remove);
    $("kb-history").addEventListener("click", history);
    $("kb-reload").addEventListener("click", reloadEntry);
    $("kb-import").elements.file.addEventListener("change", guessFormat);
    $("kb-import").addEventListener("submit", importFile);
    $("unanswered-refresh").addEventListener("click", loadGroups);
  });

  window.KEFU_DESK_ADMIN = { show: show, relabel: relabel };
})();
