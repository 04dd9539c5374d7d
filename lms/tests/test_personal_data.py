"""A person's data (lms.personal_data): every row that names them is in their
download, no secret is, the download reads in their language, "My data" shows only
their own, and the emailed link works for them alone until it expires."""

import datetime
import io
import json
import re
import zipfile
from functools import cached_property

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone, translation
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.admin.models import EditingSession, FormState
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    APIToken,
    Collection,
    Comment,
    CommentReply,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    Task,
    TaskState,
    UploadedFile,
    Workflow,
    WorkflowState,
)
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
)

from certificates.services import certificate_issue
from cohorts import services as cohort_services
from cohorts.models import (
    Announcement,
    Appreciation,
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortLogEntry,
    Enrollment,
    EnrollmentStatus,
    LessonCompletion,
    NotificationSettings,
    OpeningNotice,
    PendingNotification,
    Reflection,
    Report,
    ReportOutcome,
    ReportReason,
    Response,
)
from cohorts.tests.factories import CohortFactory, SessionFactory
from conftest import enable_totp
from curriculum.models import ModulePage
from curriculum.tests.factories import locale, make_curriculum
from lms import services
from lms.models import DataExport, PartnerInvite, SignIn, User
from lms.personal_data import as_zip, field_key, fields_naming_a_user
from lms.tests.factories import MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

XSS = "<script>alert(1)</script>"


# As cohorts/tests/conftest.py has them (that conftest does not reach lms/tests).
@pytest.fixture
def tree(db):
    return make_curriculum(modules=1, lessons_per_module=2)


@pytest.fixture
def cohort(tree):
    return CohortFactory(program=tree.program)


def read_zip(archive: bytes) -> tuple[dict, str]:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        document = json.loads(opened.read("personal-data.json"))
        html = opened.read("personal-data.html").decode()
    return document, html


def exported(document: dict) -> set[tuple[str, object]]:
    """(model, id) of every row of every section."""
    return {
        (row["model"], row["id"])
        for section in document["sections"]
        for row in section["rows"]
    }


# Every row that names a person ------------------------------------------------------


class Context:
    """What the builders share: the person's cohort, a peer and their writing, a
    page of the curriculum. Each is made the first time a builder asks for it."""

    def __init__(self, user, tree):
        self.user = user
        self.tree = tree

    @cached_property
    def cohort(self):
        return CohortFactory(program=self.tree.program)

    @cached_property
    def lesson(self):
        return self.tree.lessons[0]

    @cached_property
    def page(self):
        return Page.objects.get(pk=self.lesson.pk)

    @cached_property
    def peer(self):
        return UserFactory(display_name="Pia Peer")

    @cached_property
    def enrollment(self):
        return cohort_services.enrollment_request(user=self.user, cohort=self.cohort)

    @cached_property
    def peer_enrollment(self):
        return cohort_services.enrollment_request(user=self.peer, cohort=self.cohort)

    @cached_property
    def peer_reflection(self):
        return Reflection.objects.create(
            enrollment=self.peer_enrollment,
            lesson_key=self.lesson.translation_key,
            prompt_id="peer",
            text="Pia's reflection.",
        )

    @cached_property
    def session(self):
        return SessionFactory(cohort=self.cohort)

    @cached_property
    def peer_comment(self):
        return Comment.objects.create(
            page=self.page, user=self.peer, text="Check this.", contentpath="title"
        )

    @cached_property
    def translation_context(self):
        lesson, _created = TranslatableObject.objects.get_or_create_from_instance(
            self.lesson
        )
        return TranslationContext.objects.create(
            object=lesson, path="body.intro", field_path="body"
        )

    @cached_property
    def revision(self):
        return self.lesson.save_revision(user=self.peer)


def root_collection():
    # A browser test that ran before on this worker may have emptied the tree away.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def jpeg(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#7a1f3d").save(buffer, "JPEG")
    return ImageFile(buffer, name)


def module_page(ctx, slug, **fields):
    """A new page, listed as a wagtailcore.Page: the keys are declared there."""
    page = ctx.tree.program.add_child(
        instance=ModulePage(title=slug.title(), slug=slug, live=False, **fields)
    )
    return Page.objects.get(pk=page.pk)


def group_membership(user, ctx):
    group = Group.objects.create(name="Newsletter editors")
    user.groups.add(group)
    return User.groups.through.objects.get(user=user, group=group)


