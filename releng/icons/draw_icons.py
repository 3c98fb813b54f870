#!/usr/bin/python3
"""Draws the 16x16 icons, and their 32x32 twins for 200 % displays (name@2x.png, which JFace picks by itself):
the model's tree icons (plugins/org.accountatlas.edit/icons/full/obj16), one shape a kind and a colour per buying
role, so accounts, departments and people can be told apart at a glance; the diagram types' and the main tool
bar's (plugins/org.accountatlas.app/icons). Run: /usr/bin/python3 releng/icons/draw_icons.py (needs python3-pil).
Shapes are drawn, not copied: a building, an org chart, a person, ..."""
from pathlib import Path
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "plugins/org.accountatlas.edit/icons/full/obj16"
APP = ROOT / "plugins/org.accountatlas.app/icons"


class Scaled:
    """ImageDraw with every coordinate and width multiplied: one drawing in 16-pixel units serves both sizes."""

    def __init__(self, draw, factor):
        self.draw, self.factor = draw, factor

    def _xy(self, xy):
        f = self.factor
        if isinstance(xy[0], (tuple, list)):
            return [(x * f, y * f) for x, y in xy]
        return [v * f + (f - 1 if i >= 2 and len(xy) == 4 else 0) for i, v in enumerate(xy)]

    def __getattr__(self, name):
        method = getattr(self.draw, name)

        def scaled(xy, *args, **kwargs):
            if "width" in kwargs:
                kwargs["width"] = kwargs["width"] * self.factor
            if "radius" in kwargs:
                kwargs["radius"] = kwargs["radius"] * self.factor
            if name == "line":
                return method([v * self.factor + self.factor // 2 for v in xy] if not isinstance(xy[0], tuple)
                              else [(x * self.factor, y * self.factor) for x, y in xy], *args, **kwargs)
            return method(self._xy(xy), *args, **kwargs)
        return scaled


def draw_at(size, draw):
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw(Scaled(ImageDraw.Draw(image), size // 16))
    return image


def icon(name, draw, out=None):
    """A tree icon: GIF (EMF.Edit's format) at 16 pixels, PNG at 32."""
    out = out or OUT
    gif(draw_at(16, draw)).save(out / f"{name}.gif", transparency=0)
    gif(draw_at(32, draw)).save(out / f"{name}@2x.gif", transparency=0)


def gif(image):
    """GIF with one transparent colour: the palette image keeps index 0 for the clear background."""
    size = image.size[0]
    paletted = image.convert("RGBA").quantize(colors=15, method=Image.Quantize.FASTOCTREE)
    mask = Image.eval(image.split()[3], lambda a: 255 if a > 128 else 0)
    out = Image.new("P", (size, size), 0)
    out.putpalette([255, 255, 255] + paletted.getpalette()[:45])
    for y in range(size):
        for x in range(size):
            if mask.getpixel((x, y)):
                out.putpixel((x, y), paletted.getpixel((x, y)) + 1)
    return out


def png(name, draw):
    """An application icon: PNG at 16 and 32 pixels."""
    draw_at(16, draw).save(APP / f"{name}.png")
    draw_at(32, draw).save(APP / f"{name}@2x.png")


def building(d):  # Account: a company building
    d.rectangle([3, 2, 12, 14], fill="#2E75B6", outline="#1F3864")
    for y in (4, 7, 10):
        for x in (5, 9):
            d.rectangle([x, y, x + 1, y + 1], fill="#DEEBF7")
    d.rectangle([7, 12, 8, 14], fill="#1F3864")


def org_chart(d):  # OrgUnit: a department, three people in a frame (diagrams are the org charts)
    d.rectangle([0, 2, 15, 14], fill="#F7F9FC", outline="#8497B0")
    for x in (2, 7, 12):
        d.rectangle([x, 4, x + 1, 5], fill="#44546A")
        d.rectangle([x - 1, 7, x + 2, 12], fill="#44546A")


def person(colour, outline):
    def draw(d):  # Contact / TeamMember: head and shoulders
        d.ellipse([5, 1, 10, 6], fill=colour, outline=outline)
        d.pieslice([2, 7, 13, 20], 180, 360, fill=colour, outline=outline)
    return draw


def competitor(d):  # Competitor: a flag
    d.line([3, 1, 3, 15], fill="#5B2C2C", width=2)
    d.polygon([(4, 2), (13, 4), (4, 8)], fill="#C62828", outline="#8E1B1B")


def portfolio(d):  # Portfolio: a briefcase
    d.rectangle([5, 2, 10, 4], outline="#5D4037")
    d.rectangle([1, 4, 14, 13], fill="#8D6E63", outline="#4E342E")
    d.line([1, 8, 14, 8], fill="#4E342E")


def document(colour):
    def draw(d):  # plans, objectives, needs: a page with lines
        d.rectangle([3, 1, 12, 14], fill="#FFFFFF", outline="#616161")
        for y in (4, 7, 10):
            d.line([5, y, 10, y], fill=colour)
    return draw


def speech(colour):
    def draw(d):  # interactions, complaints: a speech bubble
        d.rounded_rectangle([1, 2, 14, 10], radius=3, fill=colour, outline="#424242")
        d.polygon([(4, 10), (4, 14), (8, 10)], fill=colour, outline="#424242")
    return draw


def arrow(colour):
    def draw(d):  # influence, coverage: a line with a head
        d.line([2, 13, 12, 3], fill=colour, width=2)
        d.polygon([(13, 2), (8, 3), (12, 7)], fill=colour)
    return draw


def scales(d):  # CompetitorPosition / CreditAssessment: a bar chart
    for i, h in enumerate((6, 10, 4)):
        d.rectangle([2 + i * 4, 14 - h, 4 + i * 4, 14], fill="#6A1B9A")
    d.line([1, 14, 14, 14], fill="#424242")


def with_mark(base, mark):
    def draw(d):
        base(d)
        mark(d)
    return draw


def crossed(d):  # gone: a red cross over the lower right corner
    d.line([9, 9, 15, 15], fill="#C62828", width=2)
    d.line([9, 15, 15, 9], fill="#C62828", width=2)


def star(colour):
    def draw(d):  # a decision maker's mark: a small star top right
        d.polygon([(13, 0), (14, 3), (16, 3), (14, 5), (15, 8), (13, 6), (11, 8), (12, 5), (10, 3), (12, 3)],
                  fill=colour, outline="#5D4037")
    return draw


def tree(d):  # hierarchy diagram: a group over two subsidiaries
    d.rectangle([5, 1, 10, 5], fill="#2E75B6", outline="#1F3864")
    d.line([7, 5, 7, 8], fill="#1F3864")
    d.line([3, 8, 12, 8], fill="#1F3864")
    for x in (1, 10):
        d.rectangle([x, 10, x + 5, 14], fill="#9DC3E6", outline="#1F3864")


def people_map(d):  # decision-maker map: people in colours joined by a line
    d.line([4, 5, 11, 11], fill="#616161", width=1)
    d.ellipse([1, 1, 7, 7], fill="#2E7D32", outline="#1B5E20")
    d.ellipse([8, 8, 14, 14], fill="#E57373", outline="#B71C1C")
    d.ellipse([9, 1, 14, 6], fill="#EEEEEE", outline="#424242")


def reporting(d):  # reporting lines: one head, a bus, three posts
    d.rectangle([6, 1, 9, 4], fill="#44546A")
    d.line([7, 4, 7, 7], fill="#44546A")
    d.line([2, 7, 13, 7], fill="#44546A")
    for x in (1, 6, 11):
        d.rectangle([x, 9, x + 3, 13], fill="#8497B0", outline="#44546A")


def plus(d):  # new: a green plus bottom right
    d.rectangle([11, 8, 13, 15], fill="#2E7D32")
    d.rectangle([8, 11, 15, 13], fill="#2E7D32")


def import_file(d):  # import: an arrow into a table
    d.rectangle([5, 4, 15, 15], fill="#FFFFFF", outline="#616161")
    for y in (7, 10, 13):
        d.line([7, y, 13, y], fill="#9E9E9E")
    d.line([0, 2, 8, 10], fill="#1565C0", width=2)
    d.polygon([(10, 11), (4, 11), (9, 6)], fill="#1565C0")


def export_file(d):  # export: an arrow out of a picture
    d.rectangle([0, 4, 10, 15], fill="#FFFFFF", outline="#616161")
    d.polygon([(2, 13), (5, 8), (8, 13)], fill="#2E75B6")
    d.line([6, 9, 14, 1], fill="#2E7D32", width=2)
    d.polygon([(15, 0), (9, 1), (14, 6)], fill="#2E7D32")


def check(d):  # validate: a tick in a shield
    d.polygon([(8, 0), (15, 3), (13, 11), (8, 15), (3, 11), (1, 3)], fill="#E8F5E9", outline="#2E7D32")
    d.line([4, 8, 7, 11], fill="#2E7D32", width=2)
    d.line([7, 11, 12, 4], fill="#2E7D32", width=2)


def dashboard(d):  # portfolio dashboard: a pyramid beside rising bars
    d.polygon([(4, 3), (8, 13), (0, 13)], fill="#1E6FB8")
    for i, h in enumerate((4, 7, 10)):
        d.rectangle([9 + i * 2, 13 - h, 10 + i * 2, 13], fill="#E07B00")
    d.line([0, 14, 15, 14], fill="#424242")


def coin(d):  # Opportunity: a coin
    d.ellipse([2, 2, 13, 13], fill="#FBC02D", outline="#F57F17")
    d.line([7, 5, 7, 10], fill="#F57F17", width=2)


if __name__ == "__main__":
    icon("Account", building)
    icon("OrgUnit", org_chart)
    icon("Contact", person("#9E9E9E", "#424242"))
    # One colour a buying role (the map's badges name them); a star marks who decides.
    icon("Contact_ECONOMIC_BUYER", with_mark(person("#1F3864", "#0B1A33"), star("#FBC02D")))
    icon("Contact_TECHNICAL_BUYER", with_mark(person("#2E75B6", "#1F3864"), star("#BDBDBD")))
    icon("Contact_USER_BUYER", person("#00897B", "#004D40"))
    icon("Contact_INFLUENCER", person("#8E24AA", "#4A148C"))
    icon("Contact_GATEKEEPER", person("#EF6C00", "#BF360C"))
    icon("Contact_COACH", person("#43A047", "#1B5E20"))
    icon("Contact_LEFT", with_mark(person("#E0E0E0", "#9E9E9E"), crossed))
    icon("Account_LOST", with_mark(lambda d: d.rectangle([3, 2, 12, 14], fill="#BDBDBD", outline="#757575"), crossed))
    icon("TeamMember", person("#64B5F6", "#0D47A1"))
    icon("Competitor", competitor)
    icon("Portfolio", portfolio)
    icon("AccountPlan", document("#2E7D32"))
    icon("Objective", document("#1565C0"))
    icon("PlanAction", document("#EF6C00"))
    icon("Need", document("#6A1B9A"))
    icon("Interaction", speech("#E3F2FD"))
    icon("Complaint", speech("#FFCDD2"))
    icon("Influence", arrow("#6A1B9A"))
    icon("Coverage", arrow("#1565C0"))
    icon("CompetitorPosition", scales)
    icon("CreditAssessment", scales)
    icon("Opportunity", coin)
    png("diagram_hierarchy", tree)
    png("diagram_decision-map", people_map)
    png("diagram_reporting-lines", reporting)
    png("new_account", with_mark(building, plus))
    png("import", import_file)
    png("export", export_file)
    png("validate", check)
    png("dashboard", dashboard)
