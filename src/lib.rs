//! # transcript-parser
//!
//! Turn the plain text of a published transcript page (a Kremlin meeting, a White House
//! briefing, a TV interview, a parliamentary record) into a typed, serializable [`Transcript`]:
//! title, dates, attribution, dateline, summary, speakers (role and name split, aliases merged),
//! speaker turns with their stage directions, and every boilerplate line kept and labelled.
//!
//! ```
//! let page = "Home / News / Transcripts\n\
//!             Meeting with the Harbour Board\n\
//!             Published on 3 May 2021\n\
//!             by Port Press Office\n\
//!             Kestrel Bay\n\
//!             The mayor met the board to discuss the new quay.\n\
//!             MAYOR ANNA LIND: Good morning. Let us begin.\n\
//!             (Applause.)\n\
//!             ANNA LIND: Thank you.\n\
//!             Share this page:\n";
//! let doc = transcript_parser::parse(page).unwrap();
//! assert_eq!(doc.title.as_ref().unwrap().text, "Meeting with the Harbour Board");
//! assert_eq!(doc.date.unwrap().to_string(), "2021-05-03");
//! assert_eq!(doc.attribution.as_ref().unwrap().text, "Port Press Office");
//! assert_eq!(doc.location.as_ref().unwrap().text, "Kestrel Bay");
//! assert_eq!(doc.speakers.len(), 1);
//! assert_eq!(doc.speakers[0].name.as_deref(), Some("Anna Lind"));
//! assert_eq!(doc.speakers[0].role.as_deref(), Some("Mayor"));
//! assert_eq!(doc.turns.len(), 2);
//! assert_eq!(doc.turns[0].stage_directions[0].text, "(Applause.)");
//! // every span points into the input
//! let turn = &doc.turns[1];
//! assert_eq!(&page[turn.span.range()], "ANNA LIND: Thank you.");
//! ```
//!
//! ## Pipeline
//!
//! One linear pass per stage, each stage its own module:
//!
//! 0. `decode` (for [`parse_bytes`]): UTF-8 with or without BOM, UTF-16 with BOM, or a legacy
//!    encoding guessed by `chardetng` and decoded by `encoding_rs`, with an offset map back to
//!    the input bytes;
//! 1. `normalize`: NBSP, CRLF, zero-width characters and HTML entity residue made plain in a
//!    matching copy, with an offset map back to the input;
//! 2. `lines`: a `memchr` walk yields line spans, one by one (no table of a page's lines);
//! 3. `classify`: lines become units (flattened one-line pages are cut at labels, elisions and
//!    footer phrases; a line of a record converted from PDF at the Hansard labels inside it and
//!    at the running head of a page glued to it) and each unit gets its candidate kinds from
//!    the grammars in `grammar` (speaker label, date, byline, dateline, stage direction,
//!    boilerplate, running head); label candidates are accepted per document, by style;
//! 4. `assemble`: header, body and footer zones, then header fields, paragraphs and turns;
//! 5. `speakers`: role and name split, alias merging, ids (from the labels cleaned again from
//!    the input, once the normalized copy is freed);
//! 6. `model`: the serde types returned. Every span is mapped to the input and the normalized
//!    copy freed before the speakers are resolved; a text the input prints as it is reported is
//!    borrowed from the input, and any other is cleaned again from its own bytes of the input
//!    (normalization is local), so a page is not held twice.
//!
//! ## Invariants
//!
//! - Every [`Span`] is a half-open range of byte offsets into the exact input passed (for
//!   [`parse_bytes`], into the bytes), on character boundaries.
//! - Nothing is lost: every non-blank byte lies inside the span of a header field, a turn, a
//!   body paragraph or a boilerplate block, and those blocks never overlap (boilerplate that
//!   interrupts a turn lies inside the turn's span, and pop-up text printed inside a body
//!   paragraph, [`BoilerplateKind::Popup`], inside that paragraph's span).
//! - Bad input gives a clear [`Error`] or a valid document, never a panic.
//!
//! The label conventions follow the corpus labelling notes (`LABELING.md` of the project's
//! shared corpus): names in natural casing, honorifics apart, role-only labels as printed.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![deny(clippy::print_stdout)]

mod assemble;
mod classify;
mod decode;
mod error;
mod grammar;
mod lines;
mod model;
mod normalize;
mod options;
mod speakers;

