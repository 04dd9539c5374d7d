"""Small horizontal bar charts drawn on the server as SVG, no chart JavaScript. A chart
is a table (label, bar, number): the bars are decoration for those who see them, the
numbers are what everyone, screen readers included, reads."""

from dataclasses import dataclass

BAR_HEIGHT = 14


@dataclass(frozen=True)
class DrawnBar:
    label: str
    shown: str | None  # None: "fewer than 5", drawn as no bar
    width: float  # percent of the longest bar


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    bars: list[DrawnBar]
    bar_height: int = BAR_HEIGHT


def bar_chart(id: str, title: str, bars) -> BarChart:
    """`bars` (with label, count and shown) scaled to the largest count shown. A count
    that is not shown draws no bar, so its length gives nothing away either."""
    largest = max((bar.count for bar in bars if bar.shown is not None), default=0)
    return BarChart(
        id,
        title,
        [
            DrawnBar(
                label=bar.label,
                shown=bar.shown,
                width=round(100 * bar.count / largest, 1)
                if largest and bar.shown is not None
                else 0.0,
            )
            for bar in bars
        ],
    )
