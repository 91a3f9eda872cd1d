//! Bad and odd inputs: each gives a specific error (whose whole message is pinned) or a document
//! with specific properties that also keeps the crate's invariants (checked with the shared
//! checker in `common/invariants.rs`).
//!
//! The large inputs are here to catch non-linear time: each takes seconds even in a debug build,
//! and would take minutes if a pass were quadratic. Time per byte itself is measured by the
//! criterion scaling group in `benches/parse.rs`, not asserted here.

mod common;

use common::invariants::{check_bytes, check_str, utf16_with_bom};
use transcript_parser::{
    DEFAULT_MAX_INPUT_BYTES, Error, ErrorKind, ParseOptions, Position, Transcript, WarningKind,
    parse, parse_bytes, parse_bytes_with, parse_with,
};

fn doc_ok<'a>(text: &'a str) -> Transcript<'a> {
    let doc = parse(text).unwrap_or_else(|e| panic!("expected a document, got error: {e}"));
    if let Err(e) = check_str(text, &doc) {
        panic!("invariant violated: {e}");
    }
    doc
}

fn bytes_ok(bytes: &[u8]) -> Transcript<'_> {
    let doc = parse_bytes(bytes).unwrap_or_else(|e| panic!("expected a document, got error: {e}"));
    if let Err(e) = check_bytes(bytes, &doc) {
        panic!("invariant violated: {e}");
    }
    doc
}

fn err(text: &str) -> Error {
    match parse(text) {
        Ok(_) => panic!("expected an error for {:?}", &text[..text.len().min(40)]),
        Err(e) => e,
    }
}

fn bytes_err(bytes: &[u8]) -> Error {
    match parse_bytes(bytes) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

/// Parse `text` and check the invariants. These inputs are sized so that a non-linear pass
/// would make the test run for minutes; the time per byte itself is measured by the criterion
/// scaling group (`benches/parse.rs`), not asserted here.
fn checked<'a>(what: &str, text: &'a str) -> Transcript<'a> {
    let doc = parse(text).unwrap_or_else(|e| panic!("{what}: expected a document, got error: {e}"));
    if let Err(e) = check_str(text, &doc) {
        panic!("{what}: invariant violated: {e}");
    }
    doc
}

fn turn_texts<'d>(doc: &'d Transcript<'_>) -> Vec<(Option<&'d str>, String)> {
    doc.turns
        .iter()
        .map(|t| (t.label.as_deref(), t.text().into_owned()))
        .collect()
}

fn warnings_of(doc: &Transcript<'_>, kind: WarningKind) -> Vec<String> {
    doc.warnings
        .iter()
        .filter(|w| w.kind == kind)
        .map(|w| w.message.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The messages, whole

#[test]
fn display_of_empty() {
    let e = err("");
    assert_eq!(e.kind(), &ErrorKind::Empty);
    assert_eq!(e.to_string(), "input is empty");
    assert_eq!(e.offset(), None);
}

#[test]
fn display_of_blank() {
    let e = err(" \t\n");
    assert_eq!(e.kind(), &ErrorKind::Blank { bytes: 3 });
    assert_eq!(
        e.to_string(),
        "input has no text: its 3 bytes are all white space or invisible characters"
    );
    assert_eq!(e.offset(), None);
    assert_eq!(
        err(" ").to_string(),
        "input has no text: its 1 byte is white space or an invisible character"
    );
}

#[test]
fn display_of_too_large() {
    let options = ParseOptions::default().with_max_input_bytes(10);
    let e = parse_with("ANNA LEE: hello", &options).unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::TooLarge {
            bytes: 15,
            limit: 10
        }
    );
    assert_eq!(
        e.to_string(),
        "input is 15 bytes, over the limit of 10 bytes"
    );
    assert_eq!(e.offset(), None);
}

#[test]
fn display_of_invalid_utf8() {
    let options = ParseOptions::default().with_strict_utf8(true);
    let e = parse_bytes_with(b"ANNA LEE: ok\nQ: caf\xe9?\n", &options).unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::InvalidUtf8 {
            position: Position {
                offset: 19,
                line: 2,
                column: 7
            }
        }
    );
    assert_eq!(
        e.to_string(),
        "input is not valid UTF-8 at byte 19 (line 2, column 7)"
    );
    assert_eq!(e.offset(), Some(19));
}