pub use error::{Error, ErrorKind, Position, Warning, WarningKind};
pub use model::{
    Boilerplate, BoilerplateKind, DateKind, DateMention, Field, FrontMatterEntry, Paragraph, Part,
    Span, Speaker, StageDirection, StageKind, Transcript, Turn,
};
pub use options::{DEFAULT_MAX_INPUT_BYTES, DateOrder, MAX_INPUT_BYTES, ParseOptions};

use assemble::{Assembled, OutField, OutPara, OutTurn, Txt};
use std::borrow::Cow;

/// Parse page text with the default options.
///
/// # Errors
///
/// [`ErrorKind::Empty`] for an empty input, [`ErrorKind::Blank`] when it holds only white
/// space or invisible characters, [`ErrorKind::Binary`] when it holds NUL bytes,
/// [`ErrorKind::TooLarge`] beyond [`DEFAULT_MAX_INPUT_BYTES`].
///
/// ```
/// let doc = transcript_parser::parse("VLADIMIR PUTIN: Good afternoon.\n").unwrap();
/// assert_eq!(doc.turns[0].text(), "Good afternoon.");
/// assert_eq!(transcript_parser::parse("  \n").unwrap_err().to_string(),
///            "input has no text: its 3 bytes are all white space or invisible characters");
/// ```
pub fn parse(text: &str) -> Result<Transcript<'_>, Error> {
    parse_with(text, &ParseOptions::default())
}

/// Parse page text with `options`.
///
/// # Errors
///
/// As [`parse`], with the size limit taken from `options`.
///
/// ```
/// use transcript_parser::{parse_with, ParseOptions};
/// let doc = parse_with("Q: Why?\n", &ParseOptions::default()).unwrap();
/// assert_eq!(doc.speakers[0].role.as_deref(), Some("Question"));
/// ```
pub fn parse_with<'a>(text: &'a str, options: &ParseOptions) -> Result<Transcript<'a>, Error> {
    check_size(text.len(), options)?;
    if text.is_empty() {
        return Err(Error::new(ErrorKind::Empty));
    }
    if let Some(nul) = memchr::memchr(0, text.as_bytes()) {
        return Err(Error::new(ErrorKind::Binary {
            position: Position::locate(text.as_bytes(), nul),
        }));
    }
    parse_text(text, options)
}

/// Parse a page given as bytes: UTF-8 (with or without a byte order mark), UTF-16 with a byte
/// order mark, or a legacy encoding detected by `chardetng` (windows-1251, KOI8-R,
/// windows-1252...).
///
/// Spans are byte offsets into `bytes` in every case. When the bytes are UTF-8, text fields
/// borrow from them; otherwise the document owns decoded text (and carries a
/// [`WarningKind::Decoded`] warning). A page cut inside its last UTF-8 character is parsed
/// without those bytes, with a [`WarningKind::Truncated`] warning whose span covers them. A
/// UTF-8 page with a few stray bytes (with or without a byte order mark) stays UTF-8, each bad
/// sequence replaced by U+FFFD (a [`WarningKind::Decoded`] warning says how many); only a page
/// with no UTF-8 shape is decoded from a guessed legacy encoding (a UTF-8 byte order mark
/// before it skipped).
///
/// # Errors
///
/// As [`parse`]; [`ErrorKind::InvalidUtf8`] only with [`ParseOptions::strict_utf8`].
///
/// ```
/// let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("В.Путин: Добрый день, коллеги.\n");
/// let doc = transcript_parser::parse_bytes(&bytes).unwrap();
/// assert_eq!(doc.speakers[0].name.as_deref(), Some("В.Путин"));
/// assert_eq!(doc.turns[0].span.range(), 0..bytes.len() - 1);
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Transcript<'_>, Error> {
    parse_bytes_with(bytes, &ParseOptions::default())
}