def permission_grant(user, ctx):
    permission = Permission.objects.get(codename="access_admin")
    user.user_permissions.add(permission)
    return User.user_permissions.through.objects.get(user=user, permission=permission)


def facilitation(user, ctx):
    ctx.cohort.facilitators.add(user)
    return Cohort.facilitators.through.objects.get(cohort=ctx.cohort, user=user)


def workflow_state(user, ctx):
    return WorkflowState.objects.create(
        content_type=ContentType.objects.get_for_model(ctx.lesson),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(ctx.lesson.pk),
        workflow=Workflow.objects.create(name="Review"),
        requested_by=user,
        status=WorkflowState.STATUS_APPROVED,
    )


def task_state(user, ctx):
    state = WorkflowState.objects.create(
        content_type=ContentType.objects.get_for_model(ctx.lesson),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(ctx.lesson.pk),
        workflow=Workflow.objects.create(name="Second review"),
        requested_by=ctx.peer,
        status=WorkflowState.STATUS_APPROVED,
    )
    return TaskState.objects.create(
        workflow_state=state,
        revision=ctx.revision,
        task=Task.objects.create(name="Check the Spanish"),
        status=TaskState.STATUS_APPROVED,
        finished_at=timezone.now(),
        finished_by=user,
    )


def authenticator_app(user, ctx):
    enable_totp(user)
    return Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)


