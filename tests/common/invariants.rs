//! The one invariant checker shared by the property tests, the error and regression tests and
//! the fuzz target (which includes this file by path).
//!
//! Invariants checked on every document (see the crate docs):
//! - every span has `start <= end <= input length` and both ends on character boundaries of the
//!   input as given (for byte input: of the encoding the bytes are in);
//! - nothing is lost: every non-blank character of the input lies inside some span (blank =
//!   Unicode white space, control characters, U+200B, U+200C, U+200D, U+2060, U+FEFF, U+00AD);
//! - blocks (header fields, turns, body paragraphs, boilerplate) never overlap, except a
//!   boilerplate block that lies wholly inside a turn's span, or a pop-up block wholly inside a
//!   body paragraph's span;
//! - a turn's paragraphs and stage directions lie inside the turn's span (documented on `Turn`);
//! - no paragraph (of a turn or of the body) is empty.

#![allow(dead_code)]

use transcript_parser::{BoilerplateKind, Part, Span, Transcript, WarningKind};

/// Whether `c` counts as blank for the "nothing lost" invariant.
pub fn is_blank(c: char) -> bool {
    // control characters are normalized to a space (see the `normalize` stage)
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        )
}

/// What a span is, for messages and for the overlap rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Field(&'static str),
    Date,
    Turn,
    TurnParagraph,
    StageDirection,
    Body,
    Boilerplate,
    Warning,
}

impl Role {
    fn is_block(self) -> bool {
        matches!(
            self,
            Role::Field(_) | Role::Turn | Role::Body | Role::Boilerplate
        )
    }
}

/// Every span of `doc` with its role and the index of its owner (turn index for turn parts):
/// the document's own [`Transcript::spans`], and the warnings' spans.
pub fn all_spans(doc: &Transcript<'_>) -> Vec<(Role, usize, Span)> {
    let mut out: Vec<(Role, usize, Span)> = doc
        .spans()
        .map(|(part, span)| {
            let (role, i) = match part {
                Part::Title => (Role::Field("title"), 0),
                Part::Attribution => (Role::Field("attribution"), 0),
                Part::SourceUrl => (Role::Field("source_url"), 0),
                Part::Location => (Role::Field("location"), 0),
                Part::Summary => (Role::Field("summary"), 0),
                Part::Participants => (Role::Field("participants"), 0),
                Part::Date(i) => (Role::Date, i),
                Part::Turn(i) => (Role::Turn, i),
                Part::Paragraph { turn, .. } => (Role::TurnParagraph, turn),
                Part::StageDirection { turn, .. } => (Role::StageDirection, turn),
                Part::Body(i) => (Role::Body, i),
                Part::Boilerplate(i) => (Role::Boilerplate, i),
                other => panic!("a part the checker does not know: {other:?}"),
            };
            (role, i, span)
        })
        .collect();
    for (i, w) in doc.warnings.iter().enumerate() {
        if let Some(s) = w.span {
            out.push((Role::Warning, i, s));
        }
    }
    out
}

