import factory
from allauth.account.models import EmailAddress

from lms.models import Membership, Organization, Region, User
from lms.permissions import ensure_role_groups

PASSWORD = "a-long-test-password-42"


class UserFactory(factory.django.DjangoModelFactory):
    """A user with a verified email address who can sign in with PASSWORD."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self,
                email=self.email,
                verified=extracted is not False,
                primary=True,
            )

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """Group names, e.g. UserFactory(roles=[FACILITATORS])."""
        if extracted:
            groups = ensure_role_groups()
            self.groups.add(*(groups[name] for name in extracted))


class AdminFactory(UserFactory):
    is_staff = True
    is_superuser = True


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Community Organization {n}")
    slug = factory.Sequence(lambda n: f"community-organization-{n}")
    region = Region.NORTHERN
    website = "https://example.org/"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
