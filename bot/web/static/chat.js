// Lotse demo chat widget. Talks to POST /webhooks/rest/webhook (Rasa REST format).
// Everything the server sends is put into the page as text (textContent), never as HTML.
"use strict";

(function () {
  const ENDPOINT = "/webhooks/rest/webhook";
  const STORAGE_KEY = "lotse-sender";

  const log = document.getElementById("log");
  const quick = document.getElementById("buttons");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const restart = document.getElementById("restart");
  const chat = document.querySelector(".chat");
  const sendButton = document.getElementById("send");

  // the widget's own words in every language and which are written right to left (from the
  // server's message catalogues, bot/core/texts.py WIDGET); the chat takes the language of
  // the last answer
  const WORDS = (function () {
    try { return JSON.parse(chat.getAttribute("data-words")); } catch (e) { return null; }
  }()) || { "default": "de", "rtl": [], "words": {} };
  let language = WORDS["default"];

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
  }

  function newSenderId() {
    if (window.crypto && window.crypto.randomUUID) {
      return "web-" + window.crypto.randomUUID();
    }
    return "web-" + Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function senderId() {
    let id = null;
    try { id = window.localStorage.getItem(STORAGE_KEY); } catch (e) { id = null; }
    if (!id) {
      id = newSenderId();
      try { window.localStorage.setItem(STORAGE_KEY, id); } catch (e) { /* private mode */ }
    }
    return id;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function scrollDown() {
    log.lastElementChild && log.lastElementChild.scrollIntoView({ block: "end" });
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

  function addBubble(who, text) {
    const item = el("li", "bubble " + who);
    item.dir = "auto";  // what the person types may be in any script
    String(text).split("\n").forEach(function (line, index) {
      if (index > 0) { item.appendChild(document.createElement("br")); }
      appendLine(item, line);
    });
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

  function contactLine(list, label, text, href) {
    const row = el("li");
    row.appendChild(el("span", "label", label + ": "));
    const target = href ? safeUrl(href) : null;
    if (target) {
      const link = el("a", null, text);
      link.href = target;
      if (target.indexOf("http") === 0) { link.target = "_blank"; link.rel = "noopener noreferrer"; }
      row.appendChild(link);
    } else {
      row.appendChild(el("span", null, text));
    }
    list.appendChild(row);
  }

  function addOffer(offer, lang) {
    const card = el("li", "offer");
    card.lang = lang;
    card.dir = direction(lang);
    const article = el("article");
    article.appendChild(el("p", "category", offer.category_label || offer.category));
    article.appendChild(el("h2", null, offer.name));
    if (offer.provider && offer.provider !== offer.name) {
      article.appendChild(el("p", "provider", offer.provider));
    }
    if (offer.description) { article.appendChild(el("p", "description", offer.description)); }
    if (offer.reasons && offer.reasons.length) {
      article.appendChild(el("p", "why", word("why", lang)));
      const reasons = el("ul", "reasons");
      offer.reasons.forEach(function (reason) { reasons.appendChild(el("li", null, reason)); });
      article.appendChild(reasons);
    }
    const c = offer.contact || {};
    const contact = el("ul", "contact");
    if (c.phone) { contactLine(contact, word("phone", lang), c.phone, c.phone_uri || null); }
    if (c.email) { contactLine(contact, word("email", lang), c.email, "mailto:" + c.email); }
    if (c.chat) { contactLine(contact, word("chat", lang), c.chat, c.chat); }
    if (c.web) { contactLine(contact, word("web", lang), c.web.replace(/^https?:\/\//, ""), c.web); }
    if (c.address) { contactLine(contact, word("address", lang), c.address, null); }
    if (c.opening_hours) { contactLine(contact, word("hours", lang), c.opening_hours, null); }
    if (offer.open_now === true) { contact.appendChild(el("li", "open", word("open_now", lang))); }
    if (contact.children.length) { article.appendChild(contact); }
    card.appendChild(article);
    log.appendChild(card);
  }

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

  function render(messages) {
    let buttons = [];
    let last = null;
    messages.forEach(function (message) {
      // the language the message is written in (contract § 4), for screen readers and fonts
      const lang = (message.custom && message.custom.language) || language;
      last = lang;
      if (message.text) {
        const bubble = addBubble("bot", message.text);
        if (message.custom && message.custom.crisis) { bubble.classList.add("crisis"); }
        bubble.lang = lang;
        bubble.dir = direction(lang);
      }
      const offers = (message.custom && message.custom.offers) || [];
      offers.forEach(function (offer) { addOffer(offer, lang); });
      if (message.buttons && message.buttons.length) { buttons = message.buttons; }
    });
    useLanguage(last);
    showButtons(buttons);
    scrollDown();
  }

  let busy = false;

  async function send(payload, shown) {
    if (busy) { return; }
    busy = true;
    form.setAttribute("aria-busy", "true");
    if (shown) { addBubble("me", shown); }
    showButtons([]);
    try {
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // the browser's language: a hint for the first message of a chat (metadata.language)
        body: JSON.stringify({ sender: senderId(), message: payload,
                               metadata: { language: navigator.language || "de" } }),
      });
      const data = await response.json();
      if (response.ok && Array.isArray(data)) {
        render(data);
      } else {
        addBubble("bot error", (data && data.message) || word("failed"));
      }
    } catch (e) {
      addBubble("bot error", word("offline"));
    } finally {
      busy = false;
      form.removeAttribute("aria-busy");
      input.focus();
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text, text);
  });

  restart.addEventListener("click", function () {
    log.replaceChildren();
    send("/restart", null);
  });

  // a link from the offer directory (/?thema=<need>) starts on its topic (the server checks it)
  send(chat.getAttribute("data-start") || "hallo", null);
})();
