from chorus.analyse import detect_language

ENGLISH_BODY = (
    "the museum director said on Tuesday that the collection would move to a new building "
    "next spring, after years of delays and a long argument with the city council about "
    "money. Visitors will be able to see the paintings again from April. "
)


def test_an_english_article_opening_with_foreign_names_is_english() -> None:
    # The first 80 characters are Dutch names; a detector that reads only those says "nl".
    text = "Het Nieuwe Instituut van Rotterdam en Pieter van den Berg: " + ENGLISH_BODY * 3
    assert detect_language(text).code == "en"


def test_a_foreign_article_is_still_told_apart() -> None:
    dutch = (
        "Het is vandaag mooi weer in Amsterdam, en veel mensen gaan naar het park om te "
        "wandelen. De burgemeester zei dat de stad volgend jaar meer geld uitgeeft aan "
        "fietspaden en bruggen."
    )
    assert detect_language(dutch).code == "nl"


def test_empty_text_has_no_language() -> None:
    assert detect_language("  \n ").code == "und"