#[test]
fn display_of_binary() {
    let e = err("ANNA LEE: hi\r\nthere\0");
    assert_eq!(
        e.kind(),
        &ErrorKind::Binary {
            position: Position {
                offset: 19,
                line: 2,
                column: 6
            }
        }
    );
    assert_eq!(
        e.to_string(),
        "input is binary, not text: NUL byte at byte 19 (line 2, column 6)"
    );
    assert_eq!(e.offset(), Some(19));
}

#[test]
fn display_of_positions_counts_characters_and_lone_cr_lines() {
    // column counts characters, not bytes; a lone CR ends a line
    let e = err("Пётр\rВ.Путин: да\0");
    assert_eq!(
        e.to_string(),
        "input is binary, not text: NUL byte at byte 28 (line 2, column 12)"
    );
    // a byte that is not UTF-8 before the fault counts as one character (it was the column of
    // the first such byte: `column 2` here)
    let e = bytes_err(b"h\xe9llo w\xf6rld\0");
    assert_eq!(
        e.to_string(),
        "input is binary, not text: NUL byte at byte 11 (line 1, column 12)"
    );
}

// ---------------------------------------------------------------------------------------------
// Empty, blank, binary

#[test]
fn empty_file_is_an_empty_error() {
    assert_eq!(err("").kind(), &ErrorKind::Empty);
    assert_eq!(bytes_err(b"").kind(), &ErrorKind::Empty);
}

#[test]
fn only_whitespace_is_blank() {
    let text = " \t\n\r\n  \u{3000}\u{2028}\n";
    assert_eq!(err(text).kind(), &ErrorKind::Blank { bytes: text.len() });
    assert_eq!(
        bytes_err(text.as_bytes()).kind(),
        &ErrorKind::Blank { bytes: text.len() }
    );
}

#[test]
fn only_nbsp_is_blank() {
    let text = "\u{a0}\u{a0}\n\u{a0}\u{202f}";
    assert_eq!(err(text).kind(), &ErrorKind::Blank { bytes: 10 });
    assert_eq!(
        err(text).to_string(),
        "input has no text: its 10 bytes are all white space or invisible characters"
    );
    assert_eq!(
        bytes_err(text.as_bytes()).kind(),
        &ErrorKind::Blank { bytes: 10 }
    );
}

#[test]
fn only_zero_width_characters_are_blank() {
    let text = "\u{200b}\u{200c}\u{200d}\u{2060}\u{ad}\n\u{200b}";
    assert_eq!(err(text).kind(), &ErrorKind::Blank { bytes: text.len() });
    assert_eq!(
        bytes_err(text.as_bytes()).kind(),
        &ErrorKind::Blank { bytes: text.len() }
    );
}

#[test]
fn html_nbsp_entities_alone_are_blank() {
    let text = "&nbsp;&nbsp;\n&#160;";
    assert_eq!(err(text).kind(), &ErrorKind::Blank { bytes: text.len() });
}

#[test]
fn binary_data_with_nul_bytes_is_binary() {
    let bytes = b"ANNA LEE: hi\n\x00\x01\x02\x89PNG\x00\x00";
    let e = bytes_err(bytes);
    assert_eq!(
        e.kind(),
        &ErrorKind::Binary {
            position: Position {
                offset: 13,
                line: 2,
                column: 1
            }
        }
    );
    assert_eq!(
        e.to_string(),
        "input is binary, not text: NUL byte at byte 13 (line 2, column 1)"
    );
    let text = std::str::from_utf8(&bytes[..13]).unwrap().to_string() + "\0";
    assert_eq!(err(&text).offset(), Some(13));
}

#[test]
fn utf16_without_a_bom_is_binary() {
    let bytes = utf16_with_bom("Q: Hi\n", false);
    let e = bytes_err(&bytes[2..]);
    assert_eq!(
        e.to_string(),
        "input is binary, not text: NUL byte at byte 1 (line 1, column 2)"
    );
}

#[test]
fn invalid_utf8_is_decoded_unless_strict() {
    let bytes = b"Talks\nMS. HARLOW: caf\xe9 au lait, please.\n";
    let doc = bytes_ok(bytes);
    assert_eq!(warnings_of(&doc, WarningKind::Decoded).len(), 1);
    let strict = ParseOptions::default().with_strict_utf8(true);
    let e = parse_bytes_with(bytes, &strict).unwrap_err();
    assert_eq!(
        e.to_string(),
        "input is not valid UTF-8 at byte 21 (line 2, column 16)"
    );
}

