// "Check a message", as you type: the form works without this script; with it, the draft is
// checked a moment after typing stops, through the same POST /api/check the page documents.
(function () {
  "use strict";
  var form = document.querySelector("form[data-live-check]");
  var text = document.getElementById("text");
  var results = document.getElementById("live-results");
  if (!form || !text || !results || !window.fetch) return;
  var timer = null;
  var sent = 0;

  function field(name) {
    var element = form.querySelector("[name='" + name + "']");
    return element ? element.value : "";
  }

  function render(report, serial) {
    if (serial !== sent) return; // an answer to an older draft
    results.textContent = "";
    var heading = document.createElement("p");
    heading.className = "muted";
    var count = report.findings.length;
    heading.textContent = count === 0 ? results.getAttribute("data-none") : results.getAttribute("data-some").replace("{count}", count);
    results.appendChild(heading);
    if (count === 0) return;
    var list = document.createElement("ul");
    report.findings.forEach(function (finding) {
      var item = document.createElement("li");
      var quote = document.createElement("q");
      quote.textContent = finding.text;
      item.appendChild(quote);
      item.appendChild(document.createTextNode(" " + finding.message));
      if (finding.suggestions.length) {
        item.appendChild(document.createTextNode(" " + results.getAttribute("data-try") + " " + finding.suggestions.join(" · ")));
      }
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function check() {
    var draft = text.value;
    if (!draft.trim() || draft.length > 20000) { results.textContent = ""; return; }
    var serial = ++sent;
    fetch(form.getAttribute("data-live-check"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: draft, language: field("language"), medium: field("medium"), readerLanguage: document.documentElement.lang })
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (report) { if (report) render(report, serial); })
      .catch(function () { /* the button still works */ });
  }

  text.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  });
})();
