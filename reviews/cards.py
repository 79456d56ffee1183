"""The share cards of the reviews app's pages: each says what its page shows."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext, pgettext

from films.series import Series
from reviews.models import Critic, Publication
from sharecards import Card


def critic_card(slug):
    critic = get_object_or_404(Critic, slug=slug)
    return Card(pgettext("share card", "Critic"), critic.name, accent=2)


def publication_card(slug):
    publication = get_object_or_404(Publication, slug=slug)
    return Card(pgettext("share card", "Publication"), publication.name, accent=2)


def member_card(slug):
    member = get_object_or_404(get_user_model(), username=slug, is_active=True)
    subtitle = gettext("Reviews of %(series)s") % {"series": Series.current().name}
    return Card(pgettext("share card", "Member"), member.get_username(), subtitle)


CARDS = {"critic": critic_card, "publication": publication_card, "member": member_card}
