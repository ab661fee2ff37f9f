"""Whole conversations over HTTP, from "hi" to concrete offers, in all five regions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.service import Lotse
from bot.web.app import create_app
from tests.e2e.conversations import converse, expects, offers, say

IN_SCHOOL = '/inform{"school_status": "in_school"}'
FINISHED = '/inform{"school_status": "qualified_no_training"}'

# (lines typed, Kreis key, categories of which the first offer must be one, need of first offer)
SITUATIONS = [
    (["hi", "ich brauch ein praktikum für die 9.", "15", "Quedlinburg", IN_SCHOOL,
      "was mit tieren"], "15085", {"internship_placement", "youth_employment_agency"}),
    (["hallo", "hab schulden wegen handyvertrag", "19", "wernigerode"], "15085",
     {"debt_counselling"}),
    (["moin", "meine mutter hat mich rausgeworfen und ich hab schulden", "18", "halberstadt"],
     "15085", {"housing_support", "youth_vocational_aid", "jobcenter"}),
    (["hey", "suche ne lehrstelle als elektriker", "17", "darmstadt", FINISHED], "06411",
     {"youth_employment_agency", "career_guidance", "jobcenter"}),
    (["hi", "will meine ausbildung abbrechen, chef nervt", "18", "64283"], "06411",
     {"training_support", "youth_employment_agency", "career_guidance"}),
    (["hallo", "mein zeugnis ist aus syrien", "20", "Eberstadt", "arabisch"], "06411",
     {"migration_counselling"}),
    (["hi", "keine ahnung was ich werden will", "16", "Bad Homburg v.d.H.",
      "ich geh noch zur schule"], "06434",
     {"career_guidance", "youth_employment_agency", "youth_vocational_aid"}),
    (["hey", "nur stress mit meinen eltern", "15", "Oberursel"], "06434",
     {"family_counselling", "psychosocial_counselling"}),
    (["hallo", "hab keinen abschluss und will den nachholen", "19", "usingen"], "06434",
     {"second_chance_education", "youth_employment_agency", "youth_vocational_aid"}),
    (["hi", "wie schreib ich ne bewerbung", "17", "Dietzenbach", FINISHED], "06438",
     {"application_support", "youth_employment_agency", "career_guidance"}),
    (["hallo", "bin voll gestresst und kann nicht mehr schlafen", "22", "Rodgau"], "06438",
     {"psychosocial_counselling", "addiction_counselling", "family_counselling"}),
    (["hi", "ich hab stress in meiner ausbildung und will abbrechen", "19", "Langen"], "06438",
     {"training_support", "youth_employment_agency", "career_guidance"}),
    (["hallo", "suche einen ausbildungsplatz", "18", "Wattenscheid", FINISHED,
      "kfz mechatroniker"], "05911", {"youth_employment_agency", "career_guidance", "jobcenter"}),
    (["hi", "ich hab 3000 euro schulden", "23", "44787"], "05911", {"debt_counselling"}),
    (["hey", "ich hab keine wohnung mehr und penne bei freunden", "20", "bochum"], "05911",
     {"housing_support", "youth_vocational_aid", "jobcenter"}),
    (["hi, ich bin 17, wohne in quedlinburg und hab schulden"], "15085", {"debt_counselling"}),
    (["hallo", "bin neu in deutschland und will deutsch lernen", "17", "Dreieich", "ukrainisch"],
     "06438", {"migration_counselling"}),
]


@pytest.mark.parametrize(("lines", "region", "categories"), SITUATIONS,
                         ids=[f"{s[1]}-{i}" for i, s in enumerate(SITUATIONS)])
def test_conversation_reaches_the_right_offers(
    client: TestClient, lines: list[str], region: str, categories: set[str]
) -> None:
    replies = converse(client, f"sender-{region}-{lines[-1][:10]}", lines)
    recommended = offers(replies[-1])
    assert recommended, [m["text"] for m in replies[-1]]
    assert recommended[0]["category"] in categories, [(o["id"], o["category"]) for o in recommended]
    assert recommended[0]["region"] in {region, "DE"}
    assert any(o["region"] == region for o in recommended)
    assert all(o["region"] in {region, "DE"} for o in recommended)
    assert all(o["reasons"] and o["contact"] for o in recommended)
    assert expects(replies[-1]) == "free_text"


def test_every_question_tells_what_it_expects(client: TestClient) -> None:
    steps = converse(client, "expects", ["hi", "/seek_apprenticeship", "16", "Thale", IN_SCHOOL])
    assert [expects(s) for s in steps] == ["need", "age", "place", "school_status", "occupation"]


def test_unknown_place_falls_back_to_nationwide_and_says_so(client: TestClient) -> None:
    replies = converse(client, "nowhere", ["hallo", "/seek_apprenticeship", "17", "Xyzzyhausen",
                                           "Blubberdorf", IN_SCHOOL, "weiß nicht"])
    last = replies[-1]
    assert any("ganz Deutschland" in m["text"] for m in last)
    assert offers(last) and all(o["region"] == "DE" for o in offers(last))


def test_correction_mid_conversation(client: TestClient) -> None:
    converse(client, "fix", ["hallo", "hab schulden", "16"])
    replies = say(client, "fix", "nee, ich bin 17")
    assert any("17" in m["text"] for m in replies)
    assert expects(replies) == "place"


def test_crisis_in_the_middle_then_the_chat_goes_on(client: TestClient) -> None:
    converse(client, "crisis", ["hallo", "hab schulden"])
    replies = say(client, "crisis", "ich will nicht mehr leben")
    assert replies[0]["custom"]["crisis"] is True
    assert offers(replies)[0]["category"] == "crisis_line"
    assert "112" in " ".join(m["text"] for m in replies)
    after = say(client, "crisis", "19")  # kept, and Lotse stays with the person
    assert "19" in after[0]["text"] and not any(m.get("custom", {}).get("crisis") is None
                                                and "nicht verstanden" in m["text"] for m in after)
    back = [b for b in after[-1]["buttons"] if b["title"] == "Zurück zu meinem Thema"]
    assert back
    resumed = say(client, "crisis", back[0]["payload"])
    assert expects(resumed) == "place"  # debts and age are known: the open question


def test_conversation_continues_after_the_app_is_recreated(
    make_lotse: Callable[..., Lotse], sqlite_engine: Engine
) -> None:
    with TestClient(create_app(make_lotse(sqlite_engine))) as first:
        converse(first, "restart", ["hallo", "suche ausbildung", "16"])
    with TestClient(create_app(make_lotse(sqlite_engine))) as second:
        replies = say(second, "restart", "Halberstadt")
        assert expects(replies) == "school_status"
        replies = converse(second, "restart", [IN_SCHOOL, "tischler"])[-1]
        assert offers(replies) and offers(replies)[0]["region"] in {"15085", "DE"}


def test_delete_then_start_fresh(client: TestClient) -> None:
    converse(client, "del", ["hallo", "hab schulden", "17"])
    assert expects(say(client, "del", "lösch meine daten")) == "confirm"
    assert "gelöscht" in say(client, "del", "/affirm")[0]["text"]
    assert expects(say(client, "del", "hallo")) == "need"


def test_bot_challenge_and_help_in_the_middle(client: TestClient) -> None:
    converse(client, "side", ["hallo", "hab schulden"])
    challenge = say(client, "side", "bist du ein bot?")
    assert "Chat-Bot" in challenge[0]["text"] and expects(challenge) == "age"
    assert expects(say(client, "side", "was kannst du")) == "age"


def test_demo_page_loads_the_widget(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "chat.js" in page.text and "<script>" not in page.text
    assert client.get("/static/chat.js").status_code == 200


def test_lines_for_parents_only_when_a_parent_writes(client: TestClient) -> None:
    """Blind set L20: a 16-year-old outside the regions with trouble at home or school was
    shown the Elterntelefon and the bke counselling for parents."""
    parent_lines = {"de-elterntelefon", "de-bke-elternberatung"}
    teen = converse(client, "teen-home", ["hallo", "nur stress mit meinen eltern", "16", "Leipzig"])
    shown = {o["id"] for o in offers(teen[-1])}
    assert shown and not shown & parent_lines
    parent = converse(client, "mum-home", ["hallo", "mein sohn hat nur stress mit uns zu hause",
                                           "16", "Leipzig"])
    assert {o["id"] for o in offers(parent[-1])} & parent_lines
