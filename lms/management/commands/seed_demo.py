"""Demo data for trying the site: home page, locales, partner organizations, one account per role.

Safe to run again: existing rows are found and kept in step, never duplicated.
"""

from importlib import import_module

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule
from wagtail.models import Locale, Page, Site

from lms import services
from lms.models import HomePage, MembershipRole, Organization, Region, User
from lms.permissions import FACILITATORS, PARTNER_MANAGERS, ensure_role_groups

DEMO_PASSWORD = "organize-together-2026"

HOME = {
    "en": (
        "Learn, organize, and build power together",
        "Free trainings for organizers in California: our electoral organizing boot "
        "camps, the New Majority Fellowship, and learning for the staff of our partner "
        "organizations. Study on your phone, in your language, at your own pace.",
    ),
    "es": (
        "Aprender, organizar y construir poder juntos",
        "Capacitaciones gratuitas para organizadores en California: nuestros campamentos "
        "de organización electoral, el Programa Nueva Mayoría y formación para el personal "
        "de nuestras organizaciones aliadas. Estudie en su teléfono, en su idioma y a "
        "su propio ritmo.",
    ),
    "zh-hant": (
        "一起學習、組織、建立力量",
        "為加州社區組織者提供的免費培訓：選舉組織訓練營、新多數青年領袖培訓計畫，以及合作夥伴"
        "組織員工的學習課程。用手機、用你的語言、按你的步調學習。",
    ),
}

# Boot camp graduates' reflections, as the organization publishes them (excerpts).
TESTIMONIALS = [
    {
        "quote": "I feel like I am a part of a larger movement and have the necessary "
        "support to engage young people of color in civic activism.",
        "attribution": "Niq Toliver",
        "role": "Community Coalition",
        "language": "en",
    },
    {
        "quote": "The MBEO Boot Camp grounded us in culture and history as an "
        "inspirational framework to dive into electoral organizing.",
        "attribution": "Beatriz Herrera",
        "role": "San Francisco Rising",
        "language": "en",
    },
]

ORGANIZATIONS = [
    ("East Oakland Tenants Together", Region.NORTHERN, "https://example.org/eott"),
    ("Richmond Youth Vote Collective", Region.NORTHERN, "https://example.org/ryvc"),
    ("Fresno Valley Farmworker Families", Region.CENTRAL, "https://example.org/fvff"),
    ("Koreatown Community Voice", Region.SOUTHERN, "https://example.org/kcv"),
    ("Little Saigon Civic League", Region.SOUTHERN, "https://example.org/lscl"),
    ("San Diego Refugee Forum", Region.SOUTHERN, "https://example.org/sdrf"),
    ("Bay Area Filipino Youth Alliance", Region.NORTHERN, "https://example.org/bafya"),
    (
        "Inland Empire Black Voters Project",
        Region.SOUTHERN,
        "https://example.org/iebvp",
    ),
]

ACCOUNTS = [
    # email, display name, latin name, language, groups, superuser
    ("participant@example.org", "María Guadalupe Reyes", "", "es", [], False),
    (
        "facilitator@example.org",
        "陳小明",
        "Chen Xiaoming",
        "zh-hant",
        [FACILITATORS],
        False,
    ),
    (
        "partner@example.org",
        "Nguyễn Thị Lan",
        "Nguyen Thi Lan",
        "vi",
        [PARTNER_MANAGERS],
        False,
    ),
    ("admin@example.org", "محمد الأمين", "Mohamed Al-Amin", "en", [], True),
]


class Command(BaseCommand):
    help = "Load demo data (idempotent) and print the demo logins."

    @transaction.atomic
    def handle(self, *args, **options):
        self.seed_locales()
        ensure_role_groups()
        self.seed_home_pages()
        organizations = self.seed_organizations()
        users = {account[0]: self.seed_account(*account) for account in ACCOUNTS}
        self.seed_memberships(users, organizations)
        self.seed_other_apps()
        self.print_logins()

    def seed_locales(self):
        for code, _name in settings.LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def seed_home_pages(self):
        english = Locale.objects.get(language_code="en")
        home = HomePage.objects.filter(locale=english).first()
        if home is None:
            # Wagtail's migrations make the root; a database emptied since (as the
            # browser tests leave theirs) gets one again.
            root = Page.get_first_root_node() or Page.add_root(
                instance=Page(title="Root", slug="root", locale=english)
            )
            # Wagtail's "Welcome to your new Wagtail site!" placeholder is not ours.
            for placeholder in root.get_children().exact_type(Page):
                placeholder.delete()
            title, intro = HOME["en"]
            home = root.add_child(
                instance=HomePage(title=title, intro=intro, slug="home")
            )
        self.seed_home_text(home, *HOME["en"])
        self.point_site_at(home)
        for code, (title, intro) in HOME.items():
            if code != "en":
                self.seed_home_translation(home, code, title, intro)

    def point_site_at(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()

    def seed_home_translation(self, home, code, title, intro):
        locale = Locale.objects.get(language_code=code)
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
        self.seed_home_text(translation.specific, title, intro)

    def seed_home_text(self, page, title, intro):
        """Title, introduction and the reflections (kept in the words they were
        written in), published if they changed."""
        quotes = [("quote", quote) for quote in TESTIMONIALS]
        current = [block.value for block in page.testimonials]
        unchanged = [dict(value) for value in current] == TESTIMONIALS
        if (page.title, page.intro, page.live, unchanged) != (title, intro, True, True):
            page.title, page.intro, page.testimonials = title, intro, quotes
            page.save_revision().publish()

    def seed_organizations(self):
        organizations = {}
        for name, region, website in ORGANIZATIONS:
            slug = name.lower().replace(" ", "-")
            organizations[name], _ = Organization.objects.update_or_create(
                slug=slug, defaults={"name": name, "region": region, "website": website}
            )
        return organizations

    def seed_account(
        self, email, display_name, latin_name, language, groups, superuser
    ):
        user = User.objects.filter(email=email).first()
        if user is None:
            create = (
                User.objects.create_superuser if superuser else User.objects.create_user
            )
            user = create(
                email=email, password=DEMO_PASSWORD, display_name=display_name
            )
        services.user_update_profile(
            user=user,
            display_name=display_name,
            latin_name=latin_name,
            preferred_language=language,
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    def seed_memberships(self, users, organizations):
        oakland = organizations["East Oakland Tenants Together"]
        participant = users["participant@example.org"]
        services.membership_join(user=participant, organization=oakland)
        services.membership_set_consent(
            user=participant, organization=oakland, shares_progress=True
        )
        manager = services.membership_join(
            user=users["partner@example.org"], organization=oakland
        )
        if manager.role != MembershipRole.MANAGER:
            manager.role = MembershipRole.MANAGER
            manager.save(update_fields=["role"])

    def seed_other_apps(self):
        """Each app adds its own demo data in `<app>/demo.py`, in INSTALLED_APPS order
        (curriculum, cohorts, certificates), so this app need not know theirs."""
        for app in apps.get_app_configs():
            if app.name != "lms" and module_has_submodule(app.module, "demo"):
                import_module(f"{app.name}.demo").seed(self.stdout)

    def print_logins(self):
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in with:"))
        for email, *_rest in ACCOUNTS:
            self.stdout.write(f"  {email}")
        self.stdout.write(f"Password for every demo account: {DEMO_PASSWORD}")
        self.stdout.write(
            "Facilitator and admin accounts set up an authenticator app "
            "(two-factor) the first time they open /admin/."
        )
