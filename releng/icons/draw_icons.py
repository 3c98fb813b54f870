#!/usr/bin/python3
"""Draws the model's 16x16 tree icons (plugins/org.accountatlas.edit/icons/full/obj16/*.gif), one shape a kind,
so accounts, departments and people can be told apart at a glance. Run: /usr/bin/python3 releng/icons/draw_icons.py
(needs python3-pil). Shapes are drawn, not copied: a building, an org chart, a person, ..."""
from pathlib import Path
from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[2] / "plugins/org.accountatlas.edit/icons/full/obj16"


def icon(name, draw):
    image = Image.new("RGBA", (16, 16), (0, 0, 0, 0))
    draw(ImageDraw.Draw(image))
    # GIF with one transparent colour: the palette image keeps index 0 for the clear background.
    paletted = image.convert("RGBA").quantize(colors=15, method=Image.Quantize.FASTOCTREE)
    mask = Image.eval(image.split()[3], lambda a: 255 if a > 128 else 0)
    out = Image.new("P", (16, 16), 0)
    out.putpalette([255, 255, 255] + paletted.getpalette()[:45])
    for y in range(16):
        for x in range(16):
            if mask.getpixel((x, y)):
                out.putpixel((x, y), paletted.getpixel((x, y)) + 1)
    out.save(OUT / f"{name}.gif", transparency=0)


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


def coin(d):  # Opportunity: a coin
    d.ellipse([2, 2, 13, 13], fill="#FBC02D", outline="#F57F17")
    d.line([7, 5, 7, 10], fill="#F57F17", width=2)


if __name__ == "__main__":
    icon("Account", building)
    icon("OrgUnit", org_chart)
    icon("Contact", person("#9E9E9E", "#424242"))
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
