"""The page cache knows no app: apps tell it which of their models change which pages."""

import pytest
from django.contrib.auth.models import Group
from django.template import engines
from django.test import RequestFactory

from films.models import SpoilerHorizon
from pagecache import content_version
from pagecache.registry import is_registered
from pagecache.versions import TOPIC_KEY, page_cache, start_version
from reviews.models import ReviewFlag, UserReview
from tests.caches import LOCAL_CACHES, clear_caches
from tests.factories import make_user, make_user_review


@pytest.fixture(autouse=True)
def local_cache(settings):
    settings.CACHES = LOCAL_CACHES
    clear_caches()


@pytest.mark.django_db
def test_saving_a_model_no_app_registered_moves_no_version():
    assert not is_registered(Group)
    version = content_version()
    topic = start_version(TOPIC_KEY.format("reviews"))
    group = Group.objects.create(name="Proofreaders")
    group.name = "Copy editors"
    group.save()
    group.delete()
    assert content_version() == version
    assert page_cache().get(TOPIC_KEY.format("reviews")) == topic


@pytest.mark.django_db
def test_a_members_horizon_and_reports_change_no_page():
    assert not is_registered(SpoilerHorizon) and not is_registered(ReviewFlag)
    member = make_user()
    version = content_version()
    SpoilerHorizon.objects.create(member=member, films_seen=2)
    assert content_version() == version


def test_templates_read_the_page_lifetime_from_the_one_setting(settings):
    settings.PAGE_CACHE_SECONDS = 120
    template = engines["django"].from_string("{{ page_cache_seconds }}")
    assert template.render(request=RequestFactory().get("/")) == "120"


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "moves"), [("en", False), ("fr", True)])
def test_an_edit_waiting_for_a_moderator_moves_its_topics_only_if_visitors_see_it(language, moves):
    review = make_user_review(language="en")
    topic_key = TOPIC_KEY.format(f"film:{review.film.slug}")
    topic = start_version(topic_key)
    review = UserReview.objects.get(pk=review.pk)  # as the edit view loads it
    review.language = language
    review.revise(rating=3, title="Edited", body="Edited words. " * 10, contains_spoilers=False)
    assert (page_cache().get(topic_key) != topic) is moves
