"""One headless Chromium per session, a fresh browser context per test, the seeded live server."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in the test thread, so Django would take every ORM call
# made by a test or fixture for one made from async code and raise SynchronousOnlyOperation.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("BULLETSITE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(
    os.environ.get("BULLETSITE_SCREENSHOTS", Path(__file__).resolve().parents[2] / "screenshots")
)


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run `make browsers` "
            "(or point BULLETSITE_CHROMIUM at a Chromium binary).",
            pytrace=False,
        )
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
        ],
    )
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def viewport(request):
    """The window size of `page`; tests parametrize it indirectly to run at several widths."""
    return getattr(request, "param", {"width": 1280, "height": 900})


@pytest.fixture
def page(browser, viewport):
    """A fresh page; the test fails if the page logged a Content-Security-Policy violation."""
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(10_000)
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and violations.append(f"{page.url}: {message.text}")
        ),
    )
    yield page
    context.close()
    assert not violations, "\n".join(violations)


@pytest.fixture
def seeded_live_server(live_server, reseeded, media_root):
    """The live server's URL, its database holding the real seed content (`reseeded`: the
    flush that ends each transactional test empties it) and its media folder the seed's posters.
    """
    return live_server.url


@pytest.fixture(scope="session")
def screenshots_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def screenshot(page, screenshots_dir):
    """Save a full-page screenshot as `{width}-{name}.png`, once every image has loaded."""

    def take(name):
        # Lazy images below the fold load only when scrolled to, and a full-page shot does not
        # scroll: each is made eager, then awaited until it loads or fails.
        page.evaluate(
            """Promise.all(Array.from(document.images, image => {
                image.loading = "eager";
                return image.complete || new Promise(done => {
                    image.addEventListener("load", done);
                    image.addEventListener("error", done);
                });
            }))"""
        )
        path = screenshots_dir / f"{page.viewport_size['width']}-{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return take
