"""The program outline and the lesson body, shown on program and lesson pages."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from curriculum import selectors
from lms.pages import language_attrs
from lms.templatetags.lms_tags import minutes

register = template.Library()


@register.simple_tag
def outline_list(outline, lessons_done=(), current=None) -> str:
    """The modules and lessons of a program, the reader's finished lessons marked and
    the current one named. Written in Python, not a template: it has a row for every
    lesson of the program, on every lesson page, for each reader. Every value from
    the content goes through `escape`; `lang_attrs` is built with format_html."""
    done_mark = (
        '<span class="done-mark">✓<span class="visually-hidden"> '
        f"{escape(gettext('done'))}</span></span>"
    )
    optional = f" · {escape(gettext('optional'))}"
    # Titles are in each page's language; times and "optional" in the reader's.
    reader = language_attrs(get_language())
    current_pk = current.pk if current is not None else None
    html = ['<ol class="outline">']
    for module in outline.modules:
        page = module.page
        html.append(
            f'<li {page.lang_attrs}><h3><a href="{escape(page.local_url)}">'
            f"{escape(page.title)}</a></h3>"
            f'<p class="muted" {reader}>{escape(minutes(module.minutes))}</p>'
            '<ol class="lesson-list">'
        )
        for lesson in module.lessons:
            if lesson.pk == current_pk:
                title = f'<span aria-current="page"><strong>{escape(lesson.title)}</strong></span>'
            else:
                title = (
                    f'<a href="{escape(lesson.local_url)}">{escape(lesson.title)}</a>'
                )
            html.append(
                f"<li {lesson.lang_attrs}>"
                f"{done_mark if lesson.translation_key in lessons_done else ''}{title} "
                f'<span class="muted" {reader}>· {escape(minutes(lesson.estimated_minutes))}'
                f"{'' if lesson.is_required else optional}</span></li>"
            )
        html.append("</ol></li>")
    html.append("</ol>")
    return mark_safe("\n".join(html))  # noqa: S308 (every part escaped above)


@register.simple_tag(takes_context=True)
def body_parts(context, page) -> list:
    """`{% body_parts page as parts %}`: the body split where each reader sees their
    own (curriculum.selectors.body_parts). Previews are never shared."""
    previewing = getattr(context.get("request"), "is_preview", False)
    return selectors.body_parts(page, cached=not previewing)


@register.filter
def is_prompt(part) -> bool:
    return isinstance(part, selectors.Prompt)


@register.filter
def is_quotes(part) -> bool:
    return isinstance(part, selectors.QuotesSlot)
