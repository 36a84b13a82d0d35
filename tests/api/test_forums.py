"""Forums over HTTP, on SQLite and PostgreSQL: discussions, threads, replies,
quotes, reactions, edits with history, deletion, pins and locks, unread counts,
paging, screening and review, and search (what a pupil must not find)."""

from __future__ import annotations

import pytest

from twinspace.config import DEFAULT_CONTENT_LIMITS

pytestmark = pytest.mark.backends

PHONE = "Call me on 347 123 4567 after school"


async def _forum(world, pupils=("Giulia", "Luca")):
    """A space with a teacher, a class of pupils and one discussion."""
    teacher = await world.teacher("Maria")
    space = await world.space(teacher)
    created, clients = await world.pupils(teacher, list(pupils))
    await teacher.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": created["id"]})
    discussion = await teacher.ok(
        "POST",
        "/api/forum/discussions",
        201,
        json={"space_id": space["id"], "title": "Our rivers", "description": "Tell us!"},
    )
    return space, teacher, clients, discussion


async def _thread(client, discussion, title="The Arno", body="<p>It is <b>long</b>.</p>"):
    made = await client.ok(
        "POST",
        "/api/forum/threads",
        201,
        json={"discussion_id": discussion["id"], "title": title, "body": body},
    )
    return made["thread"], made["post"]


async def _reply(client, thread, body, **more):
    return await client.ok(
        "POST", "/api/forum/posts", 201, json={"thread_id": thread["id"], "body": body, **more}
    )


async def _page(client, thread, **params):
    return await client.ok("GET", f"/api/forum/threads/{thread['id']}", params=params)


async def test_teachers_make_discussions_and_pupils_may_not(world):
    space, _teacher, (giulia, _), _ = await _forum(world)
    response = await giulia.post(
        "/api/forum/discussions", json={"space_id": space["id"], "title": "Mine"}
    )
    assert response.json()["error"]["code"] == "forbidden"


async def test_pupils_start_threads_only_where_the_space_lets_them(world):
    space, teacher, (giulia, luca), discussion = await _forum(world)
    refused = await giulia.post(
        "/api/forum/threads",
        json={"discussion_id": discussion["id"], "title": "Hi", "body": "<p>hello</p>"},
    )
    assert refused.json()["error"]["code"] == "forbidden"
    seen = await giulia.ok("GET", f"/api/spaces/{space['id']}")
    assert "forum.thread_create" not in seen["can"]  # pages do not offer it either
    await teacher.ok(
        "PATCH",
        f"/api/spaces/{space['id']}/members/{luca.user['id']}",
        json={"role": "pupil_admin"},
    )
    await _thread(luca, discussion, "Pupil admins may")
    await teacher.ok(
        "PATCH",
        f"/api/spaces/{space['id']}/settings",
        json={"forum": {"pupils_start_threads": True}},
    )
    await _thread(giulia, discussion, "Now every pupil may")
    assert "forum.thread_create" in (await giulia.ok("GET", f"/api/spaces/{space['id']}"))["can"]


async def test_a_reply_quotes_a_post_and_reactions_count_each_member_once(world):
    _, teacher, (giulia, luca), discussion = await _forum(world)
    thread, opening = await _thread(teacher, discussion)
    answer = await _reply(giulia, thread, "<p>Yes, 241 km!</p>", quote_of=opening["id"])
    assert answer["quote"]["author"]["display_name"] == "Maria"
    assert answer["quote"]["excerpt"] == "It is long."
    for client in (giulia, luca, luca):
        await client.ok(
            "POST", "/api/forum/reactions", json={"post_id": opening["id"], "reaction": "👍"}
        )
    page = await _page(teacher, thread)
    assert page["posts"][0]["reactions"] == {"👍": 2}
    await luca.ok(
        "POST",
        "/api/forum/reactions",
        json={"post_id": opening["id"], "reaction": "👍", "on": False},
    )
    assert (await _page(luca, thread))["posts"][0] == {
        **(await _page(luca, thread))["posts"][0],
        "reactions": {"👍": 1},
        "mine": [],
    }
    response = await luca.post(
        "/api/forum/reactions", json={"post_id": opening["id"], "reaction": "🐍"}
    )
    assert response.json()["error"]["code"] == "invalid"


