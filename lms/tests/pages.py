"""Page-tree helpers for tests: a site whose root is the home page, as seed_demo makes."""

from wagtail.models import Locale, Page, Site

from lms.models import HomePage


def make_home_page(title="Learn, organize, and build power together") -> HomePage:
    """The test site's home page (made once per test)."""
    existing = HomePage.objects.filter(slug="test-home").first()
    if existing:
        return existing
    locale, _ = Locale.objects.get_or_create(language_code="en")
    # Transactional (browser) tests start from an emptied database without a root.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(instance=HomePage(title=title, slug="test-home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home
