"""Reference marks ([1], [2]…) are tap targets of at least 24 by 24 px (WCAG 2.5.8, Lighthouse's
target-size), none covering another, on a phone and on a desktop screen."""

import pytest

from tests.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
MINIMUM = 24

# Page coordinates of every reference mark, with the text around it to name it by.
MARKS = """Array.from(document.querySelectorAll(".cite a"), (link, index) => {
    const box = link.getBoundingClientRect();
    const context = link.closest("p, li, dd, h2, h3, summary, div").textContent;
    return {
        name: `#${index} ${link.textContent} in "${context.trim().slice(0, 40)}"`,
        left: box.left + window.scrollX, top: box.top + window.scrollY,
        right: box.right + window.scrollX, bottom: box.bottom + window.scrollY,
    };
})"""


def overlap(a, b):
    # Boxes that only touch share an edge, no area.
    return min(a["right"], b["right"]) - max(a["left"], b["left"]) > 0.5 and (
        min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 0.5
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_every_reference_mark_is_a_24px_target_clear_of_the_others(
    page, seeded_live_server, screenshot
):
    page.goto(seeded_live_server + PUBLIC_PAGES["film"])
    screenshot("film-citations")
    # Marks inside spoiler disclosures count too, once shown.
    page.evaluate("document.querySelectorAll('details').forEach(details => details.open = true)")
    marks = page.evaluate(MARKS)
    assert len(marks) > 20

    too_small = [
        f"{m['name']}: {m['right'] - m['left']:.1f} x {m['bottom'] - m['top']:.1f} px"
        for m in marks
        if m["right"] - m["left"] < MINIMUM or m["bottom"] - m["top"] < MINIMUM
    ]
    assert not too_small, "Smaller than 24 x 24 px:\n" + "\n".join(too_small)
    overlapping = [
        f"{a['name']} and {b['name']}"
        for i, a in enumerate(marks)
        for b in marks[i + 1 :]
        if overlap(a, b)
    ]
    assert not overlapping, "Overlapping reference marks:\n" + "\n".join(overlapping)