// ---------------------------------------------------------------------------------------------
// A file cut inside a character

#[test]
fn utf8_cut_inside_a_multibyte_character_gives_a_truncated_warning() {
    let full = "В.Путин: Да.".as_bytes();
    // "Да." ends in ASCII; cut inside the two-byte "а" instead
    let cut = &full[..full.len() - 2];
    assert_eq!(cut.len(), 18);
    let doc = bytes_ok(cut);
    assert_eq!(
        warnings_of(&doc, WarningKind::Truncated),
        vec!["the input ends inside a UTF-8 character; bytes from 17 are left out".to_string()]
    );
    assert!(warnings_of(&doc, WarningKind::Decoded).is_empty());
    assert_eq!(turn_texts(&doc), vec![(Some("В.Путин"), "Д".to_string())]);
    assert_eq!(doc.turns[0].span.range(), 0..17);
    // the same through `parse` on the whole characters: no warning, same spans
    let whole = std::str::from_utf8(&cut[..17]).unwrap();
    let reference = doc_ok(whole);
    assert!(reference.warnings.is_empty());
    assert_eq!(reference.turns[0].span.range(), 0..17);
}

#[test]
fn utf8_cut_inside_a_three_byte_character_after_a_bom() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice("ANNA LEE: Привет – ".as_bytes());
    bytes.extend_from_slice(&"–".as_bytes()[..2]);
    let doc = bytes_ok(&bytes);
    assert_eq!(warnings_of(&doc, WarningKind::Truncated).len(), 1);
    assert_eq!(doc.turns.len(), 1);
    assert_eq!(doc.turns[0].span.start(), 3);
    assert!(doc.turns[0].span.end() <= bytes.len() - 2);
}

// ---------------------------------------------------------------------------------------------
// Large and degenerate inputs (time must stay linear)

fn flat_page(target_bytes: usize) -> String {
    let unit = "VLADIMIR PUTIN: Good afternoon, colleagues. Let us begin with the budget. ANNA LIND: Thank you, Mr President. The figures are ready. ";
    let mut page = String::from("Meeting on the budget with members of the Government ");
    page.push_str(&unit.repeat(target_bytes / unit.len()));
    page
}

fn check_flat_page(bytes: usize) {
    let page = flat_page(bytes);
    assert!(!page.contains('\n'));
    let doc = checked("page with no newline", &page);
    // the page is cut at the labels after each sentence end
    let reps = bytes / 131;
    assert!(
        doc.turns.len() >= reps,
        "expected about {} turns, got {}",
        2 * reps,
        doc.turns.len()
    );
}

#[test]
fn one_megabyte_page_with_no_newline() {
    check_flat_page(1_000_000);
}

#[test]
fn twenty_megabyte_page_with_no_newline() {
    check_flat_page(20_000_000);
}

#[test]
fn twenty_megabyte_line_of_plain_words() {
    let page = "lorem ipsum dolor sit amet ".repeat(20_000_000 / 27);
    let doc = checked("20 MB of words on one line", &page);
    assert!(doc.turns.is_empty());
}

fn check_a_x_lines(n: usize) {
    let text = "A: x\n".repeat(n);
    let doc = checked("lines of `A: x`", &text);
    // every line is its own block: none is merged with or lost between others
    let blocks = doc.turns.len() + doc.body.len() + doc.boilerplate.len();
    assert!(blocks >= 1);
    assert!(doc.speakers.len() <= 1, "one label, at most one speaker");
}

#[test]
fn twenty_thousand_lines_of_a_colon_x() {
    check_a_x_lines(20_000);
}

#[test]
fn two_hundred_thousand_lines_of_a_colon_x() {
    check_a_x_lines(200_000);
}

fn check_colons(n: usize) {
    let text = ":".repeat(n);
    let doc = checked("a line of colons", &text);
    assert!(doc.turns.is_empty());
    assert!(doc.speakers.is_empty());
}

#[test]
fn half_megabyte_line_of_colons() {
    check_colons(500_000);
}

#[test]
fn five_megabyte_line_of_colons() {
    check_colons(5_000_000);
}

fn check_nested(depth: usize) {
    let text = "(".repeat(depth) + &")".repeat(depth);
    let doc = checked("nested brackets", &text);
    assert!(doc.turns.is_empty());
    let with_label = format!("VLADIMIR PUTIN: Well. {text}\nANNA LIND: Yes.\n");
    let doc = checked("nested brackets in a turn", &with_label);
    assert_eq!(doc.turns.len(), 2);
}

