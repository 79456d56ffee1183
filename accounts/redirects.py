"""Where a `next` parameter may send a visitor: to a path on this site, and nowhere else.

Django's `redirect()` reads a bare word as a URL name, so `next=foo` was a 500 and
`next=account_logout` a redirect to the sign-out page; an address with a host can lead off the
site. Every view that follows a `next` asks this module first, and answers with the path
itself, never a name."""

from django.utils.http import url_has_allowed_host_and_scheme


def is_same_site_path(url):
    """Whether `url` is a path on this site ("/en/films/"): not a bare word or URL name, not
    another site ("//evil.example", "/\\evil.example", "https://evil.example/")."""
    return (
        isinstance(url, str)
        and url.startswith("/")
        and not url.startswith(("//", "/\\"))
        # No host is allowed: the check refuses anything a browser would read as one.
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    )


def safe_next(value, default):
    """Return `value` if it is a path on this site, else `default` (a path too)."""
    return value if is_same_site_path(value) else default
