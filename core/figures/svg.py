"""A minimal SVG writer using only what both QtSvg and svglib draw the same way.

No CSS, patterns or markers: hatching, dots and arrowheads are plain geometry, so the
picture on screen and on paper never differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from core.figures.geometry import Vec2


def _fmt(value: float) -> str:
    """A coordinate to a tenth, without a trailing ".0" (and "0", never "-0", for zero itself)."""
    if value == 0:
        return "0"
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _attrs(attributes: dict[str, str | float]) -> str:
    """The attributes as SVG text; a picture has thousands of shapes but a few dozen styles, so
    each distinct style is written once per process."""
    key = tuple(attributes.items())
    text = _ATTRIBUTES.get(key)
    if text is None:
        text = _ATTRIBUTES[key] = " ".join(
            f"{name.replace('_', '-')}={quoteattr(str(_fmt(v) if isinstance(v, float) else v))}"
            for name, v in key)
    return text


_ATTRIBUTES: dict[tuple[tuple[str, str | float], ...], str] = {}


@dataclass
class Drawing:
    """Elements in metres (screen y down); written scaled to centimetres with a fitted viewBox."""

    scale: float = 100.0
    elements: list[str] = field(default_factory=list)
    points: list[Vec2] = field(default_factory=list)
    shift: Vec2 = (0.0, 0.0)  # added to every point, to set several figures side by side

    def _xy(self, point: Vec2) -> str:
        x, y = point[0] + self.shift[0], point[1] + self.shift[1]
        return f"{_fmt(x * self.scale)} {_fmt(y * self.scale)}"

    def _path(self, points: Iterable[Vec2]) -> str:
        """The points as "x y L x y ...": _xy() written out in the loop (a picture has thousands)."""
        dx, dy, scale, fmt = self.shift[0], self.shift[1], self.scale, _fmt
        return " L ".join(f"{fmt((x + dx) * scale)} {fmt((y + dy) * scale)}" for x, y in points)

    def _track(self, points: Iterable[Vec2]) -> None:
        dx, dy = self.shift
        self.points += [(x + dx, y + dy) for x, y in points]

    def polygon(self, points: Sequence[Vec2], **style: str | float) -> None:
        if len(points) < 2:
            return
        self._track(points)
        path = "M " + self._path(points) + " Z"
        self.elements.append(f"<path d={quoteattr(path)} {_attrs(style)}/>")

    def line(self, a: Vec2, b: Vec2, **style: str | float) -> None:
        self._track([a, b])
        self.elements.append(f"<path d={quoteattr('M ' + self._xy(a) + ' L ' + self._xy(b))} "
                             f"{_attrs({'fill': 'none', **style})}/>")

    def polyline(self, points: Iterable[Vec2], **style: str | float) -> None:
        points = list(points)
        self._track(points)
        path = "M " + self._path(points)
        self.elements.append(f"<path d={quoteattr(path)} {_attrs({'fill': 'none', **style})}/>")

    def dot(self, centre: Vec2, radius: float, **style: str | float) -> None:
        x, y = centre[0] + self.shift[0], centre[1] + self.shift[1]
        self.points += [(x - radius, y - radius), (x + radius, y + radius)]
        self.elements.append(f"<circle cx={quoteattr(_fmt(x * self.scale))} "
                             f"cy={quoteattr(_fmt(y * self.scale))} "
                             f"r={quoteattr(_fmt(radius * self.scale))} {_attrs(style)}/>")

    def bounds(self) -> tuple[float, float, float, float]:
        xs, ys = [p[0] for p in self.points] or [0.0], [p[1] for p in self.points] or [0.0]
        return min(xs), min(ys), max(xs), max(ys)

    def embed(self, other: Drawing, corner: Vec2, factor: float) -> None:
        """Draw another drawing here, scaled by ``factor`` with its top-left at ``corner``."""
        left, top, right, bottom = other.bounds()
        x = (corner[0] + self.shift[0] - left * factor) * self.scale
        y = (corner[1] + self.shift[1] - top * factor) * self.scale
        self._track([corner, (corner[0] + (right - left) * factor, corner[1] + (bottom - top) * factor)])
        self.elements.append(f'<g transform="translate({_fmt(x)} {_fmt(y)}) scale({factor:.4f})">')
        self.elements += other.elements
        self.elements.append("</g>")

    def open_group(self, **attributes: str | float) -> None:
        self.elements.append(f"<g {_attrs(attributes)}>")

    def close_group(self) -> None:
        self.elements.append("</g>")

    def to_svg(self, height_px: float = 320.0, margin: float = 0.06, title: str = "") -> str:
        xs = [p[0] for p in self.points] or [0.0]
        ys = [p[1] for p in self.points] or [0.0]
        left, top = (min(xs) - margin) * self.scale, (min(ys) - margin) * self.scale
        width = (max(xs) - min(xs) + 2 * margin) * self.scale
        height = (max(ys) - min(ys) + 2 * margin) * self.scale
        width_px = height_px * width / height
        heading = f"<title>{_escape(title)}</title>" if title else ""
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
            f'width="{_fmt(width_px)}" height="{_fmt(height_px)}" '
            f'viewBox="{_fmt(left)} {_fmt(top)} {_fmt(width)} {_fmt(height)}">'
            f"{heading}{''.join(self.elements)}</svg>\n"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
