"""Promise 1: the site never stores immigration status, birth country or government IDs."""

import re

from django.apps import apps

# Distinctive word stems match anywhere in a field name; short tokens (ssn, itin,
# visa...) only as whole underscore-separated parts, so "editing" is not "itin".
STEMS = [
    "immigra",
    "citizen",
    "naturaliz",
    "alien",
    "asylum",
    "uscis",
    "nationality",
    "passport",
    "birthplace",
    "social_security",
    "driver_licen",
    "drivers_licen",
    "government_id",
    "national_id",
    "consular",
    "matricula",
    "legal_status",
    "birth_country",
    "country_of_birth",
    "place_of_birth",
]
TOKENS = ["ssn", "itin", "visa", "daca", "a_number", "anumber", "tin", "ead"]
FORBIDDEN = re.compile(
    "|".join(STEMS) + "|" + "|".join(rf"(?:^|_){t}(?:_|$)" for t in TOKENS),
    re.IGNORECASE,
)


def all_field_names():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            yield f"{model._meta.label}.{field.name}", field.name


def test_no_model_stores_immigration_or_identity_data():
    offending = [label for label, name in all_field_names() if FORBIDDEN.search(name)]
    assert offending == []


def test_guard_catches_such_fields():
    for name in [
        "immigration_status",
        "birth_country",
        "passport_number",
        "ssn",
        "a_number",
    ]:
        assert FORBIDDEN.search(name), name
    for name in [
        "display_name",
        "editing_sessions",
        "organization",
        "status",
        "visits",
    ]:
        assert not FORBIDDEN.search(name), name
