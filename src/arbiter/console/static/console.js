// Arbiter console: the one piece of script, the decisions page's live tail. The server renders (and
// escapes) the rows; this only asks for rows newer than the newest shown, every two seconds.
"use strict";
(function () {
  const box = document.getElementById("live");
  const rows = document.getElementById("rows");
  if (!box || !rows) return;
  let after = box.dataset.after || "0";
  let timer = null;
  async function poll() {
    const q = box.dataset.query ? box.dataset.query + "&" : "";
    try {
      const resp = await fetch("/console/decisions/tail?" + q + "after=" + encodeURIComponent(after),
                               {credentials: "same-origin", headers: {"Accept": "text/html"}});
      if (resp.ok) {
        const last = resp.headers.get("x-arbiter-last-seq");
        const html = await resp.text();
        if (last && last !== after) {
          after = last;
          rows.insertAdjacentHTML("afterbegin", html);
        }
      }
    } catch (e) { /* the next tick tries again */ }
  }
  box.addEventListener("change", function () {
    if (box.checked) { poll(); timer = setInterval(poll, 2000); }
    else if (timer) { clearInterval(timer); timer = null; }
  });
})();