/// Parse a page given as bytes, with `options` (see [`parse_bytes`]).
///
/// # Errors
///
/// As [`parse_bytes`].
///
/// ```
/// use transcript_parser::{parse_bytes_with, ParseOptions};
/// let doc = parse_bytes_with(b"\xef\xbb\xbfQ: Why?\n", &ParseOptions::default()).unwrap();
/// assert_eq!(doc.turns[0].span.start(), 3);
/// ```
pub fn parse_bytes_with<'a>(
    bytes: &'a [u8],
    options: &ParseOptions,
) -> Result<Transcript<'a>, Error> {
    check_size(bytes.len(), options)?;
    let decoded = decode::decode(bytes, options.strict_utf8)?;
    let mut warnings = Vec::new();
    if let Some(at) = decoded.truncated_at {
        warnings.push(Warning {
            kind: WarningKind::Truncated,
            message: format!(
                "the input ends inside a UTF-8 character; bytes from {at} are left out"
            ),
            span: Some(Span::new(at, bytes.len())),
        });
    }
    if decoded.replaced > 0 {
        let n = decoded.replaced;
        warnings.push(Warning {
            kind: WarningKind::Decoded,
            message: format!(
                "decoded as UTF-8 with {n} invalid byte sequence{} replaced by U+FFFD",
                if n == 1 { "" } else { "s" }
            ),
            span: None,
        });
    } else if let Some(name) = decoded.encoding {
        warnings.push(Warning {
            kind: WarningKind::Decoded,
            message: format!("decoded from {name}"),
            span: None,
        });
    }
    // the input is not empty (checked by `decode`): a text with nothing in it, a byte order
    // mark alone included, is blank, counted in the bytes given
    let blank = |e: Error| match e.kind() {
        ErrorKind::Empty | ErrorKind::Blank { .. } => {
            Error::new(ErrorKind::Blank { bytes: bytes.len() })
        }
        _ => e,
    };
    let mut doc = match decoded.text {
        Cow::Borrowed(text) => {
            let mut doc = parse_text(text, options).map_err(blank)?;
            if let decode::ByteMap::Shift(s) = decoded.map
                && s > 0
            {
                doc.map_spans(&|n| n + s);
            }
            doc
        }
        Cow::Owned(text) => {
            let doc = parse_text(&text, options).map_err(blank)?.into_owned();
            let mut doc = doc;
            let map = decoded.map;
            doc.map_spans(&|n| map.to_bytes(n));
            doc
        }
    };
    warnings.append(&mut doc.warnings);
    doc.warnings = warnings;
    Ok(doc)
}

fn check_size(len: usize, options: &ParseOptions) -> Result<(), Error> {
    check_len(len, options.max_input_bytes)
}

/// Refuses a text of more than `limit` bytes, or of more than [`MAX_INPUT_BYTES`] whatever
/// the limit (offsets into the normalized text are stored as `u32`).
fn check_len(len: usize, limit: usize) -> Result<(), Error> {
    let limit = limit.min(MAX_INPUT_BYTES);
    if len > limit {
        return Err(Error::new(ErrorKind::TooLarge { bytes: len, limit }));
    }
    Ok(())
}

/// A byte offset of the normalized text as stored in the pipeline's tables (`u32`; text is
/// at most [`MAX_INPUT_BYTES`], checked before the pipeline runs).
pub(crate) fn pos(offset: usize) -> u32 {
    debug_assert!(offset <= MAX_INPUT_BYTES);
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// The pipeline on checked text.
fn parse_text<'a>(raw: &'a str, options: &ParseOptions) -> Result<Transcript<'a>, Error> {
    if raw.is_empty() {
        return Err(Error::new(ErrorKind::Empty));
    }
    // (text decoded from another encoding can be longer than the bytes checked, and so can
    // text whose character references normalization expands: `&nGt;` is 5 bytes, its
    // characters 6; the stages' offsets are into the normalized text)
    check_len(raw.len(), MAX_INPUT_BYTES)?;
    let norm = normalize::normalize(raw);
    check_len(norm.text.len(), MAX_INPUT_BYTES)?;
    let text: &str = &norm.text;
    if text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Blank { bytes: raw.len() }));
    }
    let mut units = classify::units(text, &options.boilerplate_phrases);
    classify::accept_labels(text, &mut units);
    let assembled = assemble::assemble(text, &units, options);
    // the unit table is not needed past assembly: freed before the model is built (it is,
    // with the normalized copy, a long page's largest allocation)
    drop(units);
    let named = popup_names(text);
    let mojibake = norm.mojibake;
    let lead = text
        .bytes()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let mut assembled = assembled;
    Mapper {
        raw,
        norm: &norm,
        lead,
    }
    .map(&mut assembled);
    // the normalized copy is as large as the page: freed before the speakers are resolved and
    // the model is built, whose texts are borrowed from the input or cleaned again from the
    // input's bytes (a label cleaned from the input reads as it did in the normalized copy)
    drop(norm);
    let resolved = {
        // the labels that cleaning changes are kept one after another in one string, and the
        // list borrows from it or from the input: a list of cleaned strings was larger
        // (a label wrapped onto a second line, by whatever line break, is collapsed to one)
        let label = |t: &OutTurn| {
            t.label().map(|(s, e)| {
                let l = clean_span(&raw[s..e]);
                match l.contains('\n').then(|| assemble::collapse(&l)).flatten() {
                    Some(c) => Cow::Owned(c),
                    None => l,
                }
            })
        };
        let mut changed = String::new();
        for t in &assembled.turns {
            if let Some(Cow::Owned(l)) = label(t) {
                changed.push_str(&l);
            }
        }
        let mut from = 0;
        let labels: Vec<Option<&str>> = assembled
            .turns
            .iter()
            .map(|t| {
                label(t).map(|l| match l {
                    Cow::Borrowed(b) => b,
                    Cow::Owned(o) => {
                        from += o.len();
                        &changed[from - o.len()..from]
                    }
                })
            })
            .collect();
        speakers::resolve(&labels, &named)
    };
    drop(named);
    let mut warnings = Vec::new();
    if let Some(at) = mojibake {
        warnings.push(Warning {
            kind: WarningKind::Mojibake,
            message: "text looks like UTF-8 decoded as windows-1252 (\"â€™\")".to_string(),
            span: Some(Span::new(
                at,
                raw[at..].chars().take(3).map(char::len_utf8).sum::<usize>() + at,
            )),
        });
    }
    if assembled.front_matter_error {
        warnings.push(Warning {
            kind: WarningKind::FrontMatter,
            message: "front matter could not be read as YAML; kept as boilerplate".to_string(),
            span: None,
        });
    }
    for label in &resolved.ambiguous {
        warnings.push(Warning {
            kind: WarningKind::AmbiguousLabel,
            message: format!("label {label:?} fits more than one earlier speaker; left unresolved"),
            span: None,
        });
    }
    Ok(build(raw, assembled, resolved, warnings))
}