#[test]
fn ten_thousand_nested_brackets() {
    check_nested(10_000);
}

#[test]
fn hundred_thousand_nested_brackets() {
    check_nested(100_000);
}

#[test]
fn hundred_thousand_unclosed_brackets_and_elisions() {
    let text = "(".repeat(100_000) + &"<…>".repeat(30_000) + &"[".repeat(100_000);
    let doc = checked("unclosed brackets", &text);
    assert!(doc.turns.is_empty());
}

#[test]
fn million_blank_lines_then_a_word() {
    let text = "\n".repeat(1_000_000) + "word";
    let doc = checked("a million blank lines then a word", &text);
    let spans: Vec<_> = common::invariants::all_spans(&doc)
        .into_iter()
        .map(|(_, _, s)| s)
        .collect();
    assert!(!spans.is_empty());
    assert!(spans.iter().all(|s| s.range() == (1_000_000..1_000_004)));
}

#[test]
fn million_blank_lines_alone_are_blank() {
    let text = "\n".repeat(1_000_000);
    let e = err(&text);
    assert_eq!(e.kind(), &ErrorKind::Blank { bytes: 1_000_000 });
    assert_eq!(
        e.to_string(),
        "input has no text: its 1000000 bytes are all white space or invisible characters"
    );
    let crlf = "\r\n".repeat(500_000);
    assert_eq!(err(&crlf).kind(), &ErrorKind::Blank { bytes: 1_000_000 });
}

#[test]
fn lone_speaker_label() {
    for text in [
        "VLADIMIR PUTIN:",
        "VLADIMIR PUTIN:\n",
        "  VLADIMIR PUTIN:  \r\n",
    ] {
        let doc = doc_ok(text);
        // a label with no speech after it is not a turn, and no speaker is made up from it
        assert!(doc.turns.is_empty(), "{text:?}: {:?}", doc.turns);
        assert!(doc.speakers.is_empty());
        // ...but the label is kept, as one block covering exactly its text
        let start = text.find('V').unwrap();
        let blocks: Vec<_> = common::invariants::all_spans(&doc)
            .into_iter()
            .filter(|(r, _, _)| *r != common::invariants::Role::Date)
            .map(|(_, _, s)| s.range())
            .collect();
        assert_eq!(blocks, vec![start..start + 15], "{text:?}");
    }
}