BUILDERS = {
    "lms.user_groups.user": group_membership,
    "lms.user_user_permissions.user": permission_grant,
    "lms.membership.user": lambda user, ctx: MembershipFactory(user=user),
    "lms.partnerinvite.created_by": lambda user, ctx: PartnerInvite.objects.create(
        organization=OrganizationFactory(), created_by=user
    ),
    "lms.signin.user": lambda user, ctx: services.sign_in_record(
        user=user, session_key="k" * 32
    ),
    "lms.dataexport.user": lambda user, ctx: DataExport.objects.create(user=user),
    "cohorts.cohort_facilitators.user": facilitation,
    "cohorts.enrollment.user": lambda user, ctx: ctx.enrollment,
    "cohorts.enrollment.decided_by": lambda user, ctx: Enrollment.objects.create(
        user=UserFactory(),
        cohort=ctx.cohort,
        status=EnrollmentStatus.DECLINED,
        decided_by=user,
    ),
    "cohorts.attendance.recorded_by": lambda user, ctx: Attendance.objects.create(
        session=ctx.session,
        enrollment=ctx.peer_enrollment,
        status=AttendanceStatus.PRESENT,
        recorded_by=user,
    ),
    "cohorts.response.author": lambda user, ctx: Response.objects.create(
        reflection=ctx.peer_reflection, author=user, text="Thank you, Pia."
    ),
    "cohorts.appreciation.user": lambda user, ctx: Appreciation.objects.create(
        reflection=ctx.peer_reflection, user=user
    ),
    "cohorts.announcement.author": lambda user, ctx: Announcement.objects.create(
        cohort=ctx.cohort, author=user, text="See you Tuesday."
    ),
    "cohorts.report.reporter": lambda user, ctx: Report.objects.create(
        reflection=ctx.peer_reflection, reporter=user, reason=ReportReason.SPAM
    ),
    "cohorts.report.resolved_by": lambda user, ctx: Report.objects.create(
        reflection=ctx.peer_reflection,
        reporter=ctx.peer,
        reason=ReportReason.OTHER,
        resolved_at=timezone.now(),
        resolved_by=user,
        outcome=ReportOutcome.DISMISSED,
    ),
    "cohorts.notificationsettings.user": lambda user, ctx: (
        NotificationSettings.objects.create(user=user)
    ),
    "cohorts.pendingnotification.user": lambda user, ctx: (
        PendingNotification.objects.create(
            user=user,
            announcement=Announcement.objects.create(
                cohort=ctx.cohort, author=ctx.peer, text="Bring a friend."
            ),
        )
    ),
    "cohorts.calendarfeed.user": lambda user, ctx: cohort_services.calendar_feed_for(
        user
    ),
    "cohorts.openingnotice.user": lambda user, ctx: OpeningNotice.objects.create(
        user=user, program_key=ctx.tree.program.translation_key
    ),
    "cohorts.cohortlogentry.user": lambda user, ctx: CohortLogEntry.objects.log_action(
        ctx.cohort, "wagtail.edit", user=user
    ),
    "certificates.certificate.issued_by": lambda user, ctx: certificate_issue(
        enrollment=ctx.peer_enrollment, by=user
    ),
    "wagtail_localize.stringtranslation.last_translated_by": lambda user, ctx: (
        StringTranslation.objects.create(
            translation_of=String.objects.create(locale=locale("en"), data="Hello"),
            locale=locale("es"),
            data="Hola",
            context=ctx.translation_context,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=user,
        )
    ),
    "wagtail_localize.segmentoverride.last_translated_by": lambda user, ctx: (
        SegmentOverride.objects.create(
            locale=locale("es"),
            data_json='"https://example.org/es/"',
            last_translated_by=user,
        )
    ),
    "wagtailusers.userprofile.user": lambda user, ctx: UserProfile.get_for_user(user),
    "wagtaildocs.document.uploaded_by_user": lambda user, ctx: (
        get_document_model().objects.create(
            title="Flyer",
            file=ContentFile(b"Come to the meeting.", name="flyer.txt"),
            collection=root_collection(),
            uploaded_by_user=user,
        )
    ),
    "wagtailimages.image.uploaded_by_user": lambda user, ctx: (
        get_image_model().objects.create(
            title="Rally",
            file=jpeg("rally.jpg"),
            collection=root_collection(),
            uploaded_by_user=user,
        )
    ),
    "wagtailadmin.editingsession.user": lambda user, ctx: EditingSession.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(ctx.page.pk),
        last_seen_at=timezone.now(),
    ),
    "wagtailadmin.formstate.user": lambda user, ctx: FormState.objects.create(
        data="title=Draft",
        user=user,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(ctx.page.pk),
        parent_object_id="",
        last_updated_at=timezone.now(),
    ),
    "wagtailcore.apitoken.user": lambda user, ctx: APIToken.create_token(
        user=user, name="Sync script"
    )[0],
    "wagtailcore.modellogentry.user": lambda user, ctx: (
        ModelLogEntry.objects.log_action(
            OrganizationFactory(), "wagtail.create", user=user
        )
    ),
    "wagtailcore.revision.user": lambda user, ctx: ctx.lesson.save_revision(user=user),
    "wagtailcore.uploadedfile.uploaded_by_user": lambda user, ctx: (
        UploadedFile.objects.create(
            file=ContentFile(b"not yet an image", name="upload.jpg"),
            for_content_type=ContentType.objects.get_for_model(get_image_model()),
            uploaded_by_user=user,
        )
    ),
    "wagtailcore.workflowstate.requested_by": workflow_state,
    "wagtailcore.taskstate.finished_by": task_state,
    "wagtailcore.page.locked_by": lambda user, ctx: module_page(
        ctx, "locked-module", locked=True, locked_at=timezone.now(), locked_by=user
    ),
    "wagtailcore.page.owner": lambda user, ctx: module_page(
        ctx, "owned-module", owner=user
    ),
    "wagtailcore.pagelogentry.user": lambda user, ctx: PageLogEntry.objects.log_action(
        ctx.page, "wagtail.edit", user=user
    ),
    "wagtailcore.comment.user": lambda user, ctx: Comment.objects.create(
        page=ctx.page, user=user, text="Typo here.", contentpath="title"
    ),
    "wagtailcore.comment.resolved_by": lambda user, ctx: Comment.objects.create(
        page=ctx.page,
        user=ctx.peer,
        text="Shorter?",
        contentpath="title",
        resolved_at=timezone.now(),
        resolved_by=user,
    ),
    "wagtailcore.commentreply.user": lambda user, ctx: CommentReply.objects.create(
        comment=ctx.peer_comment, user=user, text="Fixed."
    ),
    "wagtailcore.pagesubscription.user": lambda user, ctx: (
        PageSubscription.objects.create(
            user=user, page=ctx.page, comment_notifications=True
        )
    ),
    "account.emailaddress.user": lambda user, ctx: EmailAddress.objects.create(
        user=user, email="second-address@example.org"
    ),
    "mfa.authenticator.user": authenticator_app,
}

# Rows that name the person through their enrollment rather than a key of their own.
THROUGH_ENROLLMENT = {
    "reflection": lambda user, ctx: Reflection.objects.create(
        enrollment=ctx.enrollment,
        lesson_key=ctx.lesson.translation_key,
        prompt_id="mine",
        text="Why I organize.",
    ),
    "attendance": lambda user, ctx: Attendance.objects.create(
        session=ctx.session,
        enrollment=ctx.enrollment,
        status=AttendanceStatus.EXCUSED,
    ),
    "lesson completion": lambda user, ctx: LessonCompletion.objects.create(
        enrollment=ctx.enrollment, lesson_key=ctx.lesson.translation_key
    ),
    "certificate": lambda user, ctx: certificate_issue(enrollment=ctx.enrollment),
}


