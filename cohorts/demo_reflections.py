"""Demo reflections for the running Northern California boot camp: participants'
answers in five languages at every visibility, responses, appreciations, a pinned
reflection, an announcement, one report waiting in the moderation queue, and two
reflections whose writers agreed to be quoted, one featured on the Boot Camp page. Written through the services, like
everything the demo makes; skipped when the cohort already has reflections."""

from django.utils import translation

from curriculum.selectors import lesson_prompts, program_outline

from .models import Reflection, ReportReason
from .services.exchange import (
    announcement_post,
    appreciation_toggle,
    quote_feature_toggle,
    reflection_pin_toggle,
    response_submit,
)
from .services.moderation import report_submit
from .services.reflections import reflection_submit, reflection_update

# (participant number, lesson index, visibility, text)
REFLECTIONS = [
    (
        1,
        0,
        "cohort",
        "Cuando llegué a Oakland, una vecina me invitó a una reunión de inquilinos. "
        "Nadie me preguntó de dónde venía: me dieron café y me pidieron mi opinión. "
        "Eso me hizo sentir parte de algo.",
    ),
    (
        2,
        0,
        "cohort",
        "第一次參加社區會議時，有人主動幫我翻譯，讓我能夠發言。"
        "那一刻我覺得自己的聲音也很重要。",
    ),
    (
        3,
        0,
        "cohort",
        "Ở chùa, các cô chú luôn gọi tên tôi và hỏi thăm gia đình tôi. "
        "Chính sự quan tâm nhỏ đó làm tôi muốn quay lại mỗi tuần.",
    ),
    (
        5,
        0,
        "cohort",
        "Sa simbahan namin, pinakain muna kami bago nagsimula ang pulong. "
        "Doon ko naramdaman na kasama ako, hindi lang bisita.",
    ),
    (
        6,
        0,
        "cohort",
        "My aunt's block club. Everybody had a job, even the kids, and nobody waited "
        "for permission to help. I want our canvass launches to feel like that.",
    ),
    (
        8,
        0,
        "facilitators",
        "I'm not sure I belonged anywhere until college. I'd rather not share more "
        "with everyone yet.",
    ),
    (
        9,
        0,
        "private",
        "Nota para mí: preguntarle a mi mamá cómo organizaban en su pueblo.",
    ),
    (
        14,
        1,
        "cohort",
        "We played music from every family's country before the phonebank. People "
        "stayed an hour longer than planned.",
    ),
]

# (responder number or "facilitator", reflection index, text)
RESPONSES = [
    (6, 0, "Coffee first, then opinions. I'm stealing that for our next phonebank."),
    (
        "facilitator",
        0,
        "Gracias, José Luis. ¿Podría contar esta historia en la primera reunión del "
        "equipo?",
    ),
    (10, 1, "我也有同樣的經驗！有人幫忙翻譯，真的讓人覺得被接納。"),
    (5, 4, "Yes! Everyone had a job. Ganyan din sa amin sa Daly City."),
    (
        "facilitator",
        5,
        "Thank you for trusting us with this. Take all the time you need.",
    ),
    (14, 4, "Great deals at my cousin's store, visit www.example.com today!!!"),
]

APPRECIATIONS = {0: [2, 3, 6, 10, 14], 1: [1, 10], 3: [6], 4: [1, 5, 13], 7: [6, 1]}

ANNOUNCEMENT = (
    "Reminder: bring a friend to Saturday's canvass launch. We start at 10 with food "
    "and music. Rides are available: answer here if you need one."
)


def seed(cohort, participants, facilitator) -> None:
    if Reflection.objects.filter(enrollment__cohort=cohort).exists():
        return
    with translation.override("en"):
        outline = program_outline(cohort.program).lessons
    lessons = [lesson.specific for lesson in outline]  # with their bodies
    lessons = [lesson for lesson in lessons if lesson_prompts(lesson)]
    people = {number: participants[number - 1] for number in range(1, 21)}
    people["facilitator"] = facilitator
    reflections = [
        reflection_submit(
            user=people[number],
            lesson=lessons[index],
            prompt_id=next(iter(lesson_prompts(lessons[index]))),
            text=text,
            visibility=visibility,
        )
        for number, index, visibility, text in REFLECTIONS
    ]
    responses = [
        response_submit(user=people[who], reflection=reflections[index], text=text)
        for who, index, text in RESPONSES
    ]
    for index, numbers in APPRECIATIONS.items():
        for number in numbers:
            appreciation_toggle(user=people[number], reflection=reflections[index])
    reflection_pin_toggle(user=facilitator, reflection=reflections[4])
    announcement_post(user=facilitator, cohort=cohort, text=ANNOUNCEMENT)
    report_submit(
        user=people[6],
        item=responses[-1],
        reason=ReportReason.SPAM,
        note="This is an ad, not a response.",
    )
    for index, with_organization in ((0, False), (4, True)):
        reflection = reflections[index]
        reflection_update(
            user=reflection.enrollment.user,
            reflection=reflection,
            text=reflection.text,
            visibility=reflection.visibility,
            quote_consent=True,
            show_organization=with_organization,
        )
    quote_feature_toggle(user=facilitator, reflection=reflections[4])