#[test]
fn lone_label_then_speech_is_a_turn() {
    let doc = doc_ok("VLADIMIR PUTIN:\nGood afternoon, colleagues.\n");
    assert_eq!(
        turn_texts(&doc),
        vec![(
            Some("VLADIMIR PUTIN"),
            "Good afternoon, colleagues.".to_string()
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// Size limit

#[test]
fn input_above_the_configured_limit_is_too_large() {
    let page = "MS. HARLOW: Good afternoon.\n".repeat(4); // 112 bytes
    let options = ParseOptions::default().with_max_input_bytes(100);
    let e = parse_with(&page, &options).unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::TooLarge {
            bytes: 112,
            limit: 100
        }
    );
    assert_eq!(
        e.to_string(),
        "input is 112 bytes, over the limit of 100 bytes"
    );
    let e = parse_bytes_with(page.as_bytes(), &options).unwrap_err();
    assert_eq!(
        e.to_string(),
        "input is 112 bytes, over the limit of 100 bytes"
    );
    // the limit itself is allowed
    let options = ParseOptions::default().with_max_input_bytes(112);
    assert!(parse_with(&page, &options).is_ok());
    // the limit applies to the bytes as given, not to the decoded text
    let utf16 = utf16_with_bom(&page, false); // 226 bytes
    let options = ParseOptions::default().with_max_input_bytes(200);
    assert_eq!(
        parse_bytes_with(&utf16, &options).unwrap_err().to_string(),
        "input is 226 bytes, over the limit of 200 bytes"
    );
    // the size check comes first, even for text that would be refused for another reason
    let options = ParseOptions::default().with_max_input_bytes(3);
    assert_eq!(
        parse_with("\0\0\0\0", &options).unwrap_err().to_string(),
        "input is 4 bytes, over the limit of 3 bytes"
    );
}

#[test]
fn default_limit_is_64_mib() {
    assert_eq!(DEFAULT_MAX_INPUT_BYTES, 64 * 1024 * 1024);
    assert_eq!(
        ParseOptions::default().max_input_bytes,
        DEFAULT_MAX_INPUT_BYTES
    );
    let over = " ".repeat(DEFAULT_MAX_INPUT_BYTES + 1);
    assert_eq!(
        err(&over).to_string(),
        "input is 67108865 bytes, over the limit of 67108864 bytes"
    );
}

// ---------------------------------------------------------------------------------------------
// Encodings

const RU_PAGE: &str = "\
Совещание с членами Правительства
Президент провёл совещание с членами Правительства.
21 января 2014 года 15:40
Москва, Кремль
В.Путин: Добрый день, уважаемые коллеги! Начнём с вопроса о бюджете.
А.Силуанов: Спасибо, Владимир Владимирович. Доходы выросли на 12 процентов.
";

fn check_russian(bytes: &[u8], encoding_names: &[&str]) {
    let doc = bytes_ok(bytes);
    let decoded = warnings_of(&doc, WarningKind::Decoded);
    assert_eq!(decoded.len(), 1, "{:?}", doc.warnings);
    assert!(
        encoding_names
            .iter()
            .any(|n| decoded[0] == format!("decoded from {n}")),
        "{decoded:?}"
    );
    let turns = turn_texts(&doc);
    assert!(
        turns.contains(&(
            Some("А.Силуанов"),
            "Спасибо, Владимир Владимирович. Доходы выросли на 12 процентов.".to_string()
        )),
        "{turns:?}"
    );
    let who = doc
        .speakers
        .iter()
        .find(|s| s.name.as_deref() == Some("В.Путин"))
        .expect("В.Путин is a speaker");
    assert_eq!(who.labels, vec!["В.Путин".to_string()]);
    // single-byte encodings: spans are byte offsets, one byte a character
    let last = doc.turns.last().unwrap();
    let start = RU_PAGE.find("А.Силуанов").unwrap();
    let chars_before = RU_PAGE[..start].chars().count();
    assert_eq!(last.span.start(), chars_before);
}

#[test]
fn windows_1251_page() {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(RU_PAGE);
    assert!(!unmappable);
    check_russian(&bytes, &["windows-1251"]);
}

#[test]
fn koi8_r_page() {
    let (bytes, _, unmappable) = encoding_rs::KOI8_R.encode(RU_PAGE);
    assert!(!unmappable);
    // chardetng names the KOI8 family KOI8-U; for Russian text the two decode alike
    check_russian(&bytes, &["KOI8-R", "KOI8-U"]);
}

#[test]
fn windows_1252_page() {
    let page = "\
Interview with the Minister of Culture
Published on 3 May 2021
The minister spoke to us about the new théâtre and the café scene.
MIRA SANDOVAL: Minister, is the théâtre finished? Will it open in June?
FRANÇOIS LÉGER: Très bien, merci. C’est déjà fait: it opens on 1 June.
MIRA SANDOVAL: Thank you.
";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(page);
    assert!(!unmappable);
    let doc = bytes_ok(&bytes);
    assert_eq!(
        warnings_of(&doc, WarningKind::Decoded),
        vec!["decoded from windows-1252".to_string()]
    );
    let turns = turn_texts(&doc);
    assert!(
        turns.contains(&(
            Some("MIRA SANDOVAL"),
            "Minister, is the théâtre finished? Will it open in June?".to_string()
        )),
        "{turns:?}"
    );
    assert!(
        turns.contains(&(
            Some("FRANÇOIS LÉGER"),
            "Très bien, merci. C’est déjà fait: it opens on 1 June.".to_string()
        )),
        "{turns:?}"
    );
    // U+2019 is one byte (0x92) in windows-1252: spans count bytes of the input
    let leger = doc
        .turns
        .iter()
        .find(|t| t.label.as_deref() == Some("FRANÇOIS LÉGER"))
        .unwrap();
    let start = page.find("FRANÇOIS").unwrap();
    assert_eq!(leger.span.start(), page[..start].chars().count());
    assert_eq!(
        leger.span.len(),
        "FRANÇOIS LÉGER: Très bien, merci. C’est déjà fait: it opens on 1 June."
            .chars()
            .count()
    );
}

const EN_PAGE: &str = "\
Press Briefing by Press Secretary Dana Whitfield
The press secretary took questions on the budget.
MS. WHITFIELD: Good afternoon, everyone. I have one announcement.
Q: Will the President sign the bill?
MS. WHITFIELD: He will not sign it in this form.
";

fn check_utf16(big_endian: bool) {
    let bytes = utf16_with_bom(EN_PAGE, big_endian);
    let doc = bytes_ok(&bytes);
    let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
    assert_eq!(
        warnings_of(&doc, WarningKind::Decoded),
        vec![format!("decoded from {name}")]
    );
    let reference = doc_ok(EN_PAGE);
    assert_eq!(turn_texts(&doc), turn_texts(&reference));
    // every span: 2 bytes for the BOM, then 2 bytes per (BMP) character
    let to16 = |n: usize| 2 + 2 * EN_PAGE[..n].chars().count();
    let ours = common::invariants::all_spans(&doc);
    let theirs = common::invariants::all_spans(&reference);
    assert_eq!(ours.len(), theirs.len());
    for ((r1, i1, a), (r2, i2, b)) in ours.into_iter().zip(theirs) {
        assert_eq!((r1, i1), (r2, i2));
        assert_eq!(
            (a.start(), a.end()),
            (to16(b.start()), to16(b.end())),
            "{r1:?}[{i1}]"
        );
    }
    assert_eq!(
        turn_texts(&doc)[1],
        (Some("Q"), "Will the President sign the bill?".to_string())
    );
}

#[test]
fn utf16_le_with_bom() {
    check_utf16(false);
}

#[test]
fn utf16_be_with_bom() {
    check_utf16(true);
}

#[test]
fn utf16_with_surrogate_pairs() {
    let page = "Briefing on emoji 📈\nMS. WHITFIELD: Markets are up 📈 today.\nQ: 🤔 Why?\n";
    let bytes = utf16_with_bom(page, false);
    let doc = bytes_ok(&bytes);
    assert!(turn_texts(&doc).contains(&(Some("Q"), "🤔 Why?".to_string())));
}

#[test]
fn utf8_with_bom_shifts_spans_by_three() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(EN_PAGE.as_bytes());
    let doc = bytes_ok(&bytes);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let reference = doc_ok(EN_PAGE);
    assert_eq!(turn_texts(&doc), turn_texts(&reference));
    let ours = common::invariants::all_spans(&doc);
    let theirs = common::invariants::all_spans(&reference);
    assert_eq!(ours.len(), theirs.len());
    for ((r1, i1, a), (_, _, b)) in ours.into_iter().zip(theirs) {
        assert_eq!(
            (a.start(), a.end()),
            (b.start() + 3, b.end() + 3),
            "{r1:?}[{i1}]"
        );
    }
    // text still borrows from the input bytes
    assert!(matches!(
        doc.turns[0].paragraphs[0].text,
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn crlf_page() {
    let page = EN_PAGE.replace('\n', "\r\n");
    let doc = doc_ok(&page);
    let reference = doc_ok(EN_PAGE);
    assert_eq!(turn_texts(&doc), turn_texts(&reference));
    let t = &doc.turns[1];
    assert_eq!(
        &page[t.span.range()],
        "Q: Will the President sign the bill?"
    );
    // spans end before the CR
    assert!(
        doc.turns
            .iter()
            .all(|t| !page[t.span.range()].ends_with('\r'))
    );
    let doc = bytes_ok(page.as_bytes());
    assert_eq!(turn_texts(&doc), turn_texts(&reference));
}

#[test]
fn lone_cr_page() {
    let page = EN_PAGE.replace('\n', "\r");
    let doc = doc_ok(&page);
    let reference = doc_ok(EN_PAGE);
    assert_eq!(turn_texts(&doc), turn_texts(&reference));
    let t = &doc.turns[2];
    assert_eq!(
        &page[t.span.range()],
        "MS. WHITFIELD: He will not sign it in this form."
    );
}

#[test]
fn crlf_inside_a_turn_joins_wrapped_lines() {
    let page = "Briefing\r\nMS. WHITFIELD: Good afternoon,\r\neveryone.\r\n\r\nSecond paragraph.\r\nQ: Why?\r\n";
    let doc = doc_ok(page);
    let t = &doc.turns[0];
    assert_eq!(t.paragraphs.len(), 2);
    assert_eq!(t.paragraphs[0].text, "Good afternoon, everyone.");
    assert_eq!(t.paragraphs[1].text, "Second paragraph.");
    assert_eq!(
        &page[t.span.range()],
        "MS. WHITFIELD: Good afternoon,\r\neveryone.\r\n\r\nSecond paragraph."
    );
}

// ---------------------------------------------------------------------------------------------
// Text residue

#[test]
fn html_entity_residue() {
    let page = "Talks&nbsp;on trade\nMS. HARLOW: It&#8217;s&nbsp;fine &amp; good.\nQ: Why?\n";
    let doc = doc_ok(page);
    let t = &doc.turns[0];
    assert_eq!(t.label.as_deref(), Some("MS. HARLOW"));
    assert_eq!(t.text(), "It’s fine & good.");
    // the span covers the entities as printed
    assert_eq!(
        &page[t.span.range()],
        "MS. HARLOW: It&#8217;s&nbsp;fine &amp; good."
    );
    assert_eq!(
        doc.title.as_ref().map(|f| f.text.as_ref()),
        Some("Talks on trade")
    );
}

#[test]
fn mojibake_gives_a_warning() {
    let page = "Talks on trade\nMS. HARLOW: Putinâ€™s plan is clear.\n";
    let doc = doc_ok(page);
    let moji: Vec<_> = doc
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Mojibake)
        .collect();
    assert_eq!(moji.len(), 1);
    assert_eq!(
        moji[0].message,
        "text looks like UTF-8 decoded as windows-1252 (\"â€™\")"
    );
    let span = moji[0].span.expect("the warning points at the sequence");
    assert_eq!(&page[span.range()], "â€™");
    // the text is kept as printed
    assert_eq!(doc.turns[0].text(), "Putinâ€™s plan is clear.");
}

// ---------------------------------------------------------------------------------------------
// Front matter and many speakers

#[test]
fn yaml_alias_bomb_in_front_matter_is_refused() {
    // each level repeats the one before nine times: loading it would take gigabytes
    let mut yaml = String::from(
        "---\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for level in 1..10 {
        let prev = format!("*a{}", level - 1);
        let items = [prev.as_str(); 9].join(",");
        yaml.push_str(&format!("a{level}: &a{level} [{items}]\n"));
    }
    yaml.push_str("title: bomb\n---\nMR X: hi\n");
    let doc = doc_ok(&yaml);
    assert!(doc.front_matter.is_empty());
    assert_eq!(
        warnings_of(&doc, WarningKind::FrontMatter),
        vec!["front matter could not be read as YAML; kept as boilerplate".to_string()]
    );
    assert_eq!(turn_texts(&doc), vec![(Some("MR X"), "hi".to_string())]);
}

#[test]
fn twenty_thousand_distinct_speakers() {
    let text: String = (0..20_000)
        .map(|i| format!("SPEAKER {i}: hello\n"))
        .collect();
    let doc = checked("20,000 distinct labels", &text);
    assert_eq!(doc.turns.len(), 20_000);
    assert_eq!(doc.speakers.len(), 20_000);
    assert_eq!(doc.speakers[19_999].role.as_deref(), Some("Speaker 19999"));
}

#[test]
fn a_stray_byte_in_a_utf8_page_is_replaced_not_reencoded() {
    let page =
        "Talks on the harbour\nMS. HARLOW: It’s “fine”, isn’t it? Привет.\nQ: Why\u{1}s that?\n";
    let mut bytes = page.as_bytes().to_vec();
    let at = page.find('\u{1}').unwrap();
    bytes[at] = 0x92; // a windows-1252 apostrophe left in UTF-8 text
    let doc = bytes_ok(&bytes);
    assert_eq!(
        warnings_of(&doc, WarningKind::Decoded),
        vec!["decoded as UTF-8 with 1 invalid byte sequence replaced by U+FFFD".to_string()]
    );
    assert_eq!(
        turn_texts(&doc),
        vec![
            (
                Some("MS. HARLOW"),
                "It’s “fine”, isn’t it? Привет.".to_string()
            ),
            (Some("Q"), "Why\u{fffd}s that?".to_string())
        ]
    );
    assert!(warnings_of(&doc, WarningKind::Mojibake).is_empty());
}

#[test]
fn strict_utf8_refuses_a_file_cut_inside_a_character() {
    let options = ParseOptions::default().with_strict_utf8(true);
    let e = parse_bytes_with(b"MR X: hi\nabc\xe2\x80", &options).unwrap_err();
    assert_eq!(
        e.to_string(),
        "input is not valid UTF-8 at byte 12 (line 2, column 4)"
    );
}
