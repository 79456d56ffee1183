"""Share cards: the picture a shared link to a page shows (og:image).

Apps say in their AppConfig.ready() which kinds of page have a card and what each card says
(`register`), and what heads every card (`set_heading`); this package draws and serves them and
knows no app. A page names its card with `{% url "share-card" kind slug %}`.
"""

from sharecards.registry import Card, register, set_heading

__all__ = ["Card", "register", "set_heading"]
