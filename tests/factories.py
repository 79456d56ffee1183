"""Small factories: each makes a valid object, and any field can be overridden."""

import itertools

from django.contrib.auth import get_user_model

from films.models import Character, Credit, Film, Person, PublicationStatus, Role
from reviews.models import Critic, CriticReview, Publication, UserReview, Verdict

_sequence = itertools.count(1)


def _n():
    return next(_sequence)


def make_film(**fields):
    n = _n()
    defaults = {
        "title": f"Test Film {n}",
        "slug": f"test-film-{n}",
        "series_position": 100 + n,
        "status": PublicationStatus.PUBLISHED,
    }
    return Film.objects.create(**(defaults | fields))


def make_person(**fields):
    n = _n()
    return Person.objects.create(**({"name": f"Person {n}", "slug": f"person-{n}"} | fields))


def make_character(**fields):
    n = _n()
    return Character.objects.create(
        **({"name": f"Character {n}", "slug": f"character-{n}"} | fields)
    )


def make_credit(**fields):
    if "film" not in fields:
        fields["film"] = make_film()
    if "person" not in fields:
        fields["person"] = make_person()
    if fields.get("role", Role.CAST) == Role.CAST and "character" not in fields:
        fields["character"] = make_character()
    return Credit.objects.create(**({"role": Role.CAST} | fields))


def make_user(**fields):
    n = _n()
    return get_user_model().objects.create_user(
        **({"username": f"user{n}", "email": f"user{n}@example.com", "password": "pw"} | fields)
    )


def make_user_review(**fields):
    if "film" not in fields:
        fields["film"] = make_film()
    if "author" not in fields:
        fields["author"] = make_user()
    defaults = {
        "rating": 7,
        "title": "Worth watching",
        "body": "A lean, well-staged chase film with real stunts.",
        "status": UserReview.Status.APPROVED,
    }
    return UserReview.objects.create(**(defaults | fields))


def make_critic_review(**fields):
    n = _n()
    if "film" not in fields:
        fields["film"] = make_film()
    if "publication" not in fields:
        fields["publication"] = Publication.objects.create(
            name=f"Publication {n}", slug=f"publication-{n}"
        )
    if "critic" not in fields:
        fields["critic"] = Critic.objects.create(name=f"Critic {n}", slug=f"critic-{n}")
    defaults = {
        "pull_quote": "A quote.",
        "verdict": Verdict.POSITIVE,
        "status": PublicationStatus.PUBLISHED,
    }
    return CriticReview.objects.create(**(defaults | fields))


def make_staff(group_name, **fields):
    """A staff user in one of the newsroom's groups (created by a data migration)."""
    from django.contrib.auth.models import Group

    user = make_user(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=group_name))
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user
