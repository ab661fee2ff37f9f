// Lotse chat, on the demo page and in the widget frame (widget.js). Talks to
// POST /webhooks/rest/webhook (Rasa REST format) and GET /webhooks/rest/history.
// Everything the server sends is put into the page as text (textContent), never as HTML.
"use strict";

(function () {
  const ENDPOINT = "/webhooks/rest/webhook";
  const HISTORY = "/webhooks/rest/history";
  const SEAL = "/widget/seal";  // the host page keeps only a sealed id (bot/web/sealed_sender.py)
  const UNSEAL = "/widget/unseal";
  const STORAGE_KEY = "lotse-sender";

  const log = document.getElementById("log");
  const quick = document.getElementById("buttons");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const restart = document.getElementById("restart");
  const chat = document.querySelector(".chat");
  const sendButton = document.getElementById("send");
  const typing = document.getElementById("typing");
  const embedded = chat.getAttribute("data-embedded") === "1";
  // the origin of the page this frame is embedded in: widget.js names it, the server passes it
  // on only if it is in LOTSE_WIDGET_ORIGINS. The frame's signals go to that origin alone (the
  // browser drops them if the parent is another), and only its answers count; without it the
  // frame says nothing to its parent
  const hostOrigin = (embedded && window.parent !== window && chat.getAttribute("data-host")) || null;
  // the snippet's language (data-lotse-lang), else the browser's: a hint (metadata.language)
  const wanted = chat.getAttribute("data-language");
  const hint = wanted || navigator.language || "de";
  // the host website's Kreis (data-lotse-region, checked by the server): offers from there
  // while the person names no place of their own (metadata.region)
  const region = chat.getAttribute("data-region");
  // behind a closed launcher (widget.js adds ?wait=1): no first message until it is opened
  let waiting = embedded && new URLSearchParams(window.location.search).get("wait") === "1";
  let deferred = false;  // the first message waits for the launcher to open

  // the widget's own words in every language and which are written right to left (from the
  // server's message catalogues, bot/core/texts.py WIDGET); the chat takes the language of
  // the last answer
  const WORDS = (function () {
    try { return JSON.parse(chat.getAttribute("data-words")); } catch (e) { return null; }
  }()) || { "default": "de", "rtl": [], "words": {} };
  let language = WORDS["default"];

  // the host's colour (checked for contrast by the server); CSSOM, which the CSP allows
  document.documentElement.style.setProperty("--accent", chat.getAttribute("data-accent") || "#0b5cad");

  function word(key, lang) {
    const own = WORDS.words[lang || language] || {};
    const fallback = WORDS.words[WORDS["default"]] || {};
    return own[key] || fallback[key] || key;
  }

  function direction(lang) {
    return WORDS.rtl.indexOf(lang) >= 0 ? "rtl" : "ltr";
  }

  function useLanguage(lang) {
    if (!lang || !WORDS.words[lang]) { return; }
    language = lang;
    chat.lang = lang;
    chat.dir = direction(lang);  // mirrored layout: own bubbles, buttons, composer
    input.placeholder = word("placeholder");
    sendButton.textContent = word("send");
    restart.textContent = word("restart");
    quick.setAttribute("aria-label", word("suggestions"));
    document.querySelector("label[for=message]").textContent = word("message");
    document.getElementById("bot-line").textContent = word("bot");
    document.getElementById("privacy-line").textContent = word("privacy");
    document.getElementById("typing-text").textContent = word("typing");
  }

  function newId(prefix) {
    if (window.crypto && window.crypto.randomUUID) { return prefix + window.crypto.randomUUID(); }
    return prefix + Date.now().toString(36) + Math.random().toString(36).slice(2) +
      Math.random().toString(36).slice(2);
  }

  // the sender id stays on the device. In a frame on another website the browser may refuse
  // this frame its own storage (third-party storage blocked): then widget.js keeps it in the
  // host page's storage and hands it over (postMessage, only between the two of them: to
  // hostOrigin, and from it) – sealed by the server, so that the host page and its scripts
  // cannot open the conversation with it; only this frame unseals it (no CORS there)
  function ownStorage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function keepSender(id) {
    const storage = ownStorage();
    if (storage) {
      try { storage.setItem(STORAGE_KEY, id); } catch (e) { /* private mode */ }
    } else if (embedded) {
      sealed(SEAL, { sender: id }, "token").then(function (token) {
        if (token) { tellHost("sender", token); }
      });
    }
  }

  // POST a JSON body to one of the frame's own endpoints; the named field of the answer, or null
  async function sealed(url, body, field) {
    try {
      const response = await fetch(url, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      if (!response.ok) { return null; }
      const value = (await response.json())[field];
      return typeof value === "string" ? value : null;
    } catch (e) {
      return null;
    }
  }

  function senderFromHost() {
    return new Promise(function (done) {
      if (!hostOrigin) { done(null); return; }
      const timer = setTimeout(function () { done(null); }, 1500);
      window.addEventListener("message", function answer(event) {
        if (!fromHost(event) || event.data.lotse !== "sender") { return; }
        window.removeEventListener("message", answer);
        clearTimeout(timer);
        const token = String(event.data.id || "");
        if (!/^[\w=-]{40,400}$/.test(token)) { done(null); return; }
        sealed(UNSEAL, { token: token }, "sender").then(function (id) {
          done(id && /^web-[\w-]{16,120}$/.test(id) ? id : null);
        });
      });
      tellHost("sender?");
    });
  }

  async function findSender() {
    const storage = ownStorage();
    let id = null;
    try { id = storage ? storage.getItem(STORAGE_KEY) : await senderFromHost(); } catch (e) { id = null; }
    if (!id) { id = newId("web-"); keepSender(id); }
    return id;
  }

  let sender = null;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  // phone numbers, commands and addresses of the web keep their order inside right-to-left
  // text ("0800 111 0 111" would read "111 0 111 0800" otherwise)
  const LEFT_TO_RIGHT_PART = /(\+?\d[\d \/-]*\d|\/[a-z_]+|[\w.-]+\.(?:de|org|com|net)\S*)/i;

  function appendLine(item, line) {
    line.split(LEFT_TO_RIGHT_PART).forEach(function (part, index) {
      if (!part) { return; }
      if (index % 2 === 1) {
        const isolated = el("bdi", null, part);
        isolated.dir = "ltr";
        item.appendChild(isolated);
      } else {
        item.appendChild(document.createTextNode(part));
      }
    });
  }

  function stamp(item, who, at) {
    const when = at ? new Date(at) : new Date();
    if (isNaN(when.getTime())) { return; }
    const time = el("time", "stamp");
    time.dateTime = when.toISOString();
    const sameDay = when.toDateString() === new Date().toDateString();
    const options = sameDay ? { hour: "2-digit", minute: "2-digit" }
      : { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
    // who said it and when, for a screen reader; the eye sees the bubble's side and the time
    item.appendChild(el("span", "visually-hidden", word(who === "me" ? "you" : "lotse") + ", "));
    time.textContent = when.toLocaleString(language, options);
    item.appendChild(time);
  }

  function addBubble(who, text, at) {
    const item = el("li", "bubble " + who);
    item.dir = "auto";  // what the person types may be in any script
    const body = el("span", "text");
    String(text).split("\n").forEach(function (line, index) {
      if (index > 0) { body.appendChild(document.createElement("br")); }
      appendLine(body, line);
    });
    item.appendChild(body);
    stamp(item, who.split(" ")[0], at);
    log.appendChild(item);
    scrollDown();
    return item;
  }

  function safeUrl(value) {
    try {
      const url = new URL(value, window.location.href);
      return ["http:", "https:", "mailto:", "tel:"].indexOf(url.protocol) >= 0 ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(text, href, className) {
    const target = safeUrl(href);
    if (!target) { return el("span", className, text); }
    const a = el("a", className, text);
    a.href = target;
    if (target.indexOf("http") === 0) {  // a new tab, without access back to the chat
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    return a;
  }

  function contactLine(list, label, text, href) {
    const row = el("li");
    row.appendChild(el("span", "label", label + ": "));
    row.appendChild(href ? link(text, href) : el("span", null, text));
    list.appendChild(row);
  }

  // compact first: what it is, why it fits, one tap to call, write or find the way;
  // the rest behind "Mehr dazu"
  function addOffer(offer, lang) {
    const card = el("li", "offer");
    card.lang = lang;
    card.dir = direction(lang);
    const article = el("article");
    article.appendChild(el("p", "category", offer.category_label || offer.category));
    article.appendChild(el("h2", null, offer.name));
    const reasons = offer.reasons || [];
    if (reasons.length) { article.appendChild(el("p", "why", reasons[0])); }
    const c = offer.contact || {};
    const actions = el("p", "actions");
    if (c.phone) { actions.appendChild(link(word("phone", lang) + " " + c.phone, c.phone_uri || "tel:" + c.phone.replace(/[^\d+]/g, ""), "action")); }
    if (c.email) { actions.appendChild(link(word("email", lang), "mailto:" + c.email, "action")); }
    else if (c.chat) { actions.appendChild(link(word("chat", lang), c.chat, "action")); }
    if (c.address) {
      actions.appendChild(link(word("route", lang), "https://www.openstreetmap.org/search?query=" +
        encodeURIComponent(c.address), "action"));
    }
    if (offer.open_now === true) { actions.appendChild(el("span", "open", word("open_now", lang))); }
    if (actions.children.length) { article.appendChild(actions); }
    const more = el("details");
    more.appendChild(el("summary", null, word("details", lang)));
    if (offer.provider && offer.provider !== offer.name) { more.appendChild(el("p", "provider", offer.provider)); }
    if (offer.description) { more.appendChild(el("p", "description", offer.description)); }
    if (reasons.length > 1) {
      more.appendChild(el("p", "why-title", word("why", lang)));
      const list = el("ul", "reasons");
      reasons.forEach(function (reason) { list.appendChild(el("li", null, reason)); });
      more.appendChild(list);
    }
    const contact = el("ul", "contact");
    if (c.phone) { contactLine(contact, word("phone", lang), c.phone, c.phone_uri || null); }
    if (c.email) { contactLine(contact, word("email", lang), c.email, "mailto:" + c.email); }
    if (c.chat) { contactLine(contact, word("chat", lang), c.chat, c.chat); }
    if (c.web) { contactLine(contact, word("web", lang), c.web.replace(/^https?:\/\//, ""), c.web); }
    if (c.address) { contactLine(contact, word("address", lang), c.address, null); }
    if (c.opening_hours) { contactLine(contact, word("hours", lang), c.opening_hours, null); }
    if (contact.children.length) { more.appendChild(contact); }
    if (more.children.length > 1) { article.appendChild(more); }
    card.appendChild(article);
    log.appendChild(card);
  }

  // quick replies: once one is used (or something is typed) they go away
  function showButtons(buttons) {
    quick.replaceChildren();
    (buttons || []).forEach(function (button) {
      const b = el("button", "choice", button.title);
      b.type = "button";
      b.dir = "auto";
      b.addEventListener("click", function () { send(button.payload, button.title); });
      quick.appendChild(b);
    });
  }

  function tellHost(type, id) {
    // a signal without content (unread badge, close) – or the sender id, when the host page
    // has to keep it for this frame (see keepSender); to the host page's origin only
    if (hostOrigin) {
      window.parent.postMessage(id ? { lotse: type, id: id } : { lotse: type }, hostOrigin);
    }
  }

  function fromHost(event) {
    return hostOrigin !== null && event.source === window.parent && event.origin === hostOrigin &&
      !!event.data;
  }

  // after "lösch alles" (custom.deleted): nothing of the old chat stays on this device – not
  // its lines on the screen, not its id in the storage; the next message starts a new chat
  function forget() {
    log.replaceChildren();
    sender = newId("web-");
    keepSender(sender);
  }

  // one message of Lotse's: its text (a crisis answer marked as such) and its offer cards,
  // live or from the history (`at`); returns the language it is written in
  function addBotMessage(text, custom, at) {
    const extra = custom || {};
    // the language the message is written in (contract § 4), for screen readers and fonts
    const lang = extra.language || language;
    if (text) {
      const bubble = addBubble("bot", text, at);
      if (extra.crisis) { bubble.classList.add("crisis"); }
      bubble.lang = lang;
      bubble.dir = direction(lang);
    }
    (extra.offers || []).forEach(function (offer) { addOffer(offer, lang); });
    return lang;
  }

  function render(messages) {
    let buttons = [];
    let last = null;
    if (messages.some(function (m) { return m.custom && m.custom.deleted; })) { forget(); }
    messages.forEach(function (message) {
      last = addBotMessage(message.text, message.custom);
      if (message.text) { tellHost("message"); }
      if (message.buttons && message.buttons.length) { buttons = message.buttons; }
    });
    useLanguage(last);
    showButtons(buttons);
    scrollDown();
  }

  let busy = false;
  let starting = false;  // the sender id and the history are being looked up

  function setBusy(on) {
    busy = on;
    typing.hidden = !on;
    if (on) { form.setAttribute("aria-busy", "true"); } else { form.removeAttribute("aria-busy"); }
  }

  function post(payload, messageId) {
    const metadata = { message_id: messageId, language: hint };
    if (region) { metadata.region = region; }
    return fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sender: sender, message: payload, metadata: metadata }),
    });
  }

  function wait(ms) { return new Promise(function (done) { setTimeout(done, ms); }); }

  // every message has its id (metadata.message_id): a retry after a failure carries the same
  // id, so the server answers it once even if the first try did arrive
  async function deliver(payload, messageId) {
    let lastError = null;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (attempt) { await wait(800 * attempt); }
      try {
        const response = await post(payload, messageId);
        const data = await response.json();
        if (response.ok && Array.isArray(data)) { return { messages: data }; }
        if (response.status < 500) { return { error: (data && data.message) || word("failed") }; }
        lastError = (data && data.message) || word("failed");
      } catch (e) {
        lastError = word("offline");
      }
    }
    return { error: lastError, retry: true };
  }

  async function send(payload, shown, messageId) {
    if (busy) { return; }
    const id = messageId || newId("m-");
    setBusy(true);
    if (shown) { addBubble("me", shown); }
    showButtons([]);
    try {
      const result = await deliver(payload, id);
      if (result.messages) {
        render(result.messages);
      } else {
        const bubble = addBubble("bot error", result.error);
        if (result.retry) {
          const again = el("button", "choice retry", word("retry"));
          again.type = "button";
          again.addEventListener("click", function () { bubble.remove(); send(payload, null, id); });
          quick.replaceChildren(again);
        }
      }
    } finally {
      setBusy(false);
      if (document.activeElement === document.body || !document.activeElement) { input.focus(); }
    }
  }

  function firstMessage() {
    const offer = chat.getAttribute("data-offer");
    const topic = chat.getAttribute("data-topic");
    if (offer) { return "/angebot " + offer; }
    return topic ? "/" + topic : "/start";
  }

  // the conversation as the server keeps it (after a reload, or the next day)
  // (the lines come back quietly: the live region announces what is new, not the history)
  async function restore() {
    log.setAttribute("aria-live", "off");
    try {
      const response = await fetch(HISTORY + "?sender=" + encodeURIComponent(sender),
                                   { headers: { accept: "application/json" } });
      if (!response.ok) { return false; }
      const data = await response.json();
      if (!data.messages || !data.messages.length) { return false; }
      if (!wanted) { useLanguage(data.language); }  // e.g. right to left again for Arabic
      // Lotse's lines with their cards as they were shown (tap to call, crisis marked)
      data.messages.forEach(function (line) {
        if (line.role === "user") { addBubble("me", line.text, line.at); } else { addBotMessage(line.text, line.custom, line.at); }
      });
      showButtons(data.buttons);
      scrollDown();
      return true;
    } catch (e) {
      return false;
    } finally {
      log.setAttribute("aria-live", "polite");
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy || starting) { return; }  // the text stays in the field
    input.value = "";
    send(text, text);
  });

  // "Neu anfangen": a new conversation with a new id on this device; the old one is no longer
  // shown here (nor reachable from it) and is deleted by the server's retention
  restart.addEventListener("click", function () {
    if (busy || starting) { return; }
    forget();
    send(firstMessage(), null);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { tellHost("close"); }
  });

  // the launcher was opened (widget.js): typing can start at once, and a chat that waited for
  // it begins now
  window.addEventListener("message", function (event) {
    if (fromHost(event) && event.data.lotse === "focus") {
      begin();
      input.focus();
    }
  });
  function begin() {
    waiting = false;
    if (deferred) {
      deferred = false;
      send(firstMessage(), null);
    }
  }
  // … also when the chat comes into view without that signal (opened before this frame was ready)
  if (waiting && "IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) { begin(); }
    }).observe(chat);
  }

  if (wanted) { useLanguage(wanted); }
  // until the greeting (or the history) is there the composer is busy: a message typed at once
  // would reach the server before "/start" and be wiped by it (a browser test under load)
  starting = true;
  form.setAttribute("aria-busy", "true");
  findSender().then(function (id) {
    sender = id;
    return restore();
  }, function () { return false; }).then(function (found) {
    starting = false;
    form.removeAttribute("aria-busy");
    if (!found && waiting) {
      deferred = true;
    } else if (!found) {
      send(firstMessage(), null);
    }
  });
})();