/// Check `doc` against the input, generic over how the input is read.
///
/// - `len`: input length in bytes;
/// - `boundary(n)`: whether byte offset `n` is a character boundary;
/// - `blank_gap(a, b)`: `None` when the bytes `a..b` (both boundaries) hold only blank
///   characters, else a description of the first non-blank character;
/// - `uncovered_ok`: a byte range the coverage check may skip (a truncated tail).
pub fn check_generic(
    doc: &Transcript<'_>,
    len: usize,
    boundary: &dyn Fn(usize) -> bool,
    blank_gap: &dyn Fn(usize, usize) -> Option<String>,
    uncovered_ok: Option<(usize, usize)>,
) -> Result<(), String> {
    let spans = all_spans(doc);
    // 1. bounds and boundaries
    for &(role, i, s) in &spans {
        if s.start() > s.end() || s.end() > len {
            return Err(format!(
                "{role:?}[{i}] span {s} out of bounds (input is {len} bytes)"
            ));
        }
        if !boundary(s.start()) || !boundary(s.end()) {
            return Err(format!(
                "{role:?}[{i}] span {s} is not on character boundaries"
            ));
        }
    }
    // 2. turn parts inside their turn
    for &(role, i, s) in &spans {
        if matches!(role, Role::TurnParagraph | Role::StageDirection) {
            let turn = doc.turns[i].span;
            if !turn.contains(s) {
                return Err(format!(
                    "{role:?} {s} of turn {i} lies outside the turn's span {turn}"
                ));
            }
        }
    }
    // 2b. no empty paragraph
    for (i, t) in doc.turns.iter().enumerate() {
        if let Some(p) = t.paragraphs.iter().find(|p| p.text.is_empty()) {
            return Err(format!("turn {i} has an empty paragraph at {}", p.span));
        }
    }
    if let Some(p) = doc.body.iter().find(|p| p.text.is_empty()) {
        return Err(format!("an empty body paragraph at {}", p.span));
    }
    // 3. nothing lost: the gaps between covered ranges hold only blank characters
    let mut covered: Vec<(usize, usize)> = spans
        .iter()
        .filter(|(r, _, s)| *r != Role::Warning && !s.is_empty())
        .map(|(_, _, s)| (s.start(), s.end()))
        .collect();
    if let Some(r) = uncovered_ok {
        covered.push(r);
    }
    covered.sort_unstable();
    let mut pos = 0;
    let mut gaps = Vec::new();
    for (a, b) in covered {
        if a > pos {
            gaps.push((pos, a));
        }
        pos = pos.max(b);
    }
    if pos < len {
        gaps.push((pos, len));
    }
    for (a, b) in gaps {
        if let Some(what) = blank_gap(a, b) {
            return Err(format!(
                "nothing lost: uncovered bytes {a}..{b} hold non-blank text: {what}"
            ));
        }
    }
    // 4. blocks never overlap, except boilerplate inside a turn and pop-ups inside a body
    // paragraph
    let mut main: Vec<(Span, Role, usize)> = spans
        .iter()
        .filter(|(r, _, s)| r.is_block() && *r != Role::Boilerplate && !s.is_empty())
        .map(|&(r, i, s)| (s, r, i))
        .collect();
    main.sort_unstable_by_key(|(s, _, _)| (s.start(), s.end()));
    for w in main.windows(2) {
        if w[1].0.start() < w[0].0.end() {
            return Err(format!(
                "blocks overlap: {:?}[{}] {} and {:?}[{}] {}",
                w[0].1, w[0].2, w[0].0, w[1].1, w[1].2, w[1].0
            ));
        }
    }
    let mut boiler: Vec<(Span, usize)> = doc
        .boilerplate
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.span.is_empty())
        .map(|(i, b)| (b.span, i))
        .collect();
    boiler.sort_unstable_by_key(|(s, _)| (s.start(), s.end()));
    for w in boiler.windows(2) {
        if w[1].0.start() < w[0].0.end() {
            return Err(format!(
                "blocks overlap: Boilerplate[{}] {} and Boilerplate[{}] {}",
                w[0].1, w[0].0, w[1].1, w[1].0
            ));
        }
    }
    for &(b, bi) in &boiler {
        // `main` is sorted and disjoint: the blocks overlapping `b` are contiguous
        let from = main.partition_point(|(s, _, _)| s.end() <= b.start());
        for &(s, role, i) in main[from..]
            .iter()
            .take_while(|(s, _, _)| s.start() < b.end())
        {
            // (a pop-up printed inline lies inside the body paragraph it interrupts too)
            let inside_prose = role == Role::Turn
                || role == Role::Body && doc.boilerplate[bi].kind == BoilerplateKind::Popup;
            if !(inside_prose && s.contains(b)) {
                return Err(format!(
                    "blocks overlap: Boilerplate[{bi}] {b} and {role:?}[{i}] {s}"
                ));
            }
        }
    }
    Ok(())
}

fn describe_char(c: char, at: usize) -> String {
    format!("{c:?} (U+{:04X}) at byte {at}", c as u32)
}

/// `None` when the uncovered text `gap` (starting at byte `base`) is blank, else a description
/// of its first non-blank character.
pub fn non_blank_in(gap: &str, base: usize) -> Option<String> {
    gap.char_indices()
        .find(|&(_, c)| !is_blank(c))
        .map(|(i, c)| describe_char(c, base + i))
}

/// Check a document parsed from `text` with `parse`/`parse_with`.
pub fn check_str(text: &str, doc: &Transcript<'_>) -> Result<(), String> {
    check_generic(
        doc,
        text.len(),
        &|n| text.is_char_boundary(n),
        &|a, b| non_blank_in(&text[a..b], a),
        None,
    )
}

