// Starts Wagtail's date and time pickers without inline scripts, which the site's
// Content-Security-Policy forbids. The widgets leave their settings as JSON (see
// templates/wagtailadmin/widgets/); this runs them, also for widgets added later.
(function () {
  const starters = {
    datetime: "initDateTimeChooser",
    date: "initDateChooser",
    time: "initTimeChooser",
  };

  function start(node) {
    if (node.dataset.started) return;
    const init = window[starters[node.dataset.adminChooser]];
    if (typeof init !== "function") return;
    node.dataset.started = "true";
    init(node.dataset.for, JSON.parse(node.textContent));
  }

  function startAll(root) {
    root.querySelectorAll("script[data-admin-chooser]").forEach(start);
  }

  document.addEventListener("DOMContentLoaded", function () {
    startAll(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(function (node) {
          if (node.nodeType === Node.ELEMENT_NODE) startAll(node.parentNode || node);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