async def test_a_quote_from_another_thread_is_refused(world):
    _, teacher, (giulia, _), discussion = await _forum(world)
    _first, opening = await _thread(teacher, discussion, "One")
    second, _ = await _thread(teacher, discussion, "Two")
    response = await giulia.post(
        "/api/forum/posts",
        json={"thread_id": second["id"], "body": "<p>x</p>", "quote_of": opening["id"]},
    )
    assert response.json()["error"]["fields"] == [{"field": "quote_of", "problem": "not_found"}]


async def test_edits_keep_their_history_for_teachers_only(world):
    _, teacher, (giulia, luca), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    post = await _reply(giulia, thread, "<p>first words</p>")
    await giulia.ok(
        "POST", "/api/forum/edits", json={"post_id": post["id"], "body": "<p>second</p>"}
    )
    await giulia.ok(
        "POST", "/api/forum/edits", json={"post_id": post["id"], "body": "<p>third</p>"}
    )
    history = await teacher.ok("GET", f"/api/forum/posts/{post['id']}/history")
    assert history["current"]["body"] == "<p>third</p>"
    assert [r["body"] for r in history["earlier"]] == ["<p>first words</p>", "<p>second</p>"]
    assert (await giulia.get(f"/api/forum/posts/{post['id']}/history")).status_code == 403
    response = await luca.post(
        "/api/forum/edits", json={"post_id": post["id"], "body": "<p>not mine</p>"}
    )
    assert response.json()["error"]["code"] == "forbidden"


async def test_a_deleted_post_is_gone_for_readers_and_audited(world):
    space, teacher, (giulia, _), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    mine = await _reply(giulia, thread, "<p>oops</p>")
    other = await _reply(giulia, thread, "<p>rude</p>")
    await giulia.ok("POST", "/api/forum/deletions", json={"post_id": mine["id"]})
    await teacher.ok("POST", "/api/forum/deletions", json={"post_id": other["id"]})
    page = await _page(giulia, thread)
    assert [p["id"] for p in page["posts"]] == [page["posts"][0]["id"]]  # the opening post only
    log = await teacher.ok("GET", f"/api/spaces/{space['id']}/audit")
    assert [e["action"] for e in log[:2]] == ["forum.delete", "forum.delete"]


async def test_deleting_the_first_post_deletes_the_thread(world):
    _, teacher, _, discussion = await _forum(world)
    thread, opening = await _thread(teacher, discussion)
    await teacher.ok("POST", "/api/forum/deletions", json={"post_id": opening["id"]})
    listed = await teacher.ok("GET", f"/api/forum/discussions/{discussion['id']}")
    assert listed["threads"] == []
    assert (await teacher.get(f"/api/forum/threads/{thread['id']}")).status_code == 404


async def test_a_locked_thread_takes_replies_from_teachers_only(world):
    _, teacher, (giulia, _), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    await teacher.ok("POST", "/api/forum/locks", json={"thread_id": thread["id"], "locked": True})
    response = await giulia.post("/api/forum/posts", json={"thread_id": thread["id"], "body": "x"})
    assert response.json()["error"]["code"] == "locked"
    await _reply(teacher, thread, "<p>Closed, thank you all.</p>")
    response = await giulia.post(
        "/api/forum/locks", json={"thread_id": thread["id"], "locked": False}
    )
    assert response.json()["error"]["code"] == "forbidden"


