"""The late statement post-passes, in order (moved out of ``statements.py``).

``statements.py`` sat at the module size limit; each round from the 47th on added one
``revise`` call after the one-form-per-speaker pass. The chain lives here so a new round
wires in with one line without growing ``statements.py``. Order matters: each pass reads
the previous one's findings.
"""

from __future__ import annotations

from pipeline.extract import (
    _reread,
    _s47post,
    _s48post,
    _s49post,
    _s50post,
    _s51post,
    _s52post,
    _s53post,
    _s54post,
    _s55post,
    _s56post,
    _s57post,
    _s58post,
    _s59post,
    _s60post,
    _s61post,
    _s62post,
    _s63post,
    _s64post,
    _s65post,
    _s66post,
    _s67post,
    _s68post,
    _s69drop,
    _s69post,
    _s69roles,
    _s70post,
    _s71names,
    _s71post,
    _s72post,
    _s73more,
    _s73read,
    _s74post,
    _s75post,
    _s76post,
    _s77post,
    _s78post,
    _s79post,
    _s80post,
    _s81post,
    _s82post,
    _s83back,
    _s83post,
    _s84post,
    _s85post,
    _s86post,
    _s87post,
    _s88made,
    _s88post,
    _s88told,
    _s89post,
    _s89relay,
    _s90post,
    _s91post,
    _s92but,
    _s92told,
    _s93post,
    _s93read,
    _s94calls,
    _s94post,
    _s95post,
    _s96post,
    _s97post,
    _s97pron,
    _s98more,
    _s98post,
    _s99refs,
    _s100frames,
    _s101split,
    _s102gate,
    _s103role,
    _s104frames,
    _s105names,
    _s105place,
    _s106relay,
    _s107names,
    _s108refs,
    _s109asked,
    _s109say,
    _s110,
    _s111,
    _s111forms,
    _s111read,
)
from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Run every late re-reading of ``found`` in order."""
    _reread.new_document()  # rounds 65 and 67 read a few sentences again: their budget
    found = _s47post.revise(doc, speakers, found)  # "the same source", "The NGO X"
    found = _s48post.revise(doc, speakers, found)  # relative-clause names, "added the bulletin"
    found = _s49post.revise(doc, speakers, found)  # epithets, "as X said C", "X also said"
    found = _s50post.revise(doc, speakers, found)  # real copy: headlines, bylines, "the country's"
    found = _s51post.revise(doc, speakers, found)  # real copy: body names, source lines
    found = _s52post.revise(doc, speakers, found)  # real copy: datelines, outlet credits, "the RMA"
    found = _s53post.revise(doc, speakers, found)  # real copy: witnesses, "he/she", "saying"
    found = _s54post.revise(doc, speakers, found)  # real copy: titles, "A and B sources"
    found = _s55post.revise(doc, speakers, found)  # real copy: JCCC offices, "the report said"
    found = _s56post.revise(doc, speakers, found)  # real copy: "This was stated by X", "- X wrote"
    found = _s57post.revise(doc, speakers, found)  # real copy: naming (relays, groups, qualifiers)
    found = _s58post.revise(doc, speakers, found)  # real copy: spokesperson credits, adverbs
    found = _s59post.revise(doc, speakers, found)  # real copy: headline words in names, releases
    found = _s60post.revise(doc, speakers, found)  # real copy: back-references, "-run", "he said"
    found = _s61post.revise(doc, speakers, found)  # real copy: "bin" names, bare titles
    found = _s62post.revise(doc, speakers, found)  # real copy: "As the agency", relays, "but X"
    found = _s63post.revise(doc, speakers, found)  # real copy: "held talks with", datelines
    found = _s64post.revise(doc, speakers, found)  # survey: opening quotes, "(region) NAME", citing
    found = _s65post.revise(doc, speakers, found)  # survey: datelines, asides, "A and B said"
    found = _s66post.revise(doc, speakers, found)  # real copy: run-on sources, "described by X"
    found = _s67post.revise(doc, speakers, found)  # survey: role descriptions, "reacted to reports"
    found = _s68post.revise(doc, speakers, found)  # real copy: "”he wrote", "first said"
    found = _s69roles.revise(doc, speakers, found)  # real copy: "the presidents of X and Y"
    found = _s69post.revise(doc, speakers, found)  # real copy: "COUNTRY calls on ..., said X"
    found = _s69drop.revise(doc, speakers, found)  # h_fix_s69: quoted platforms, openers
    found = _s71names.revise(doc, speakers, _s71post.revise(doc, speakers, found))  # h_fix_s71
    found = _s70post.revise(doc, speakers, found)  # h_fix_s70: attacker's force, ranks, governor
    found = _s72post.revise(doc, speakers, found)  # h_fix_s72: OVA, commands, ranks, quotes
    found = _s73more.revise(doc, speakers, _s73read.revise(doc, speakers, found))  # h_fix_s73
    found = _s74post.revise(doc, speakers, found)  # h_fix_s74: respellings, "the ministry"
    found = _s75post.revise(doc, speakers, found)  # h_fix_s75: unstopped credits, "media said"
    found = _s76post.revise(doc, speakers, found)  # h_fix_s76: "the team said", asides, "based in"
    found = _s77post.revise(doc, speakers, found)  # h_fix_s77: speakers renamed (UNIFIL, residents)
    found = _s78post.revise(doc, speakers, found)  # h_fix_s78: role names, participles, bullets
    found = _s79post.revise(doc, speakers, found)  # h_fix_s79: respellings, sources, groups
    found = _s80post.revise(doc, speakers, found)  # h_fix_s80: scare quotes, "but X say", witnesses
    found = _s81post.revise(doc, speakers, found)  # h_fix_s81: quotes over paragraphs, tails
    found = _s82post.revise(doc, speakers, found)  # h_fix_s82: glued marks, placed bodies
    found = _s83back.revise(doc, speakers, _s83post.revise(doc, speakers, found))  # h_fix_s83
    found = _s84post.revise(doc, speakers, found)  # h_fix_s84: reports, witnesses, "in which"
    found = _s85post.revise(doc, speakers, found)  # h_fix_s85: relative "that", fronted phrases
    found = _s86post.revise(doc, speakers, found)  # h_fix_s86: demonyms, short names, placed
    found = _s87post.revise(doc, speakers, found)  # h_fix_s87: "reported N people injured"
    found = _s88made.revise(doc, speakers, _s88post.revise(doc, speakers, found))  # h_fix_s88
    found = _s88told.revise(doc, speakers, found)  # h_fix_s88: "C, A and B sources told X"
    found = _s89relay.revise(doc, speakers, _s89post.revise(doc, speakers, found))  # h_fix_s89
    found = _s90post.revise(doc, found)  # h_fix_s90: "He noted", "the report reads"
    found = _s92but.revise(doc, _s92told.revise(doc, found))  # h_fix_s92: tellers, "but said"
    found = _s91post.revise(doc, found)  # h_fix_s91: ranks, "MLA", first words, places
    found = _s93read.revise(doc, speakers, _s93post.revise(doc, speakers, found))  # h_fix_s93
    found = _s94calls.revise(doc, _s94post.revise(doc, found))  # h_fix_s94: "NAME of the BODY"
    found = _s95post.revise(doc, found)  # h_fix_s95: "who noted that", "warnings that", tellers
    found = _s96post.revise(doc, speakers, found)  # h_fix_s96: "X claimed C, Y said", "with"
    found = _s98more.revise(_s98post.revise(doc, found))  # h_fix_s98: disguised saying verbs
    found = _s99refs.revise(doc, speakers, found)  # h_gen_s99: typed he/she, "the ministry"
    found = _s97pron.revise(doc, speakers, _s97post.revise(doc, speakers, found))  # h_fix_s97
    found = _s100frames.revise(doc, speakers, found)  # h_gen_s100: reporting frames, NP chunker
    found = _s102gate.revise(doc, speakers, found)  # h_gen_s102: frame remnants, non-speakers
    found = _s101split.revise(doc, found)  # h_gen_s101: ", warning that C2" splits
    found = _s103role.revise(doc, speakers, found)  # h_gen_s103: a lede's role named next
    found = _s104frames.revise(doc, speakers, found)  # h_gen_s104: shared heads, new verbs
    found = _s106relay.revise(doc, found)  # h_gen_s106: relay comments, writers' remarks
    found = _s105names.revise(doc, speakers, found)  # h_gen_s105: outlet tails, auxiliaries
    found = _s105place.revise(doc, found)  # h_gen_s105: "Prosecutors in PLACE said"
    found = _s107names.revise(doc, speakers, found)  # h_gen_s107: "Gov NAME", "-ly" tails
    found = _s108refs.revise(doc, speakers, found)  # h_gen_s108: "the ministry" -> body named
    found = _s109say.revise(doc, speakers, found)  # h_gen_s109: "the rebels say" -> group named
    found = _s109asked.revise(doc, speakers, found)  # h_gen_s109: "Asked if Q, NAME told C"
    found = _s111read.revise(doc, speakers, found)  # h_gen_s111: appositions, "in his words"
    found = _s111.revise(doc, found)  # h_gen_s111: a description named by the holder next to it
    found = _s111forms.revise(doc, found)  # h_gen_s111: a body's long form, a stray connective
    found = _s110.revise(doc, speakers, found)  # h_gen_s110: framed partials, epithets, outlets
    return found