/// The cleaned text of a paragraph's input bytes: [`clean_span`], then (for hard-wrapped
/// lines) collapsed. A text that is already clean comes back borrowed and unchanged.
fn clean_text(raw: &str) -> Cow<'_, str> {
    let n = clean_span(raw);
    match assemble::collapse(&n) {
        Some(c) => Cow::Owned(c),
        None => n,
    }
}

/// [`clean_text`] of input bytes that normalization leaves as they are: trimmed and collapsed
/// only.
fn collapsed(raw: &str) -> Cow<'_, str> {
    let t = raw.trim_matches([' ', '\n']);
    match assemble::collapse(t) {
        Some(c) => Cow::Owned(c),
        None => Cow::Borrowed(t),
    }
}

/// The cleaned text of a block's input bytes as printed: normalized, and trimmed of the white
/// space that entity residue or a line break's CR at either end becomes; not collapsed.
fn clean_span(raw: &str) -> Cow<'_, str> {
    let blank = [' ', '\n'];
    match normalize::clean(raw) {
        Cow::Borrowed(b) => Cow::Borrowed(b.trim_matches(blank)),
        Cow::Owned(o) => {
            let t = o.trim_matches(blank);
            if t.len() == o.len() {
                Cow::Owned(o)
            } else {
                Cow::Owned(t.to_string())
            }
        }
    }
}

/// The timestamp printed in brackets before a turn's label (`[14:02:11] ANNA LIND: ...`),
/// without its brackets: `before` is the turn's text before its label.
fn leading_timestamp(before: &str) -> Option<String> {
    let (rest, stamp) = grammar::label::timestamp_prefix(before.trim_start()).ok()?;
    rest.trim().is_empty().then(|| {
        stamp
            .trim_matches(|c| matches!(c, '[' | ']' | '\\'))
            .to_string()
    })
}

/// The time printed bare after a label alone on its line (`Dana Whitcombe  00:04`, a
/// speech-to-text export's): `after` is the raw text from the label's end.
fn trailing_timestamp(after: &str) -> Option<String> {
    // (a few bytes looked at, not the rest of the page: a page flattened onto one line has no
    // line end after its labels)
    let window = &after.as_bytes()[..after.len().min(64)];
    let end = memchr::memchr(b'\n', window).or((after.len() <= 64).then_some(after.len()))?;
    let line = &after[..end];
    let stamp = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{200b}');
    (stamp.len() < line.len()
        && stamp.starts_with(|c: char| c.is_ascii_digit())
        && grammar::label::is_timestamp_note(stamp))
    .then(|| stamp.to_string())
}