/// The encoding a document parsed from `bytes` was read in: a UTF-16 byte order mark, else the
/// encoding named by a `Decoded` warning (a legacy page may follow a UTF-8 byte order mark),
/// else UTF-8.
pub fn encoding_of(bytes: &[u8], doc: &Transcript<'_>) -> &'static encoding_rs::Encoding {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes)
        && enc != encoding_rs::UTF_8
    {
        return enc;
    }
    doc.warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Decoded)
        .find_map(|w| {
            let name = w.message.strip_prefix("decoded from ")?;
            encoding_rs::Encoding::for_label(name.trim().as_bytes())
        })
        .unwrap_or(encoding_rs::UTF_8)
}

/// Check a document parsed from `bytes` with `parse_bytes`/`parse_bytes_with`: spans are byte
/// offsets into `bytes`, boundaries and blank gaps are judged in the encoding the bytes were read
/// in (a BOM, else the `Decoded` warning's encoding, else UTF-8).
pub fn check_bytes(bytes: &[u8], doc: &Transcript<'_>) -> Result<(), String> {
    let enc = encoding_of(bytes, doc);
    // UTF-8 with a few invalid sequences replaced is checked like any decoded encoding
    let lossy = doc
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::Decoded && w.message.starts_with("decoded as UTF-8"));
    if enc == encoding_rs::UTF_8 && !lossy {
        let (valid, truncated) = match std::str::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) if e.error_len().is_none() => {
                let at = e.valid_up_to();
                if !doc
                    .warnings
                    .iter()
                    .any(|w| w.kind == WarningKind::Truncated)
                {
                    return Err(format!(
                        "input cut inside a UTF-8 character at {at} but no Truncated warning"
                    ));
                }
                (
                    std::str::from_utf8(&bytes[..at]).unwrap(),
                    Some((at, bytes.len())),
                )
            }
            Err(e) => {
                return Err(format!(
                    "bytes are not UTF-8 (error at {}) but the document has no Decoded warning",
                    e.valid_up_to()
                ));
            }
        };
        return check_generic(
            doc,
            bytes.len(),
            // the end of the input is a boundary even when it cuts a character (the span of a
            // `Truncated` warning ends there)
            &|n| n == bytes.len() || n <= valid.len() && valid.is_char_boundary(n),
            &|a, b| {
                let b = b.min(valid.len());
                if a >= b {
                    return None;
                }
                non_blank_in(&valid[a..b], a)
            },
            truncated,
        );
    }
    if enc == encoding_rs::UTF_8 && lossy {
        // UTF-8 with invalid sequences, read as `String::from_utf8_lossy` does: boundaries are
        // those of the valid runs and the two ends of each invalid sequence
        let mut boundary = vec![false; bytes.len() + 1];
        let mut at = 0;
        boundary[0] = true;
        for chunk in bytes.utf8_chunks() {
            for (i, _) in chunk.valid().char_indices() {
                boundary[at + i] = true;
            }
            at += chunk.valid().len();
            boundary[at] = true;
            at += chunk.invalid().len();
            boundary[at] = true;
        }
        return check_generic(
            doc,
            bytes.len(),
            &|n| boundary.get(n).copied().unwrap_or(false),
            &|a, b| {
                let text = String::from_utf8_lossy(&bytes[a..b]);
                non_blank_in(&text, 0).map(|what| {
                    format!("{what} of the text decoded from bytes {a}..{b} (UTF-8, lossy)")
                })
            },
            None,
        );
    }
    // Other encodings: a byte offset is a boundary when decoding byte by byte has emitted
    // every character before it (the way any stateless decoder sees it). A UTF-8 byte order
    // mark before a legacy page is skipped, as blank.
    let skip = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let mut boundary = vec![false; bytes.len() + 1];
    boundary[0] = true;
    boundary[skip] = true;
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::new();
    for i in skip..bytes.len() {
        let last = i + 1 == bytes.len();
        out.clear();
        out.reserve(decoder.max_utf8_buffer_length(1).unwrap_or(16) + 16);
        let _ = decoder.decode_to_string(&bytes[i..=i], &mut out, last);
        if !out.is_empty() {
            boundary[i + 1] = true;
        }
    }
    boundary[bytes.len()] = true;
    check_generic(
        doc,
        bytes.len(),
        &|n| boundary.get(n).copied().unwrap_or(false),
        &|a, b| {
            let a = a.max(skip).min(b);
            let (text, _) = enc.decode_without_bom_handling(&bytes[a..b]);
            non_blank_in(&text, 0).map(|what| {
                format!(
                    "{what} of the text decoded from bytes {a}..{b} ({})",
                    enc.name()
                )
            })
        },
        None,
    )
}

