// The demo shop's own language switch (zh / en); the widget has its own.
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("shop-language");
  function show(language) {
    document.documentElement.lang = language === "en" ? "en" : "zh-Hans";
    document.querySelectorAll("[data-zh]").forEach(function (node) {
      node.textContent = node.dataset[language];
    });
    button.dataset.current = language;
  }
  button.addEventListener("click", function () { show(button.dataset.current === "en" ? "zh" : "en"); });
  show(/^zh/i.test(navigator.language) ? "zh" : "en");
});
