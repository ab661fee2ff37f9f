// Lotse on another website: <script src="https://lotse.example/widget.js" data-lotse-…></script>
// puts the chat in an iframe of Lotse's own origin (the host page can neither style nor read
// it), either inline where the tag stands or behind a launcher button with an unread badge.
// Options (all optional): data-lotse-mode="launcher|inline", data-lotse-position="right|left",
// data-lotse-color="#0b5cad", data-lotse-topic="seek_internship", data-lotse-offer="harz-jba-janalos"
// (the chat starts about this offer of the catalogue), data-lotse-lang="de",
// data-lotse-target="#element-id" (inline: where to put it), data-lotse-region="06434" (a Kreis
// website: its offers while the person names no place of their own).
"use strict";

(function () {
  const script = document.currentScript;
  if (!script || !script.src) { return; }
  const origin = new URL(script.src).origin;
  const option = function (name) { return script.getAttribute("data-lotse-" + name) || ""; };
  const mode = option("mode") === "inline" ? "inline" : "launcher";
  const side = option("position") === "left" ? "left" : "right";

  // WCAG contrast of a colour against white; the frame checks the same on the server
  function luminance(hex) {
    return [1, 3, 5].map(function (i) {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce(function (sum, c, i) { return sum + c * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  let colour = option("color").toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(colour) || 1.05 / (luminance(colour) + 0.05) < 4.5) { colour = "#0b5cad"; }

  // the frame talks (postMessage) only to this page's origin, and only if the server finds it
  // in LOTSE_WIDGET_ORIGINS; the browser delivers nothing to a page of another origin
  const query = new URLSearchParams({ embed: "1", color: colour, host: window.location.origin });
  ["topic", "offer", "lang", "region"].forEach(function (name) { if (option(name)) { query.set(name, option(name)); } });

  const host = document.createElement("div");
  host.setAttribute("data-lotse-widget", mode);
  const root = host.attachShadow({ mode: "open" });  // styles isolated; the chat itself is in the frame
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = origin + "/static/widget-host.css";
  root.appendChild(style);

  // behind a launcher the chat begins only when it is opened: a page view alone starts no
  // conversation, stores nothing and counts for no statistics
  if (mode !== "inline") { query.set("wait", "1"); }
  const frame = document.createElement("iframe");
  frame.src = origin + "/widget?" + query.toString();
  frame.title = "Lotse – Chat";
  frame.className = "frame";
  frame.setAttribute("allow", "clipboard-write");
  frame.setAttribute("referrerpolicy", "origin");

  // the chat's sender id, when the browser refuses the frame its own storage (third-party
  // storage blocked): kept in this page's storage – sealed, only Lotse's frame can use it –
  // and given only to Lotse's own frame
  const KEY = "lotse-widget-sender";
  const handlers = [];
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow || !event.data) { return; }
    const kind = event.data.lotse;
    if (kind === "sender?") {
      let id = null;
      try { id = window.localStorage.getItem(KEY); } catch (e) { id = null; }
      frame.contentWindow.postMessage({ lotse: "sender", id: id }, origin);
    } else if (kind === "sender" && /^[\w=-]{40,400}$/.test(String(event.data.id))) {
      try { window.localStorage.setItem(KEY, String(event.data.id)); } catch (e) { /* private */ }
    }
    handlers.forEach(function (handle) { handle(kind); });
  });

  if (mode === "inline") {
    frame.classList.add("inline");
    root.appendChild(frame);
    const target = option("target") ? document.querySelector(option("target")) : null;
    if (target) { target.appendChild(host); } else { script.insertAdjacentElement("afterend", host); }
    return;
  }

  const panel = document.createElement("div");
  panel.className = "panel " + side;
  panel.hidden = true;
  panel.appendChild(frame);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "launcher " + side;
  button.style.setProperty("--lotse-accent", colour);
  panel.style.setProperty("--lotse-accent", colour);
  button.setAttribute("aria-expanded", "false");
  const label = document.createElement("span");
  label.className = "label";
  label.textContent = "Lotse";
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.hidden = true;
  button.append(label, badge);
  root.append(panel, button);
  document.body.appendChild(host);

  // the launcher's words in the page's language, from the same catalogues as the chat; the
  // unread count in that language's plural form (the server gives one per CLDR category,
  // Intl.PluralRules picks it: "1 neue Nachricht", "3 neue Nachrichten", "رسالتان جديدتان")
  let words = { language: "de", open: "Lotse", close: "Lotse", unread: { other: "{count}" } };
  let unread = 0;
  function unreadText(count) {
    const forms = words.unread || {};
    let category = "other";
    try { category = new Intl.PluralRules(words.language).select(count); } catch (e) { /* old browser */ }
    const form = forms[category] || forms.other || forms.many || String(count);
    return form.split("{count}").join(String(count));
  }
  function describe() {
    const open = !panel.hidden;
    button.setAttribute("aria-label", (open ? words.close : words.open) +
      (unread ? " (" + unreadText(unread) + ")" : ""));
    badge.textContent = unread ? String(unread) : "";
    badge.hidden = !unread;
  }
  describe();
  fetch(origin + "/webhooks/rest/widget-words?lang=" + encodeURIComponent(option("lang") || navigator.language || "de"))
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) { if (data) { words = data; describe(); } })
    .catch(function () { /* this site is not allowed (LOTSE_WIDGET_ORIGINS) or offline */ });

  function toggle(open) {
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open) {  // the keyboard goes on in the chat's input (the frame puts it there)
      unread = 0;
      frame.focus();
      frame.contentWindow.postMessage({ lotse: "focus" }, origin);
    } else {
      button.focus();
    }
    describe();
  }
  button.addEventListener("click", function () { toggle(panel.hidden); });

  handlers.push(function (kind) {
    if (kind === "message" && panel.hidden) { unread += 1; describe(); }
    if (kind === "close" && !panel.hidden) { toggle(false); }
  });
})();
