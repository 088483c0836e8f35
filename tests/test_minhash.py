"""MinHash signatures: the documented shingling, stable values, similar texts close."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscli.analyze.minhash import PERMUTATIONS, bands, shingles, signature, similarity

STORY = (
    "The harbour council voted on Tuesday to rebuild the old ferry pier, after a debate that ran "
    "past midnight. Residents cheered loudly when the result was read out in the hall."
)


def test_shingles_are_five_word_runs_ignoring_case_and_punctuation() -> None:
    assert shingles("One, TWO three; four five six!") == {
        "one two three four five",
        "two three four five six",
    }


def test_short_text_is_one_shingle_and_no_words_is_none() -> None:
    assert shingles("Ferry pier") == {"ferry pier"}
    assert shingles(" -- ") == set()
    assert signature(" -- ") is None


def test_compatibility_forms_and_case_fold_alike() -> None:
    assert shingles("STRASSE ﬁve") == shingles("straße five")


def test_signature_values_are_stable() -> None:
    # Computed once with datasketch 2.0.0: MinHash(num_perm=128, seed=1), fed the same shingles
    # (its default "affine32" scheme); any change here breaks stored signatures.
    found = signature(STORY)
    assert found is not None and len(found) == PERMUTATIONS
    assert found[:6] == [6143961, 366846791, 80567510, 126987703, 1954099, 192790344]
    assert all(0 <= value < 2**32 for value in found)


def test_near_duplicate_is_closer_than_an_unrelated_text() -> None:
    edited = STORY.replace("Tuesday", "Wednesday")
    other = (
        "A new library opened in the old town on Saturday, with a reading room for children and "
        "a cafe run by volunteers from the neighbourhood association."
    )
    base, near, far = signature(STORY), signature(edited), signature(other)
    assert base is not None and near is not None and far is not None
    assert similarity(base, near) > 0.5
    assert similarity(base, far) < 0.1
    assert similarity(base, base) == 1.0


def test_bands_split_the_signature_and_match_for_equal_slices() -> None:
    base = signature(STORY)
    assert base is not None
    keys = bands(base)
    assert len(keys) == 16 and keys[0].startswith("0:")
    copy = bands(signature(STORY + " ") or [])
    assert keys == copy
    with pytest.raises(ValueError):
        bands(base, 7)


@given(st.text(max_size=300))
def test_signature_never_fails_and_has_a_fixed_length(text: str) -> None:
    found = signature(text)
    assert found is None or len(found) == PERMUTATIONS
