"""The Nu HTML checker (vnu.jar, the W3C validator's engine) finds no error on any public page.

`make validator` installs the checker and Debian's Java; `make pytest` does so first and points
BULLETSITE_VNU_JAR at it. All pages go to one Java process: its start-up costs seconds.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.urls import reverse

from films.models import Film
from reviews.models import TrilogyRanking
from tests.factories import make_user, make_user_review
from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

DEFAULT_JAR = Path(settings.BASE_DIR) / ".tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"


@pytest.fixture(scope="session")
def vnu_command():
    """The command that runs the checker. Under make, which names the jar, a missing checker
    fails the test; run by hand without it, the test is skipped and says how to get it."""
    named = os.environ.get("BULLETSITE_VNU_JAR")
    jar = Path(named or DEFAULT_JAR)
    java = shutil.which("java")
    if jar.is_file() and java:
        return [java, "-jar", str(jar)]
    missing = f"the Nu HTML checker at {jar}" if not jar.is_file() else "Java"
    reason = f"{missing} is missing: run `make validator`."
    if named:
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def validate(command, documents, folder):
    """Check every document in one run of the checker; return its errors as readable lines."""
    paths = {}
    for number, (name, html) in enumerate(documents.items()):
        path = folder / f"page-{number}.html"
        path.write_bytes(html)
        paths[str(path.resolve())] = name
    result = subprocess.run(
        [*command, "--format", "json", "--stdout", "--exit-zero-always", *paths],
        capture_output=True,
        check=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    return [
        f"{paths.get(unquote(urlsplit(m.get('url', '')).path), m.get('url', '?'))}, "
        f"line {m.get('lastLine', '?')}: {m['message']}"
        f"{'  [' + m['extract'].strip() + ']' if m.get('extract') else ''}"
        for m in messages
        if m["type"] in ("error", "non-document-error")
    ]


def test_every_public_page_is_valid_html(client, seeded, vnu_command, tmp_path):
    # Community reviews show on the home page, film pages, the review list and member pages:
    # an approved one, and one with spoilers, which folds.
    film = Film.objects.get(slug="lost-bullet")
    member = make_user(username="validmember")
    make_user_review(film=film, author=member, title="Lean & loud")
    make_user_review(
        film=Film.objects.get(slug="lost-bullet-2"),
        author=member,
        body="The ending turns everything around.\n\nA second paragraph of the review.",
        contains_spoilers=True,
    )
    # The trilogy page shows the members' ranking once there is one.
    trilogy = [
        Film.objects.get(slug=slug) for slug in ("lost-bullet", "lost-bullet-2", "last-bullet")
    ]
    TrilogyRanking.objects.rank(member=member, films=[trilogy[1], trilogy[0], trilogy[2]])

    anonymous = {
        **PUBLIC_PAGES,
        "film (sequel)": reverse("films:film-detail", kwargs={"slug": "lost-bullet-2"}),
        "film (finale)": reverse("films:film-detail", kwargs={"slug": "last-bullet"}),
        "search finding every kind": reverse("search:search") + "?q=bullet",
        "search for a near miss": reverse("search:search") + "?q=lanvim",
        "search without results": reverse("search:search") + "?q=zzzzzz",
        "search refused": reverse("search:search") + "?q=%00",
        "member": reverse("reviews:member-detail", kwargs={"username": member.username}),
        "not found": "/en/films/no-such-film/",
        "sign up": reverse("account_signup"),
        "sign in": reverse("account_login"),
        "password reset": reverse("account_reset_password"),
    }
    statuses = {"search refused": 400, "not found": 404}
    documents = {}
    for name, url in anonymous.items():
        response = client.get(url)
        assert response.status_code == statuses.get(name, 200), url
        documents[f"{name} ({url})"] = response.content

    # A member sees the review form and buttons on a film page they have not reviewed yet.
    client.force_login(make_user())
    signed_in = {
        "film, signed in": reverse("films:film-detail", kwargs={"slug": "lost-bullet"}),
        "review form": reverse("reviews:review-create", kwargs={"slug": "last-bullet"}),
        "report form": reverse(
            "reviews:review-flag", kwargs={"pk": member.film_reviews.first().pk}
        ),
        "email addresses": reverse("account_email"),
        "password change": reverse("account_change_password"),
        "trilogy, with the ranking form": reverse("trilogy"),
    }
    for name, url in signed_in.items():
        response = client.get(url)
        assert response.status_code == 200, url
        documents[f"{name} ({url})"] = response.content
    response = client.post(signed_in["report form"], {"reason": "other"})
    documents["report form with an error"] = response.content
    twice = {"place_1": trilogy[0].pk, "place_2": trilogy[0].pk, "place_3": trilogy[2].pk}
    response = client.post(reverse("trilogy-rank"), twice)
    documents["ranking form with an error"] = response.content
    # Sending the form leads back to the film page, with a message.
    review = {"rating": "8", "title": "Tense", "body": "A tight, physical chase film." * 2}
    response = client.post(signed_in["review form"], review, follow=True)
    assert response.redirect_chain, response.content
    documents[f"film with a message ({response.request['PATH_INFO']})"] = response.content

    errors = validate(vnu_command, documents, tmp_path)
    assert not errors, "The Nu HTML checker reports:\n" + "\n".join(errors)