/// The names the page's pop-ups print ([`grammar::boilerplate::popup_name`]), wherever they
/// are (a lede's too): they split labels into role and name.
fn popup_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(off) = memchr::memmem::find(&bytes[from..], b"   ") {
        let at = from + off;
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
        let line = &text[start..end];
        names.extend(
            grammar::boilerplate::popups(line)
                .into_iter()
                .filter_map(|(s, e)| grammar::boilerplate::popup_name(&line[s..e])),
        );
        from = end;
    }
    names
}

/// Characters of the input that print nothing: white space, controls, zero-width characters.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
        )
}

/// Maps assembled blocks from normalized coordinates to the input's, while the normalized
/// copy is alive, and marks each text that the input prints exactly as it is to be reported
/// ([`Txt::Clean`]), so that the model can then be built from the input alone.
struct Mapper<'r, 'n> {
    raw: &'r str,
    norm: &'n normalize::Normalized<'r>,
    /// Offset of the first non-blank byte of the normalized text.
    lead: usize,
}

impl Mapper<'_, '_> {
    /// Maps a normalized span to the input.
    ///
    /// Blocks are trimmed in the normalized text, where entity residue such as `&nbsp;` or
    /// `&#8232;` has become white space; so that no printed byte is left outside every span,
    /// a span's end reaches over such residue up to the next non-blank character, and the
    /// first block of the page reaches back over it to the start. Input characters that print
    /// nothing (the CR of a CRLF, white space, zero-width characters) never end or start a
    /// span.
    fn span(&self, (s, e): (usize, usize)) -> (usize, usize) {
        let map = &self.norm.map;
        if !map.changed() {
            return (s, e);
        }
        let text = self.norm.text.as_bytes();
        let (s, e) = (s.min(text.len()), e.min(text.len()));
        let start = map.to_raw(s);
        let mut end = map.to_raw(e).max(start);
        let run = text[e..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        if run > 0 {
            end = end.max(map.to_raw(e + run));
            while end > start {
                match self.raw[..end].chars().next_back() {
                    Some(c) if invisible(c) => end -= c.len_utf8(),
                    _ => break,
                }
            }
        }
        let mut first = start;
        if s == self.lead {
            // from the input's start: residue before the first block may have become white
            // space or nothing at all (`&shy;`, `&#8203;`), so `to_raw(0)` can be past it
            first = 0;
            while first < start {
                match self.raw[first..].chars().next() {
                    Some(c) if invisible(c) => first += c.len_utf8(),
                    _ => break,
                }
            }
        }
        (first.min(start), end)
    }

    /// Maps `span` and marks `txt` clean when the input prints the text exactly.
    ///
    /// Normalization is local (an edit never reaches past the character or reference it
    /// replaces), so a text that is not clean is the same when cleaned again from its own
    /// input bytes ([`clean_span`], [`clean_text`]); debug builds check it here.
    fn text(&self, txt: &mut Txt, span: &mut (usize, usize)) {
        let n = &self.norm.text[span.0..span.1];
        let r = self.span(*span);
        let raw = &self.raw[r.0..r.1];
        // (on a page with nothing to normalize the two are the same bytes of the input)
        let printed = std::ptr::eq(raw, n) || raw == n;
        match txt {
            Txt::Span if printed => *txt = Txt::Clean,
            Txt::Collapsed if printed => {
                *txt = if assemble::needs_collapse(n) {
                    debug_assert_eq!(clean_text(raw), collapsed(raw));
                    Txt::CleanCollapsed
                } else {
                    Txt::Clean
                };
            }
            Txt::Span => debug_assert_eq!(clean_span(raw), n),
            Txt::Collapsed => debug_assert_eq!(
                clean_text(raw),
                assemble::collapse(n).unwrap_or(n.to_string())
            ),
            Txt::Clean | Txt::CleanCollapsed | Txt::CollapsedAround | Txt::Owned(_) => {}
        }
        *span = r;
    }

    /// Maps the span of a block whose text is its normalized text collapsed
    /// ([`assemble::block_text`]) and trimmed (a date's span may end with the space after it),
    /// rebuilt later by [`clean_text`].
    fn block(&self, span: &mut (usize, usize)) {
        let r = self.span(*span);
        debug_assert_eq!(
            clean_text(&self.raw[r.0..r.1]),
            match assemble::block_text(&self.norm.text, *span) {
                Txt::Owned(s) => s,
                _ => self.norm.text[span.0..span.1].to_string(),
            }
            .trim_matches([' ', '\n'])
        );
        *span = r;
    }

    /// Maps every block of `a` to the input.
    fn map(&self, a: &mut Assembled) {
        for f in [
            &mut a.title,
            &mut a.attribution,
            &mut a.source_url,
            &mut a.location,
            &mut a.summary,
            &mut a.participants,
        ]
        .into_iter()
        .flatten()
        {
            self.text(&mut f.text, &mut f.span);
        }
        for d in &mut a.dates {
            self.block(&mut d.span);
        }
        for p in &mut a.field_popups {
            self.block(p);
        }
        for b in &mut a.boilerplate {
            let mut span = b.span();
            self.block(&mut span);
            b.set_span(span);
        }
        for t in &mut a.turns {
            if let Some(mut l) = t.label() {
                self.block(&mut l);
                t.set_label(Some(l));
            }
            t.set_span(self.span(t.span()));
            for p in t.paragraphs.iter_mut() {
                let mut span = p.span();
                self.text(&mut p.text, &mut span);
                p.set_span(span);
            }
            for s in t.stages.iter_mut() {
                let mut txt = Txt::Span;
                let mut span = s.span();
                self.text(&mut txt, &mut span);
                s.set_span(span);
            }
        }
        for p in &mut a.body {
            let mut span = p.span();
            self.text(&mut p.text, &mut span);
            p.set_span(span);
        }
    }
}

/// The text of a block mapped by [`Mapper`], from the input.
fn text_of<'r>(raw: &'r str, txt: Txt, (s, e): (usize, usize)) -> Cow<'r, str> {
    match txt {
        Txt::Clean => Cow::Borrowed(&raw[s..e]),
        Txt::CleanCollapsed => collapsed(&raw[s..e]),
        Txt::Span => clean_span(&raw[s..e]),
        Txt::Collapsed => clean_text(&raw[s..e]),
        // (only body paragraphs have it, and `build` reads those itself)
        Txt::CollapsedAround => clean_text(&raw[s..e]),
        Txt::Owned(o) => Cow::Owned(o),
    }
}

