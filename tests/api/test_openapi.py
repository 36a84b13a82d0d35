"""The API's description at /api/openapi.json: made from the routes' declarations,
so it names every operation, and says what the door really checks."""

from __future__ import annotations

import httpx
from starlette.routing import Mount

from twinspace.api import ApiRoute
from twinspace.errors import HTTP_STATUS


async def _description(app):
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        response = await http.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def _declared(app):
    """(path, method) of every operation the app's API routes declare."""
    (api,) = [r for r in app.routes if isinstance(r, Mount) and r.path == "/api"]
    return {
        ("/api" + route.path_format, method.lower())
        for route in api.routes
        if isinstance(route, ApiRoute)
        for method in route.operations
    }


async def test_the_description_is_public_openapi_3_1_and_names_every_operation(app):
    described = await _description(app)
    assert described["openapi"] == "3.1.0"
    operations = {(p, m) for p, methods in described["paths"].items() for m in methods}
    assert operations == _declared(app)
    assert ("/api/openapi.json", "get") in operations


async def test_a_body_is_described_by_the_schema_that_validates_it(app, world):
    described = await _description(app)
    create = described["paths"]["/api/spaces"]["post"]
    ref = create["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    space_in = described["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert space_in["additionalProperties"] is False
    assert space_in["properties"]["title"]["maxLength"] == 120
    teacher = await world.teacher()
    refused = await teacher.post("/api/spaces", json={"title": "x" * 121})
    assert refused.json()["error"]["fields"] == [{"field": "title", "problem": "string_too_long"}]


async def test_an_empty_body_is_optional_only_where_the_door_takes_it(app):
    paths = (await _description(app))["paths"]
    assert paths["/api/spaces"]["post"]["requestBody"]["required"] is True
    # Every field of a space's update is optional: {} changes nothing.
    assert paths["/api/spaces/{space_id}"]["patch"]["requestBody"]["required"] is False


async def test_path_ids_queries_and_rooms_are_described_with_their_bounds(app):
    paths = (await _description(app))["paths"]
    history = {
        p["name"]: p for p in paths["/api/spaces/{space_id}/chat/{room}"]["get"]["parameters"]
    }
    assert history["space_id"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 10**18 - 1}
    assert history["room"]["schema"]["enum"] == ["general", "staff"]
    assert history["limit"]["in"] == "query"
    assert history["limit"]["schema"]["maximum"] == 200
    assert history["before"]["required"] is False


async def test_writes_need_the_session_and_the_csrf_token_and_public_doors_nothing(app):
    described = await _description(app)
    schemes = described["components"]["securitySchemes"]
    assert schemes["session"] == {**schemes["session"], "in": "cookie", "name": "ts_session"}
    assert schemes["csrf"] == {**schemes["csrf"], "in": "header", "name": "X-CSRF-Token"}
    paths = described["paths"]
    assert paths["/api/spaces"]["post"]["security"] == [{"session": [], "csrf": []}]
    assert paths["/api/spaces"]["get"]["security"] == [{"session": []}]
    assert paths["/api/session"]["post"]["security"] == []


async def test_each_error_status_carries_its_own_codes_in_the_one_error_shape(app):
    described = await _description(app)
    operation = described["paths"]["/api/spaces/{space_id}"]["get"]
    assert operation["responses"]["200"]["content"]["application/json"]["schema"]["type"] == (
        "object"
    )
    assert operation["responses"]["403"] == {"$ref": "#/components/responses/Error403"}
    schema = described["components"]["schemas"]["Error403"]
    codes = schema["properties"]["error"]["properties"]["code"]["enum"]
    assert sorted(codes) == sorted(c.value for c, s in HTTP_STATUS.items() if s == 403)
    rate_limited = described["components"]["responses"]["Error429"]
    assert rate_limited["headers"]["Retry-After"]["required"] is True


async def test_answers_that_give_ids_link_to_the_operations_taking_them(app):
    paths = (await _description(app))["paths"]
    links = paths["/api/spaces"]["post"]["responses"]["201"]["links"]
    assert links["space"]["parameters"] == {"path.space_id": "$response.body#/id"}
    assert links["member_mute"]["requestBody"] == {"space_id": "$response.body#/id"}
    members = paths["/api/spaces/{space_id}/members"]["get"]["responses"]["200"]["links"]
    assert members["remove_member"]["parameters"] == {
        "path.space_id": "$request.path.space_id",
        "path.user_id": "$response.body#/0/user_id",
    }
