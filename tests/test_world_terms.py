"""The multilingual core vocabulary's loader (world_terms.py): what a data file may hold, how its words are read,
and that the words it adds never turn an older meaning around or become pieces of glued names."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from auditor.analysis.classify import names, scripts, vocab, world_terms
from auditor.analysis.sensitivity import CATEGORIES


def test_words_are_read_as_names_are_split():
    assert world_terms.normalised("Doğum_Tarihi") == "dogum tarihi"
    assert world_terms.normalised("Fødselsdato") == "fodselsdato"
    got = world_terms.parse('[xx]\nsurname = ["Familiýasy"]\nname = ["ady"]\n', "t.toml")
    assert got == {"xx": {"surname": ["familiyasy"], "name": ["ady"]}}


@pytest.mark.parametrize("text,problem", [
    ('[xx]\nshoe_size = ["olcu"]\n', "unknown concept 'shoe_size'"),
    ('[xx]\nsurname = ["ad"]\n', "'ad' is too short"),
    ('[xx]\nphone = ["--"]\n', "'--' is too short"),
])
def test_a_bad_file_names_its_fault(text, problem):
    with pytest.raises(ValueError, match=problem):
        world_terms.parse(text, "bad.toml")


def test_shipped_files_parse_and_every_concept_has_a_category():
    assert set(world_terms.CONCEPTS) | world_terms.TABLE_CONCEPTS >= {c for lang in world_terms.LANGUAGES.values()
                                                                        for c in lang}
    for category, strength in world_terms.CONCEPTS.values():
        assert category in CATEGORIES and strength in (vocab.STRONG, vocab.CONTEXT)


def test_three_letter_words_need_a_table_of_people():
    """Three Latin (or Arabic, Indic...) letters are too few to trust anywhere; three Han, kana or hangul characters
    make an ordinary word (身份证, an identity card)."""
    def three_letters(w: str) -> bool:
        return " " not in w and len(w) == 3 and not scripts.has_cjk(w)
    for _category, strength, words, replace in world_terms.ENTRIES:
        assert not replace
        if any(map(three_letters, words)):
            assert strength == vocab.CONTEXT and all(map(three_letters, words))


def test_files_add_to_a_language_and_replace_nothing():
    """world_c.toml repeats some Latin words of world_a.toml and world_b.toml; every file's words count."""
    folder = resources.files("auditor.analysis.classify").joinpath("data")
    for path in folder.iterdir():
        if path.name.startswith("world_") and path.name.endswith(".toml"):
            for language, concepts in world_terms.parse(path.read_text("utf-8"), path.name).items():
                for concept, words in concepts.items():
                    assert set(words) <= set(world_terms.LANGUAGES[language][concept]), (path.name, language)


def test_the_compiled_words_are_the_files_words():
    """data/world_terms.json is what the audit reads: it must hold exactly what the files say now. After editing a
    file, rebuild it with `python -m auditor.analysis.classify.world_terms`."""
    texts = world_terms.texts()
    shipped = resources.files("auditor.analysis.classify").joinpath("data", world_terms.COMPILED).read_text("utf-8")
    compiled = json.loads(shipped)
    assert compiled["digest"] == world_terms.digest(texts), "rebuild: python -m auditor.analysis.classify.world_terms"
    assert compiled["languages"] == world_terms.merged(texts) == world_terms.LANGUAGES
    assert world_terms.compile_files() == shipped


def test_a_stale_compiled_file_is_not_believed(monkeypatch):
    """A file edited without rebuilding the compiled form: the files are parsed, so no word is lost or kept."""
    real = world_terms.texts()
    edited = [(name, text + ("\n[zz]\nsurname = [\"qwertyname\"]\n" if i == 0 else ""))
              for i, (name, text) in enumerate(real)]
    monkeypatch.setattr(world_terms, "texts", lambda: edited)
    assert world_terms._load()["zz"] == {"surname": ["qwertyname"]}


def test_added_words_are_no_pieces_of_glued_names():
    assert not vocab.WORLD_ONLY & names._KNOWN