/// Encode `text` as UTF-16 with a byte order mark.
pub fn utf16_with_bom(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

/// Whether a `Blank` error is believable for `text`: nothing but blank characters, control
/// characters, and (possibly blank) HTML character references.
pub fn plausibly_blank(text: &str) -> bool {
    strip_entities(text)
        .chars()
        .all(|c| is_blank(c) || c.is_control())
}

/// `text` with `&name;` / `&#123;` references taken out (they may decode to white space).
pub fn strip_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let body_len = after.bytes().take(11).position(|b| b == b';').filter(|&n| {
            n > 0
                && after[..n]
                    .bytes()
                    .all(|b| b == b'#' || b.is_ascii_alphanumeric())
        });
        match body_len {
            Some(n) => rest = &after[n + 1..],
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parse `text` with `parse` and check the outcome: a valid document, or an error that fits the
/// input (`Empty` for "", `Binary` with a NUL, `Blank` for blank-looking text). Then the same
/// text through `parse_bytes` as UTF-8: the same document, spans unchanged; and with a UTF-8
/// byte order mark: spans shifted by 3.
pub fn check_text_everywhere(text: &str) -> Result<(), String> {
    let doc = transcript_parser::parse(text);
    match &doc {
        Ok(d) => check_str(text, d).map_err(|e| format!("parse: {e}"))?,
        Err(e) => {
            use transcript_parser::ErrorKind;
            let fits = match e.kind() {
                ErrorKind::Empty => text.is_empty(),
                ErrorKind::Binary { position } => text.as_bytes().get(position.offset) == Some(&0),
                ErrorKind::Blank { bytes } => *bytes == text.len() && plausibly_blank(text),
                _ => false,
            };
            if !fits {
                return Err(format!("parse: unexpected error {e:?} ({e})"));
            }
        }
    }
    let by_bytes = transcript_parser::parse_bytes(text.as_bytes());
    match (&doc, &by_bytes) {
        (Ok(a), Ok(b)) => {
            check_bytes(text.as_bytes(), b).map_err(|e| format!("parse_bytes(utf-8): {e}"))?;
            if all_spans(a) != all_spans(b) {
                return Err("parse_bytes(utf-8) gives other spans than parse".into());
            }
        }
        (Err(a), Err(b)) if a.kind() == b.kind() => {}
        (a, b) => {
            return Err(format!(
                "parse and parse_bytes(utf-8) disagree: {:?} vs {:?}",
                a.as_ref().err(),
                b.as_ref().err()
            ));
        }
    }
    if let Ok(a) = &doc {
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(text.as_bytes());
        match transcript_parser::parse_bytes(&bom) {
            Ok(b) => {
                check_bytes(&bom, &b).map_err(|e| format!("parse_bytes(utf-8 + BOM): {e}"))?;
                let shifted: Vec<_> = all_spans(a)
                    .into_iter()
                    .map(|(r, i, s)| (r, i, Span::new(s.start() + 3, s.end() + 3)))
                    .collect();
                if shifted != all_spans(&b) {
                    return Err("parse_bytes(utf-8 + BOM): spans are not those of parse + 3".into());
                }
            }
            Err(e) => return Err(format!("parse_bytes(utf-8 + BOM): error {e}")),
        }
    }
    Ok(())
}

/// Parse `bytes` with `parse_bytes` and check the document (errors are fine here: the caller
/// decides what is expected).
pub fn check_bytes_outcome(label: &str, bytes: &[u8]) -> Result<(), String> {
    match transcript_parser::parse_bytes(bytes) {
        Ok(doc) => check_bytes(bytes, &doc).map_err(|e| format!("parse_bytes({label}): {e}")),
        Err(_) => Ok(()),
    }
}

/// All checks on `text`: as a string, as UTF-8 bytes (with and without BOM), as windows-1251
/// bytes and as UTF-16 LE and BE with a BOM.
pub fn check_all_encodings(text: &str) -> Result<(), String> {
    check_text_everywhere(text)?;
    // characters windows-1251 cannot hold would be written as `&#NNNN;` references, which the
    // parser reads back as entity residue: not the same text, so such inputs skip this check
    let (cp1251, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    if !unmappable {
        check_bytes_outcome("windows-1251", &cp1251)?;
    }
    check_bytes_outcome("utf-16le", &utf16_with_bom(text, false))?;
    check_bytes_outcome("utf-16be", &utf16_with_bom(text, true))?;
    Ok(())
}