/// The collapsed text of `raw[s..e]` without the pop-ups (sorted spans in `raw`) that lie
/// inside it; punctuation left after a pop-up goes back to its word (`Ivan Lind     Lind Ivan
/// , and` is `Ivan Lind, and`).
fn text_around(raw: &str, (s, e): (usize, usize), popups: &[(usize, usize)]) -> String {
    let from = popups.partition_point(|p| p.0 < s);
    let inside = popups[from..].iter().take_while(|p| p.1 <= e);
    let mut text = String::with_capacity(e - s);
    let mut pos = s;
    for (i, &(a, b)) in inside.chain(std::iter::once(&(e, e))).enumerate() {
        let part = clean_text(&raw[pos..a.max(pos)]);
        if !part.is_empty() {
            let attach = i > 0 && part.starts_with(assemble::AFTER_POPUP);
            if !text.is_empty() && !attach {
                text.push(' ');
            }
            text.push_str(&part);
        }
        pos = b.max(pos);
    }
    text
}

/// The public model of an assembled page whose blocks [`Mapper`] mapped to the input `raw`.
fn build<'r>(
    raw: &'r str,
    a: Assembled,
    resolved: speakers::Speakers,
    warnings: Vec<Warning>,
) -> Transcript<'r> {
    let span = |(s, e): (usize, usize)| Span::new(s, e);
    let field = |f: Option<OutField>| {
        f.map(|f| Field {
            text: match f.text {
                // (only the summary and the participants line have it)
                Txt::CollapsedAround => Cow::Owned(text_around(raw, f.span, &a.field_popups)),
                txt => text_of(raw, txt, f.span),
            },
            span: span(f.span),
        })
    };
    let paragraph = |p: OutPara| {
        let at = p.span();
        Paragraph {
            span: span(at),
            text: text_of(raw, p.text, at),
        }
    };
    // the resolved speakers move into the model, and of each distinct parsed label only its
    // delivery note and timestamp are kept for the turns (moved, not copied: on a short page
    // with many speakers their strings outweighed the page)
    let speakers::Speakers {
        speakers: resolved_speakers,
        of_turn,
        parsed,
        distinct,
        ..
    } = resolved;
    let speakers: Vec<Speaker> = resolved_speakers
        .into_iter()
        .enumerate()
        .map(|(i, s)| Speaker {
            id: format!("s{}", i + 1),
            name: s.name,
            role: s.role,
            honorific: s.honorific,
            affiliation: s.affiliation,
            labels: s.labels,
        })
        .collect();
    let notes: Vec<(Option<String>, Option<String>)> = distinct
        .into_iter()
        .map(|p| (p.delivery, p.timestamp))
        .collect();
    // most pages print no delivery note or timestamp with any label: their lists are then
    // freed before the turns are built (on a page of many short turns they weighed a fifth
    // of the page)
    let (notes, parsed) = if notes.iter().any(|n| n.0.is_some() || n.1.is_some()) {
        (notes, parsed)
    } else {
        drop(notes);
        drop(parsed);
        (Vec::new(), Vec::new())
    };
    let turn = |i: usize, t: OutTurn| {
        let (label, turn_span) = (t.label(), t.span());
        let paragraphs: Vec<Paragraph<'r>> = t.paragraphs.into_iter().map(paragraph).collect();
        let note = parsed
            .get(i)
            .copied()
            .flatten()
            .and_then(|at| notes.get(at as usize));
        Turn {
            speaker: of_turn
                .get(i)
                .copied()
                .flatten()
                .map(|s| format!("s{}", s + 1)),
            label: label.map(|l| clean_text(&raw[l.0..l.1])),
            delivery: note.and_then(|n| n.0.clone()),
            timestamp: note
                .and_then(|n| n.1.clone())
                .or_else(|| label.and_then(|l| leading_timestamp(&raw[turn_span.0..l.0])))
                .or_else(|| label.and_then(|l| trailing_timestamp(&raw[l.1..]))),
            span: span(turn_span),
            paragraphs,
            stage_directions: t
                .stages
                .iter()
                .map(|s| StageDirection {
                    kind: s.kind,
                    // (a note wrapped over two lines is joined by a space)
                    text: {
                        let printed = &raw[s.span().0..s.span().1];
                        if printed.contains('\n') {
                            clean_text(printed)
                        } else {
                            clean_span(printed)
                        }
                    },
                    span: span(s.span()),
                })
                .collect(),
        }
    };
    // the assembled turns are taken from the back of a reversed list, which is shrunk as it
    // empties: on a page of many short turns, holding all of them until the last turn was
    // built added a sixth to the peak
    let mut pending = a.turns;
    pending.reverse();
    let mut turns = Vec::with_capacity(pending.len());
    while let Some(t) = pending.pop() {
        turns.push(turn(turns.len(), t));
        if pending.len() <= pending.capacity() / 2 {
            pending.shrink_to_fit();
        }
    }
    let dates = a
        .dates
        .iter()
        .map(|d| DateMention {
            kind: d.kind,
            date: d.date,
            time: d.time,
            zone: d.zone.clone(),
            text: clean_text(&raw[d.span.0..d.span.1]),
            span: span(d.span),
        })
        .collect();
    let boilerplate = a
        .boilerplate
        .iter()
        .map(|b| Boilerplate {
            kind: b.kind,
            text: clean_text(&raw[b.span().0..b.span().1]),
            span: span(b.span()),
        })
        .collect();
    // the pop-ups' spans, for the body paragraphs they interrupt (boilerplate is in span order)
    let popups: Vec<(usize, usize)> = a
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::Popup)
        .map(assemble::OutBoiler::span)
        .collect();
    let body = a
        .body
        .into_iter()
        .map(|p| {
            if matches!(p.text, Txt::CollapsedAround) {
                let at = p.span();
                Paragraph {
                    span: span(at),
                    text: Cow::Owned(text_around(raw, at, &popups)),
                }
            } else {
                paragraph(p)
            }
        })
        .collect();
    Transcript {
        date: a.primary_date,
        title: field(a.title),
        attribution: field(a.attribution),
        source_url: field(a.source_url),
        location: field(a.location),
        summary: field(a.summary),
        participants: field(a.participants),
        dates,
        speakers,
        turns,
        body,
        boilerplate,
        front_matter: a.front_matter,
        warnings,
    }
}