async def test_pinned_threads_come_first(world):
    _, teacher, _, discussion = await _forum(world)
    rules, _ = await _thread(teacher, discussion, "Rules")
    await _thread(teacher, discussion, "Later news")
    await teacher.ok("POST", "/api/forum/pins", json={"thread_id": rules["id"], "pinned": True})
    listed = await teacher.ok("GET", f"/api/forum/discussions/{discussion['id']}")
    assert [t["title"] for t in listed["threads"]] == ["Rules", "Later news"]
    assert listed["threads"][0]["pinned"] is True


async def test_unread_counts_are_kept_per_member_across_devices(world):
    space, teacher, (giulia, _), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    for n in range(3):
        last = await _reply(teacher, thread, f"<p>news {n}</p>")
    listed = await giulia.ok("GET", f"/api/forum/discussions/{discussion['id']}")
    assert listed["threads"][0]["unread"] == 4  # the opening post and three replies
    home = await giulia.ok("GET", f"/api/spaces/{space['id']}/forum")
    assert home["discussions"][0]["unread"] == 4
    await giulia.ok(
        "POST", "/api/forum/reads", json={"thread_id": thread["id"], "post_id": last["id"]}
    )
    tablet = world.client()
    await tablet.login(giulia.user["username"], giulia.password)
    listed = await tablet.ok("GET", f"/api/forum/discussions/{discussion['id']}")
    assert listed["threads"][0]["unread"] == 0
    await _reply(giulia, thread, "<p>my own reply is never unread for me</p>")
    listed = await tablet.ok("GET", f"/api/forum/discussions/{discussion['id']}")
    assert listed["threads"][0]["unread"] == 0


async def test_a_thread_comes_in_pages(world):
    _, teacher, _, discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    for n in range(5):
        await _reply(teacher, thread, f"<p>{n}</p>")
    first = await _page(teacher, thread, limit=4)
    assert len(first["posts"]) == 4 and first["more"] is True
    rest = await _page(teacher, thread, limit=4, after=first["posts"][-1]["id"])
    assert [p["body"] for p in rest["posts"]] == ["<p>3</p>", "<p>4</p>"]
    assert rest["more"] is False


async def test_a_pupils_reply_with_a_phone_number_waits_for_a_teacher(world):
    space, teacher, (giulia, luca), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    held = await _reply(giulia, thread, f"<p>{PHONE}</p>")
    assert held["status"] == "held"
    assert [p["status"] for p in (await _page(giulia, thread))["posts"]] == ["visible", "held"]
    assert len((await _page(luca, thread))["posts"]) == 1
    [item] = await teacher.ok("GET", f"/api/spaces/{space['id']}/review")
    assert item["content_kind"] == "forum.post"
    assert {f["kind"] for f in item["findings"]} == {"phone"}
    await teacher.ok(
        "POST", "/api/review/decisions", json={"item_id": item["id"], "decision": "approve"}
    )
    assert [p["status"] for p in (await _page(luca, thread))["posts"]] == ["visible", "visible"]


async def test_a_held_thread_waits_with_its_first_post(world):
    space, teacher, (giulia, luca), discussion = await _forum(world)
    await teacher.ok(
        "PATCH",
        f"/api/spaces/{space['id']}/settings",
        json={"forum": {"pupils_start_threads": True}},
    )
    thread, _ = await _thread(giulia, discussion, "Write to me", f"<p>{PHONE}</p>")
    assert thread["status"] == "held"
    assert (await luca.ok("GET", f"/api/forum/discussions/{discussion['id']}"))["threads"] == []
    assert (await luca.get(f"/api/forum/threads/{thread['id']}")).status_code == 404
    [item] = await teacher.ok("GET", f"/api/spaces/{space['id']}/review")
    await teacher.ok(
        "POST",
        "/api/review/decisions",
        json={"item_id": item["id"], "decision": "reject", "note": "No phone numbers, please."},
    )
    page = await _page(giulia, thread)
    assert page["posts"][0]["status"] == "rejected"
    assert page["posts"][0]["note"] == "No phone numbers, please."