def test_every_row_that_names_a_person_is_in_their_download(participant, tree):
    keys = {field_key(f) for f in fields_naming_a_user()}
    missing, stale = sorted(keys - set(BUILDERS)), sorted(set(BUILDERS) - keys)
    assert not missing, (
        f"A new model names the user: add a builder here and make sure the export "
        f"shows it: {missing}"
    )
    assert not stale, f"No such key to the user any more: {stale}"

    ctx = Context(participant, tree)
    built = {key: build(participant, ctx) for key, build in BUILDERS.items()}
    built |= {key: build(participant, ctx) for key, build in THROUGH_ENROLLMENT.items()}
    for key, instance in built.items():
        assert instance.pk is not None, key

    document, _html = read_zip(as_zip(participant))
    rows = exported(document)
    absent = {
        key: (instance._meta.label_lower, instance.pk)
        for key, instance in built.items()
        if (instance._meta.label_lower, instance.pk) not in rows
    }
    assert not absent, f"Built but not in the download: {absent}"
    # The account itself, and nobody else's: the peer's reflection is not there.
    assert ("lms.user", participant.pk) in rows
    assert ("cohorts.reflection", ctx.peer_reflection.pk) not in rows
    assert ("cohorts.enrollment", ctx.peer_enrollment.pk) not in rows


# No secret --------------------------------------------------------------------------


def test_the_download_holds_no_secret(client, participant):
    totp_secret = enable_totp(participant)
    stored_secret = Authenticator.objects.get(user=participant).data["secret"]
    feed = cohort_services.calendar_feed_for(participant)
    export = DataExport.objects.create(user=participant)
    client.force_login(participant)  # records the sign-in with its session key
    session_key = client.session.session_key
    sign_in = SignIn.objects.get(user=participant)
    token, api_secret = APIToken.create_token(user=participant, name="Script")
    invite = PartnerInvite.objects.create(
        organization=OrganizationFactory(), created_by=participant
    )
    participant.refresh_from_db()
    secrets = {
        "authenticator secret": totp_secret,
        "authenticator data": stored_secret,
        "calendar token": feed.token,
        "data export token": export.token,
        "password hash": participant.password,
        "session key": session_key,
        "api token": api_secret,
        "api token hash": token.key_hash,
        "invite token": invite.token,
    }
    assert sign_in.session_key == session_key
    assert all(len(secret) >= 16 for secret in secrets.values())

    archive = as_zip(participant)
    document, html = read_zip(archive)
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        raw_json = opened.read("personal-data.json").decode()
        names = opened.namelist()
    rows = exported(document)
    # The records are there, only without their secrets.
    assert ("mfa.authenticator", Authenticator.objects.get(user=participant).pk) in rows
    assert ("cohorts.calendarfeed", feed.pk) in rows
    assert ("lms.signin", sign_in.pk) in rows
    text = "\n".join([raw_json, html, *names])
    leaked = [name for name, secret in secrets.items() if secret in text]
    assert not leaked


# In the person's language, escaped ------------------------------------------------


def test_the_download_is_readable_html_in_the_persons_language(participant, cohort):
    participant.preferred_language = "es"
    participant.save()
    enrollment = cohort_services.enrollment_request(user=participant, cohort=cohort)
    Reflection.objects.create(
        enrollment=enrollment,
        lesson_key=cohort.program.get_children().first().translation_key,
        prompt_id="p",
        text=f"Mi familia votó. {XSS}",
    )

    _document, html = read_zip(as_zip(participant))

    assert '<html lang="es"' in html
    with translation.override("es"):
        heading = gettext("My data")  # in Spanish once the catalog has it
        email_label = gettext("Email address")
    assert f"<h1>{heading}</h1>" in html
    # A label the Spanish catalog already has is in Spanish.
    assert email_label != "Email address"
    assert f"<dt>{email_label}</dt>" in html
    assert "Email address" not in html
    assert "Mi familia votó." in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert translation.get_language() in (None, "en")  # the override ended


# My data ----------------------------------------------------------------------------


