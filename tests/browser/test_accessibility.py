"""axe-core finds no serious or critical accessibility violation on any kind of page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser

axe = Axe()

BLOCKING_IMPACTS = {"serious", "critical"}


def violations_report(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {', '.join(map(str, node['target']))}" for node in violation["nodes"])
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        *((path, 200) for path in PUBLIC_PAGES.values()),
        ("/en/films/lost-bullet-2/", 200),
        ("/en/films/no-such-film/", 404),
        ("/en/accounts/login/", 200),
        ("/en/accounts/signup/", 200),
    ],
)
def test_page_has_no_serious_accessibility_violations(page, seeded_live_server, path, status):
    response = page.goto(seeded_live_server + path)
    assert response.status == status, f"{path} answered {response.status}, expected {status}"

    results = axe.run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe on {path}:\n{violations_report(blocking)}"
