"""The site's public pages on the seed content: one of each kind, for tests that visit them all."""

from html.parser import HTMLParser

from django.urls import reverse

from films.horizon import COOKIE_NAME

PUBLIC_PAGES = {
    "home": reverse("home"),
    "film list": reverse("films:film-list"),
    "film": reverse("films:film-detail", kwargs={"slug": "lost-bullet"}),
    "person": reverse("films:person-detail", kwargs={"slug": "alban-lenoir"}),
    "character": reverse("films:character-detail", kwargs={"slug": "lino"}),
    "character list": reverse("films:character-list"),
    "person list": reverse("films:person-list"),
    "film credits": reverse("films:film-credits", kwargs={"slug": "lost-bullet"}),
    "car list": reverse("films:vehicle-list"),
    "car": reverse("films:vehicle-detail", kwargs={"slug": "charas-renault"}),
    "timeline": reverse("films:timeline"),
    "critic": reverse("reviews:critic-detail", kwargs={"slug": "jordan-mintzer"}),
    "publication": reverse("reviews:publication-detail", kwargs={"slug": "paste"}),
    "critic list": reverse("reviews:critic-list"),
    "publication list": reverse("reviews:publication-list"),
    "review list": reverse("reviews:review-list"),
    "article list": reverse("films:piece-list"),
    "article": reverse("films:piece-detail", kwargs={"slug": "lost-bullet-ending-explained"}),
    # Marked snippets, and matches in text spoiling films a first visit has not seen.
    "search": reverse("search:search") + "?q=renault",
    "trilogy": reverse("trilogy"),
}

# Every spoiler horizon: how many films of the trilogy a reader has seen.
HORIZONS = [0, 1, 2, 3]

# Public documents for machines: they list pages but are not pages themselves.
FEEDS = {
    "feed": reverse("reviews:feed"),
    "sitemap": reverse("sitemap"),
}

# The pages that gather what is published across the site: a film, or a review of it, may turn
# up on any of them.
LISTINGS = [
    PUBLIC_PAGES["home"],
    PUBLIC_PAGES["film list"],
    PUBLIC_PAGES["review list"],
    FEEDS["feed"],
    FEEDS["sitemap"],
]


class Disclosures(HTMLParser):
    """Split a page's text into what a reader sees at once and what sits in spoiler
    disclosures, each with its summary."""

    def __init__(self, html):
        super().__init__()
        self.visible, self.folds, self.depth, self.in_summary = [], [], 0, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "details" and "spoiler" in (dict(attrs).get("class") or "").split():
            self.depth += 1
            if self.depth == 1:
                self.folds.append({"summary": "", "text": ""})
        elif tag == "summary" and self.depth:
            self.in_summary = True

    def handle_endtag(self, tag):
        if tag == "details" and self.depth:
            self.depth -= 1
        elif tag == "summary":
            self.in_summary = False

    def handle_data(self, data):
        if not self.depth:
            self.visible.append(data)
        elif self.in_summary:
            self.folds[-1]["summary"] += data
        else:
            self.folds[-1]["text"] += data

    @property
    def visible_text(self):
        return " ".join(" ".join(self.visible).split())

    def folded_under(self, film_title):
        return " ".join(
            " ".join(fold["text"].split())
            for fold in self.folds
            if " ".join(fold["summary"].split())
            in (f"Spoils {film_title}", f"Spoils {film_title}: show")
        )

    def assert_open_once_seen(self, text, spoils, films_seen, why):
        """Assert that `text`, which spoils the film `spoils`, reads open to a reader who has
        seen `films_seen` films if that film is among them, and is folded under its title if
        it is not."""
        if spoils.series_position <= films_seen:
            assert text in self.visible_text, why
        else:
            assert text not in self.visible_text, why
            assert text in self.folded_under(spoils.title), why


def html_of(client, url, films_seen=None):
    """The page at `url` as a visitor reads it (who has seen `films_seen` films, if given, by
    the horizon's cookie); fail unless it answers 200."""
    if films_seen is not None:
        client.cookies[COOKIE_NAME] = str(films_seen)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def disclosures(client, url, films_seen=None):
    """The page at `url`, as html_of() fetches it, split into what is open and what is folded."""
    return Disclosures(html_of(client, url, films_seen))


def words(text):
    """The text with its white space folded, as a page's visible text has it."""
    return " ".join(text.split())


def write_url(film):
    """The address of the form a member reviews `film` with."""
    return reverse("reviews:review-create", kwargs={"slug": film.slug})


class FormValues(HTMLParser):
    """What a browser would post back from an admin form page, unchanged."""

    def __init__(self, html):
        super().__init__()
        self.values, self.textarea, self.select = {}, None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind == "submit" and name != "_save":
                return
            self.values[name] = attrs.get("value") or ("on" if kind == "checkbox" else "")
        elif tag == "textarea" and name:
            self.textarea = name
            self.values[name] = ""
        elif tag == "select" and name:
            self.select = (name, "multiple" in attrs)
            self.values[name] = [] if "multiple" in attrs else ""
        elif tag == "option" and self.select and "selected" in attrs:
            name, multiple = self.select
            if multiple:
                self.values[name].append(attrs.get("value", ""))
            else:
                self.values[name] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.values[self.textarea] += data


def form_values(html):
    """The values of an admin form page's inputs, textareas and selects, as a dict to post back."""
    values = FormValues(html).values
    # A browser drops the newline that follows <textarea>.
    return {k: v.removeprefix("\n") if isinstance(v, str) else v for k, v in values.items()}