async def test_a_phone_number_in_a_thread_title_is_screened_too(world):
    space, teacher, (giulia, _), discussion = await _forum(world)
    await teacher.ok(
        "PATCH",
        f"/api/spaces/{space['id']}/settings",
        json={"forum": {"pupils_start_threads": True}},
    )
    thread, _ = await _thread(giulia, discussion, "Text 347 123 4567", "<p>hello</p>")
    assert thread["status"] == "held"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ('<p><a href="mailto:giulia.b2013@gmail.com">write to me</a></p>', "email"),
        ('<p><a href="https://wa.me/393471234567">chat with me</a></p>', "phone"),
        ('<p><a href="https://europa.eu/" title="347 123 4567">the EU</a></p>', "phone"),
        ('<p title="347 123 4567">our river</p>', "phone"),
        ('<p><a href="https://europa.eu/?to=giulia.b2013%40gmail.com">EU</a></p>', "email"),
    ],
    ids=["mailto", "whatsapp-link", "link-title", "paragraph-title", "escaped-address"],
)
async def test_what_a_post_says_in_its_links_and_titles_is_screened_too(world, body, kind):
    """A reader's browser shows a link's address and a title as a tooltip, and opens
    the address in one click: they are read like the words around them."""
    space, teacher, (giulia, luca), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    held = await _reply(giulia, thread, body)
    assert held["status"] == "held"
    assert len((await _page(luca, thread))["posts"]) == 1
    [item] = await teacher.ok("GET", f"/api/spaces/{space['id']}/review")
    assert kind in {f["kind"] for f in item["findings"]}


async def test_a_phone_number_hidden_by_zero_width_character_references_is_held(world):
    _space, teacher, (giulia, luca), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    held = await _reply(giulia, thread, "<p>call me 347&#8203;123&#8203;4567</p>")
    assert held["status"] == "held"
    assert held["body"] == "<p>call me 3471234567</p>"
    assert len((await _page(luca, thread))["posts"]) == 1


async def test_a_pupil_flooding_the_forum_is_told_to_wait_and_others_write_on(world, app):
    """The server's own limits (the tests' settings lift the chat's), not a test's."""
    rt = app.state.runtime
    rt.settings = rt.settings.with_(content_limits=dict(DEFAULT_CONTENT_LIMITS))
    replies = DEFAULT_CONTENT_LIMITS["forum.reply"].count
    reports = DEFAULT_CONTENT_LIMITS["report.create"].count
    space, teacher, (giulia, luca), discussion = await _forum(world)
    thread, first = await _thread(teacher, discussion)
    for n in range(replies):
        await _reply(giulia, thread, f"<p>river {n}</p>")
    flood = await giulia.post(
        "/api/forum/posts", json={"thread_id": thread["id"], "body": "<p>river 3</p>"}
    )
    assert flood.status_code == 429
    assert flood.json()["error"]["code"] == "rate_limited"
    assert flood.json()["error"]["retry_after"] > 0
    assert (await _reply(luca, thread, "<p>my turn</p>"))["status"] == "visible"
    report = {"content_kind": "forum.post", "content_id": first["id"], "reason": "spam"}
    for _ in range(reports):
        await giulia.ok("POST", "/api/reports", 201, json=report)
    refused = await giulia.post("/api/reports", json=report)
    assert refused.json()["error"]["code"] == "rate_limited"
    assert len(await teacher.ok("GET", f"/api/spaces/{space['id']}/reports")) == reports


async def test_a_link_to_an_allowed_site_is_no_reason_to_hold(world):
    _space, teacher, (giulia, _luca), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    body = '<p>Read <a href="https://en.wikipedia.org/wiki/Arno">the Arno</a>.</p>'
    assert (await _reply(giulia, thread, body))["status"] == "visible"


