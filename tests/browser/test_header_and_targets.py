"""The header, the film page's first screen and every control's size, measured in Chromium at a
phone's width and a desktop's, in English and in French.

On a phone the header is one bar (the site's name, Menu and Search); the synopsis of every film
starts on the first screen; the menu opens without JavaScript and reaches every kind of page, the
"I've seen" form and the languages. Every control a finger taps is at least 44 px in its smaller
dimension (WCAG 2.5.5), save a link inside a sentence and the 24 px reference marks."""

import pytest
from playwright.sync_api import expect

from films.models import Film
from tests.browser.test_account_pages import sign_in_by_cookie
from tests.browser.test_journey import (
    DESKTOP,
    PHONE,
    assert_no_horizontal_overflow,
    is_phone,
    open_header_fold,
)
from tests.factories import make_user, make_user_review

pytestmark = pytest.mark.browser

PHONE_HEADER = 64  # px: one bar
DESKTOP_HEADER = 160  # px: the navigation, then the tools; the invitation under them until chosen
# The synopsis starts with room for a few lines above the fold.
FIRST_SCREEN = PHONE["height"] - 100
TARGET = 44

# Each visible control smaller than 44 px, described. Exempt: a link inside a sentence (its block
# has words of its own, outside any control) and a reference mark (.cite), a 24 px target.
SMALL_CONTROLS = """() => {
    const CONTROLS = "a[href], button, input:not([type=hidden]), select, textarea, summary, label";
    const inline = el => getComputedStyle(el).display.startsWith("inline");
    const inSentence = el => {
        let block = el.parentElement;
        while (block && (inline(block) || getComputedStyle(block).display === "contents")) {
            block = block.parentElement;
        }
        if (!block || block.matches("li, summary") || block.closest("nav")) return false;
        const words = block.cloneNode(true);
        words.querySelectorAll(CONTROLS + ", .cite, .visually-hidden").forEach(c => c.remove());
        return /\\p{L}/u.test(words.textContent);
    };
    const small = [];
    for (const el of document.querySelectorAll(CONTROLS)) {
        // A label counts when it is a radio's or a checkbox's; such a box counts by its label.
        const boxed = el.matches("label") ? el.control : el;
        const box = boxed && boxed.matches("input[type=radio], input[type=checkbox]");
        if (el.matches("label") && !box) continue;
        if (box && el === boxed && el.labels.length) continue;
        if (!el.checkVisibility({ visibilityProperty: true })) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.right <= 0) continue;
        if (Math.min(r.width, r.height) >= TARGET - 0.5) continue;
        if (el.closest(".cite") || el.closest(EXEMPT)) continue;
        if (getComputedStyle(el).display === "inline" && inSentence(el)) continue;
        const name = (el.innerText || el.value || el.getAttribute("aria-label") || el.name || "")
            .trim().replace(/\\s+/g, " ").slice(0, 40);
        small.push(`<${el.tagName.toLowerCase()}${el.className ? "." + el.className : ""}> ` +
            `"${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
}""".replace("TARGET", str(TARGET))

# The rating input is measured on its own below, with a review's author signed in.
STARS = ".star-rating__choice"


def small_controls(page, exempt=":not(*)"):
    return page.evaluate(SMALL_CONTROLS.replace("EXEMPT", repr(exempt)))


SIZES = [PHONE, DESKTOP]
SIZE_IDS = ["phone", "desktop"]


def header_height(page):
    return page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")


def assert_controls_fit_a_finger(page, where):
    small = small_controls(page, exempt=STARS)
    assert not small, f"{where}: controls under {TARGET} px:\n" + "\n".join(small)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("viewport", SIZES, ids=SIZE_IDS, indirect=True)
