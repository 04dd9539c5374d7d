"""Small horizontal bar charts drawn on the server as SVG, no chart JavaScript. A chart
is a table (label, bar, numbers): the bars are decoration for those who see them, the
numbers are what everyone, screen readers included, reads."""

from dataclasses import dataclass

BAR_HEIGHT = 14


@dataclass(frozen=True)
class DrawnBar:
    bar: object  # partners.Bar: label, sharing, others_shown
    width: float  # percent of the longest bar


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    bars: list[DrawnBar]
    bar_height: int = BAR_HEIGHT


def bar_chart(id: str, title: str, bars) -> BarChart:
    """`bars` drawn to the number they show (`shown_total`): people who are not
    shown as a number do not lengthen a bar either, so its length gives nothing
    away."""
    largest = max((bar.shown_total for bar in bars), default=0)
    return BarChart(
        id,
        title,
        [
            DrawnBar(bar, round(100 * bar.shown_total / largest, 1) if largest else 0.0)
            for bar in bars
        ],
    )