async def test_a_space_can_premoderate_its_forums(world):
    space, teacher, (giulia, _), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    await teacher.ok(
        "PATCH", f"/api/spaces/{space['id']}/settings", json={"forum": {"premoderated": True}}
    )
    assert (await _reply(giulia, thread, "<p>hello</p>"))["status"] == "held"
    assert (await _reply(teacher, thread, "<p>teachers are not held</p>"))["status"] == "visible"


async def test_markup_outside_the_allowlist_never_reaches_a_reader(world):
    _, teacher, (giulia, _), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    raw = (
        '<p onmouseover="alert(1)">hi<script>alert(2)</script>'
        '<a href="javascript:alert(3)">x</a><img src="https://evil.example/p.gif">'
        '<iframe src="https://evil.example"></iframe></p>'
    )
    post = await _reply(giulia, thread, raw)
    assert post["body"] == '<p>hi<a rel="nofollow noopener ugc">x</a><img></p>'


async def test_a_post_over_twenty_thousand_characters_is_refused(world):
    _, teacher, _, discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    response = await teacher.post(
        "/api/forum/posts", json={"thread_id": thread["id"], "body": "<p>" + "a" * 20_001 + "</p>"}
    )
    assert response.json()["error"]["fields"] == [{"field": "text", "problem": "string_too_long"}]
    await _reply(teacher, thread, "<p>" + "a" * 20_000 + "</p>")


async def test_search_finds_published_posts_of_the_space_only(world):
    space, teacher, (giulia, luca), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion, "Rivers of Tuscany", "<p>The Arno floods.</p>")
    await _reply(giulia, thread, "<p>Our river Vistula is longer</p>")
    await _reply(giulia, thread, f"<p>river secrets: {PHONE}</p>")  # held
    removed = await _reply(luca, thread, "<p>river of rude words</p>")
    await teacher.ok(
        "POST", "/api/removals", json={"content_kind": "forum.post", "content_id": removed["id"]}
    )
    deleted = await _reply(luca, thread, "<p>river I regret</p>")
    await luca.ok("POST", "/api/forum/deletions", json={"post_id": deleted["id"]})
    other_teacher = await world.teacher("Anna")
    other = await world.space(other_teacher, "Elsewhere")
    other_discussion = await other_teacher.ok(
        "POST", "/api/forum/discussions", 201, json={"space_id": other["id"], "title": "x"}
    )
    await _thread(other_teacher, other_discussion, "Another river", "<p>river far away</p>")

    url = f"/api/spaces/{space['id']}/forum/search"
    found = await luca.ok("GET", url, params={"q": "river"})
    assert sorted(r["excerpt"] for r in found["results"]) == [
        "Our river Vistula is longer",
        "The Arno floods.",  # "river" as a prefix of the title's "Rivers"
    ]
    found = await luca.ok("GET", url, params={"q": "tusc"})  # a prefix, in the title
    assert [r["thread_title"] for r in found["results"]] == ["Rivers of Tuscany"]
    assert (await luca.ok("GET", url, params={"q": '" OR * NEAR('}))["results"] == []
    outsider = await world.teacher("Nobody")
    assert (await outsider.get(url, params={"q": "river"})).status_code == 404


async def test_reports_review_and_removal_act_on_posts(world):
    _space, teacher, (giulia, luca), discussion = await _forum(world)
    thread, _ = await _thread(teacher, discussion)
    post = await _reply(giulia, thread, "<p>Luca is silly</p>")
    report = await luca.ok(
        "POST",
        "/api/reports",
        201,
        json={"content_kind": "forum.post", "content_id": post["id"], "reason": "unkind"},
    )
    assert report["excerpt"] == "Luca is silly"
    removed = await teacher.ok(
        "POST", "/api/removals", json={"content_kind": "forum.post", "content_id": post["id"]}
    )
    assert removed["resolved_reports"] == 1
    assert len((await _page(luca, thread))["posts"]) == 1
    response = await luca.post(
        "/api/reports",
        json={"content_kind": "forum.nothing", "content_id": post["id"], "reason": "x"},
    )
    assert response.status_code == 404