def test_header_is_one_bar_on_a_phone_and_each_synopsis_on_the_first_screen(
    page, seeded_live_server, screenshot, language
):
    page.goto(f"{seeded_live_server}/{language}/")
    bound = PHONE_HEADER if is_phone(page) else DESKTOP_HEADER
    assert header_height(page) <= bound, f"the header is {header_height(page)} px tall"
    nav = page.locator(".site-nav")
    if is_phone(page):
        expect(nav).to_be_hidden()
        expect(page.locator(".site-header__fold > summary")).to_have_count(2)
    else:
        expect(nav).to_be_visible()
        expect(page.locator(".site-header__fold > summary").first).to_be_hidden()
    screenshot(f"{language}-home-header")

    slugs = list(Film.objects.published().values_list("slug", flat=True))
    assert slugs
    for slug in slugs:
        page.goto(f"{seeded_live_server}/{language}/films/{slug}/")
        assert header_height(page) <= bound, f"{slug}: the header is {header_height(page)} px"
        top = page.locator(".film__lede").bounding_box()["y"]
        assert top < FIRST_SCREEN, f"{slug} ({language}): the synopsis starts at {top} px"
        assert_no_horizontal_overflow(page)
    screenshot(f"{language}-film")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("viewport", SIZES, ids=SIZE_IDS, indirect=True)
def test_menu_opens_and_reaches_every_kind_of_page(page, seeded_live_server, screenshot, language):
    page.goto(f"{seeded_live_server}/{language}/films/lost-bullet/")
    open_header_fold(page)
    links = page.locator(".site-nav a")
    hrefs = links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    for path in (
        "films/",
        "characters/",
        "people/",
        "timeline/",
        "cars/",
        "trilogy/",
        "reviews/",
        "articles/",
    ):
        assert f"/{language}/{path}" in hrefs, f"no {path} in the menu: {hrefs}"
    for link in links.all():
        expect(link).to_be_visible()
        expect(link).to_be_in_viewport()
    expect(page.locator(".horizon-form select")).to_be_visible()
    expect(page.locator(".language-switch a")).to_have_count(2)
    for link in page.locator(".language-switch a").all():
        expect(link).to_be_visible()
    assert_controls_fit_a_finger(page, "the open menu")
    screenshot(f"{language}-menu-open")

    # The keyboard reaches the menu's links in order after its summary.
    if is_phone(page):
        page.locator(".site-header__fold--menu > summary").focus()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.site-nav') !== null")
        # Search is the other fold of one accordion: opening it closes the menu.
        page.locator(".site-header__fold--search > summary").click()
        expect(page.locator(".site-nav")).to_be_hidden()
    search = page.locator("header").get_by_role("search").locator("input[name=q]")
    expect(search).to_be_visible()
    search.fill("lino")
    search.press("Enter")
    expect(page).to_have_url(f"{seeded_live_server}/{language}/search/?q=lino")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("viewport", SIZES, ids=SIZE_IDS, indirect=True)
def test_every_control_is_at_least_44_px(page, seeded_live_server, language):
    film = Film.objects.get(slug="lost-bullet")
    make_user_review(film=film, title="Brutal and clean", author=make_user(username="clio_fan"))
    home = f"{seeded_live_server}/{language}/"
    pages = ("", "films/lost-bullet/", "films/lost-bullet/credits/", "reviews/")
    indexes = ("characters/", "people/", "cars/", "timeline/", "articles/", "critics/")
    for path in pages + indexes:
        page.goto(home + path)
        assert_controls_fit_a_finger(page, f"/{language}/{path}")
        if is_phone(page):
            open_header_fold(page)
            assert_controls_fit_a_finger(page, f"/{language}/{path} with the menu open")

    sign_in_by_cookie(page, seeded_live_server, make_user(username="areski_reader"))
    page.goto(f"{home}films/lost-bullet/review/")
    expect(page.locator("form textarea").first).to_be_visible()
    assert_controls_fit_a_finger(page, f"/{language}/films/lost-bullet/review/")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_each_half_star_is_at_least_44_px(page, seeded_live_server):
    sign_in_by_cookie(page, seeded_live_server, make_user(username="julia_reader"))
    page.goto(f"{seeded_live_server}/en/films/lost-bullet/review/")
    small = [control for control in small_controls(page) if "star-rating" in control]
    assert not small, "\n".join(small)
