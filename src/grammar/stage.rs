//! Stage directions: bracketed notes about what happened rather than what was said.
//!
//! Shapes: `(Applause.)`, `(Laughter.)`, `(BREAK IN TRANSCRIPT)`, `(In English.)`,
//! `(As interpreted.)`, `<…>`, `<...>`, `[inaudible]`, `\[applause\]` (Markdown-escaped),
//! `[04:10]` (a timestamp). A whole line in brackets is a stage direction whatever it says; inside
//! a paragraph only notes from the vocabulary below are taken out of the speech, so that an
//! editor's insertion (`a long list [of pending visa cases]`) stays in it.

use super::PResult;
use crate::model::StageKind;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::{opt, recognize};

/// A bracketed note at the start of `i`: `(...)`, `[...]`, `\[...\]`, `<...>`, `‹...›`.
/// Returns the whole note and its inner text. The inner text is at most 240 bytes and holds no
/// brackets of the same kind.
pub(crate) fn note(i: &str) -> PResult<'_, (&str, &str)> {
    let paren = (
        tag("("),
        take_while_m_n(1, 240, |c: char| c != '(' && c != ')' && c != '\n'),
        tag(")"),
    );
    let square = (
        alt((tag("\\["), tag("["))),
        take_while_m_n(1, 240, |c: char| {
            c != '[' && c != ']' && c != '\\' && c != '\n'
        }),
        recognize((opt(tag("\\")), tag("]"))),
    );
    let angle = (
        alt((tag("<"), tag("‹"))),
        take_while_m_n(1, 20, |c: char| !matches!(c, '<' | '>' | '‹' | '›' | '\n')),
        alt((tag(">"), tag("›"))),
    );
    let (rest, (open, inner, close)) = alt((paren, square, angle)).parse(i)?;
    let whole = &i[..open.len() + inner.len() + close.len()];
    Ok((rest, (whole, inner)))
}

/// The kind of a note from its inner text, when it is in the vocabulary of stage directions.
pub(crate) fn vocabulary_kind(inner: &str) -> Option<StageKind> {
    if !inner.trim().is_empty() && inner.chars().all(|c| matches!(c, '.' | '…' | ' ')) {
        return Some(StageKind::Elision);
    }
    let t = inner.trim().trim_end_matches('.').trim();
    if t.is_empty() {
        return None;
    }
    if t.contains(':')
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | ','))
    {
        return Some(StageKind::Time);
    }
    let l = super::words::lower(t);
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if has(&[
        "applause",
        "аплодисменты",
        "applaudissements",
        "applausi",
        "cheers",
        "cheering",
    ]) {
        Some(StageKind::Applause)
    } else if has(&[
        "laughter",
        "laughs",
        "laughing",
        "chuckles",
        "смех",
        "оживление",
        "rires",
    ]) {
        Some(StageKind::Laughter)
    } else if has(&[
        "inaudible",
        "unintelligible",
        "indiscernible",
        "crosstalk",
        "cross-talk",
        "cross talk",
        "chit-chat",
        "неразборчиво",
        "не слышно",
    ]) {
        Some(StageKind::Inaudible)
    } else if has(&[
        "break in transcript",
        "interruption",
        "interrupted",
        "interjection",
        "briefing was concluded",
        "call concluded",
        "concluded at",
        "technical difficulties",
        "audio cut",
        "off mic",
        "off-mic",
        "pause",
        "silence",
    ]) {
        Some(StageKind::Interruption)
    } else if has(&[
        "in english",
        "in russian",
        "in french",
        "in german",
        "in spanish",
        "in chinese",
        "as interpreted",
        "via interpreter",
        "through interpreter",
        "through translator",
        "translation",
        "interpretation",
        "по-английски",
        "на английском",
        "через переводчика",
    ]) {
        Some(StageKind::Language)
    } else if has(&[
        "music",
        "jingle",
        "win alert",
        "fail alert",
        "sighs",
        "coughs",
        "noise",
        "sound",
        "video",
        "clip",
        "break",
        "end of",
        "singing",
        "phone rings",
        "booing",
        "groans",
        "gasps",
        "cheers",
        "reporters",
        "participants",
    ]) {
        Some(StageKind::Other)
    } else {
        None
    }
}

/// Whether the whole of `line` is one bracketed note: a stage direction on its own line.
/// Returns its kind (`Other` for notes outside the vocabulary). A note of digits only (`(1)`)
/// is a list marker, not a stage direction.
pub(crate) fn stage_line(line: &str) -> Option<StageKind> {
    let (rest, (_, inner)) = note(line).ok()?;
    if !rest.trim().is_empty() {
        return None;
    }
    if let Some(kind) = vocabulary_kind(inner) {
        return Some(kind);
    }
    if inner.chars().any(char::is_alphabetic) {
        Some(StageKind::Other)
    } else {
        None
    }
}

/// Every vocabulary note inside `text`, as `(start, end, kind)` byte ranges, left to right.
pub(crate) fn inline_notes(text: &str) -> Vec<(usize, usize, StageKind)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'(', b'[', b'<', &bytes[i..]) {
        let mut at = i + off;
        if bytes[at] == b'[' && at > 0 && bytes[at - 1] == b'\\' {
            at -= 1;
        }
        if let Ok((rest, (whole, inner))) = note(&text[at..])
            && inner.len() <= 48
            && let Some(kind) = vocabulary_kind(inner)
        {
            found.push((at, at + whole.len(), kind));
            i = text.len() - rest.len();
            continue;
        }
        i += off + 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_directions() {
        assert_eq!(stage_line("(Applause.)"), Some(StageKind::Applause));
        assert_eq!(stage_line("(Laughter.)"), Some(StageKind::Laughter));
        assert_eq!(stage_line("<…>"), Some(StageKind::Elision));
        assert_eq!(stage_line("<...>"), Some(StageKind::Elision));
        assert_eq!(stage_line("[inaudible]"), Some(StageKind::Inaudible));
        assert_eq!(
            stage_line("(BREAK IN TRANSCRIPT)"),
            Some(StageKind::Interruption)
        );
        assert_eq!(stage_line("(In English.)"), Some(StageKind::Language));
        assert_eq!(stage_line("(Cross-talk.)"), Some(StageKind::Inaudible));
        assert_eq!(stage_line("\\[applause\\]"), Some(StageKind::Applause));
        assert_eq!(
            stage_line("(The President departs.)"),
            Some(StageKind::Other)
        );
        assert_eq!(stage_line("(1)"), None);
        assert_eq!(stage_line("(Applause.) And next year"), None);
    }

    #[test]
    fn notes_inside_text() {
        let t = "Welcome. \\[applause\\] Alice. A list [of pending visa cases] (laughs) ok";
        let found = inline_notes(t);
        assert_eq!(found.len(), 2);
        assert_eq!(&t[found[0].0..found[0].1], "\\[applause\\]");
        assert_eq!(found[0].2, StageKind::Applause);
        assert_eq!(&t[found[1].0..found[1].1], "(laughs)");
        let t = "\\[04:10\\] The bulk of the day";
        let found = inline_notes(t);
        assert_eq!((found[0].0, found[0].2), (0, StageKind::Time));
    }

    #[test]
    fn note_grammar_keeps_remainder() {
        let (rest, (whole, inner)) = note("(voice-over): text").unwrap();
        assert_eq!(
            (rest, whole, inner),
            (": text", "(voice-over)", "voice-over")
        );
        assert!(note("(unclosed").is_err());
    }
}
