"""Critics and publications in search: their names, on their pages. Registered from
ReviewsConfig.ready()."""

from django.utils.translation import gettext_lazy as _

from search.registry import Document, register, register_page

register_page("critic", _("Critics"))
register_page("publication", _("Publications"))


@register("reviews.Critic", page="critic")
def critic_documents(critic):
    yield Document(url=critic.get_absolute_url(), title=critic.name)


@register("reviews.Publication", page="publication")
def publication_documents(publication):
    yield Document(url=publication.get_absolute_url(), title=publication.name)