impl Transcript<'_> {
    /// Apply `f` to every span (used to rebase spans onto the caller's bytes).
    fn map_spans(&mut self, f: &dyn Fn(usize) -> usize) {
        let m = |s: &mut Span| {
            *s = Span::new(f(s.start()), f(s.end()));
        };
        for field in [
            &mut self.title,
            &mut self.attribution,
            &mut self.source_url,
            &mut self.location,
            &mut self.summary,
            &mut self.participants,
        ]
        .into_iter()
        .flatten()
        {
            m(&mut field.span);
        }
        for d in &mut self.dates {
            m(&mut d.span);
        }
        for t in &mut self.turns {
            m(&mut t.span);
            for p in &mut t.paragraphs {
                m(&mut p.span);
            }
            for s in &mut t.stage_directions {
                m(&mut s.span);
            }
        }
        for p in &mut self.body {
            m(&mut p.span);
        }
        for b in &mut self.boilerplate {
            m(&mut b.span);
        }
        for w in &mut self.warnings {
            if let Some(s) = &mut w.span {
                m(s);
            }
        }
    }
}

/// Each pipeline stage on its own, for the benchmarks in `benches/parse.rs`.
///
/// Not part of the public API: no stability promise, hidden from the docs. Each method runs
/// one stage on the output of the stages before it (prepared once by `Stages::new`) and
/// returns a count so that the work cannot be optimized away.
#[doc(hidden)]
pub mod stages {
    use super::{ParseOptions, assemble, classify, lines, normalize, speakers};