def test_my_data_page_shows_only_the_persons_own_data(client, cohort):
    writers = {}
    for name in ("ana", "bo"):
        person = UserFactory(email=f"{name}@example.org")
        enrollment = cohort_services.enrollment_request(user=person, cohort=cohort)
        Reflection.objects.create(
            enrollment=enrollment,
            lesson_key=cohort.program.get_children().first().translation_key,
            prompt_id="p",
            text=f"What {name} wrote.",
        )
        writers[name] = person

    response = client.get("/profile/data/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")

    client.force_login(writers["ana"])
    response = client.get("/profile/data/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "What ana wrote." in page and "ana@example.org" in page
    assert "What bo wrote." not in page and "bo@example.org" not in page


def reflections_of(person, cohort, count):
    enrollment = cohort_services.enrollment_request(user=person, cohort=cohort)
    key = cohort.program.get_children().first().translation_key
    Reflection.objects.bulk_create(
        Reflection(
            enrollment=enrollment, lesson_key=key, prompt_id=f"p{n}", text=f"R{n}."
        )
        for n in range(count)
    )


def test_my_data_costs_the_same_queries_for_a_long_history(tree):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = []
    for count in (1, 12):
        person = UserFactory()
        reflections_of(person, CohortFactory(program=tree.program), count)
        client = Client()
        client.force_login(person)
        client.get("/profile/data/")  # what any page caches on its first visit
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/profile/data/").status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_a_long_section_shows_its_first_rows_and_opens_whole(client, cohort):
    person = UserFactory()
    reflections_of(person, cohort, 7)
    client.force_login(person)
    page = client.get("/profile/data/").content.decode()
    assert "R4." in page and "R5." not in page
    assert 'href="?show=writing#data-writing"' in page and "Show 2 more" in page
    whole = client.get("/profile/data/?show=writing").content.decode()
    assert "R6." in whole and "Show 2 more" not in whole
    # An unknown section name only shows the usual page.
    assert client.get("/profile/data/?show=%00x").status_code in (200, 400)


# The emailed link -------------------------------------------------------------------


@pytest.fixture
def export_link(client, participant, django_capture_on_commit_callbacks, mailoutbox):
    """Ana asks for her data; the link emailed to her."""
    client.force_login(participant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/profile/data/export/")
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    [message] = mailoutbox
    assert message.to == [participant.email]
    match = re.search(r"/profile/data/([\w-]+)/", message.body)
    assert match, message.body
    client.logout()
    return match.group(0)


def test_the_emailed_link_downloads_the_zip_for_its_person(
    client, participant, export_link
):
    client.force_login(participant)
    response = client.get(export_link)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "no-store" in response["Cache-Control"]
    document, _html = read_zip(b"".join(response.streaming_content))
    assert ("lms.user", participant.pk) in exported(document)


def test_the_emailed_link_is_nothing_to_anyone_else(client, export_link):
    response = client.get(export_link)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    client.force_login(UserFactory())
    assert client.get(export_link).status_code == 404


def test_the_link_expires_and_then_the_file_goes(client, participant, export_link):
    export = DataExport.objects.get(user=participant)
    name, storage = export.file.name, export.file.storage
    assert storage.exists(name)
    client.force_login(participant)
    assert client.get(export_link).status_code == 200

    DataExport.objects.filter(pk=export.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert client.get(export_link).status_code == 404
    assert storage.exists(name)  # until retention runs

    assert services.data_exports_expire() == 1
    assert not storage.exists(name)
    assert not DataExport.objects.filter(pk=export.pk).exists()


def test_an_export_finished_after_the_account_went_leaves_nothing(
    participant, mailoutbox
):
    """The task ran while the person deleted their account: no file, no email."""
    from lms import services
    from lms.models import DataExport

    export = DataExport.objects.create(user=participant)
    stale = DataExport.objects.select_related("user").get(pk=export.pk)
    storage = stale.file.storage
    DataExport.objects.filter(pk=export.pk).delete()
    assert services.data_export_prepare(export=stale) is None
    assert mailoutbox == []
    assert not storage.exists(f"personal-data/{stale.token}.zip")


def test_a_person_is_sent_their_data_three_times_a_day_at_most(client, participant):
    from lms import services
    from lms.models import DataExport

    client.force_login(participant)
    for _attempt in range(services.DATA_EXPORTS_PER_DAY):
        assert client.post("/profile/data/export/").status_code == 302
    page = client.post("/profile/data/export/", follow=True).content.decode()
    assert "several times today" in page
    # Staff answering for them count against the same limit.
    assert services.data_export_request(user=participant) is None
    assert DataExport.objects.filter(user=participant).count() == 3
