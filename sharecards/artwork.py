"""The look the site's drawn pictures share: the films' title-card posters (seed/posters.py) and
the pages' share cards (sharecards/drawing.py), drawn with Pillow on one near-black ground,
washed with one accent colour per film, crossed by a bullet's trail."""

# One accent per film of the series, in turn, on the same near-black ground.
ACCENTS = [(214, 64, 36), (232, 146, 30), (196, 32, 64)]
GROUND = (16, 17, 22)
INK = (244, 241, 234)
MUTED = (176, 172, 164)


def accent_for(index):
    """The accent colour of the index-th picture (any integer; a film's is its position - 1)."""
    return ACCENTS[index % len(ACCENTS)]


def draw_wash(draw, size, accent):
    """Wash the picture with the accent colour, from none at the top to strongest at the bottom."""
    width, height = size
    for y in range(height):
        strength = (y / height) ** 2 * 0.55
        colour = tuple(round(g + (a - g) * strength) for g, a in zip(GROUND, accent, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)


def draw_trail(draw, *, left, y, steps, step, accent, head):
    """Draw the bullet's trail from `left` along `y`: a streak of `steps` segments `step` wide
    that brightens towards its head, an ellipse (width, half height) in the ink colour."""
    for n in range(steps):
        fade = 1 - n / steps
        colour = tuple(
            round(a * (1 - fade) + g * fade) for a, g in zip(accent, GROUND, strict=True)
        )
        x = left + n * step
        draw.line([(x, y), (x + step, y)], fill=colour, width=3)
    x = left + steps * step
    head_width, half_height = head
    draw.ellipse([x, y - half_height, x + head_width, y + half_height], fill=INK)