    /// The outputs of every stage for one page, in normalized coordinates.
    #[derive(Debug)]
    pub struct Stages {
        text: String,
        units: classify::Units,
        assembled: assemble::Assembled,
        options: ParseOptions,
    }

    impl Stages {
        /// Runs the pipeline up to assembly on `raw` and keeps each stage's output.
        pub fn new(raw: &str) -> Stages {
            let options = ParseOptions::default();
            let text = normalize::normalize(raw).text.into_owned();
            let mut units = classify::units(&text, &options.boilerplate_phrases);
            classify::accept_labels(&text, &mut units);
            let assembled = assemble::assemble(&text, &units, &options);
            Stages {
                text,
                units,
                assembled,
                options,
            }
        }

        /// Stage 1: normalization of `raw`; returns the normalized length in bytes.
        pub fn normalize(raw: &str) -> usize {
            normalize::normalize(raw).text.len()
        }

        /// Stage 2: the line split of the normalized text; returns the number of lines.
        pub fn lines(&self) -> usize {
            lines::split(&self.text).len()
        }

        /// Stage 3: units, candidate kinds and per-document label acceptance; returns the
        /// number of units. Classification walks the lines itself (stage 2 is measured apart
        /// as the cost of that walk).
        pub fn classify(&self) -> usize {
            let mut units = classify::units(&self.text, &self.options.boilerplate_phrases);
            classify::accept_labels(&self.text, &mut units);
            units.list.len()
        }

        /// Stage 4: zones, header fields, paragraphs and turns; returns the number of turns.
        pub fn assemble(&self) -> usize {
            assemble::assemble(&self.text, &self.units, &self.options)
                .turns
                .len()
        }

        /// Stage 5: speaker resolution; returns the number of speakers.
        pub fn speakers(&self) -> usize {
            let labels: Vec<Option<&str>> = self
                .assembled
                .turns
                .iter()
                .map(|t| t.label().map(|(s, e)| &self.text[s..e]))
                .collect();
            speakers::resolve(&labels, &crate::popup_names(&self.text))
                .speakers
                .len()
        }
    }
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limit_past_32_bit_offsets_acts_as_4_gib() {
        // the pipeline's tables hold u32 offsets: no option lets a larger text in (a text that
        // large cannot be allocated in a test, so the check is called on its length)
        let options = ParseOptions::default().with_max_input_bytes(usize::MAX);
        let err = check_size(MAX_INPUT_BYTES + 1, &options).unwrap_err();
        assert!(matches!(
            err.kind(),
            ErrorKind::TooLarge { bytes, limit }
                if *bytes == MAX_INPUT_BYTES + 1 && *limit == u32::MAX as usize
        ));
        assert!(check_size(MAX_INPUT_BYTES, &options).is_ok());
        assert_eq!(pos(MAX_INPUT_BYTES), u32::MAX);
    }

    #[test]
    fn a_text_that_grows_past_4_gib_once_normalized_is_refused() {
        // (found by a reviewer) normalization can lengthen a text: a character reference
        // shorter than its characters; the stages' offsets are into the normalized text, so
        // its length is checked too
        assert_eq!(normalize::normalize("&nGt;").text.len(), 6);
        let err = check_len(MAX_INPUT_BYTES + 3, MAX_INPUT_BYTES).unwrap_err();
        assert!(matches!(
            err.kind(),
            ErrorKind::TooLarge { bytes, limit }
                if *bytes == MAX_INPUT_BYTES + 3 && *limit == MAX_INPUT_BYTES
        ));
        assert!(check_len(MAX_INPUT_BYTES, MAX_INPUT_BYTES).is_ok());
    }
}
